// Export presets: one entry per output size, at the project's frame rate. The dialog lists them and
// the export service looks them up by id; nothing switches on a preset.
export interface ExportPreset {
  id: '480p' | '720p' | '1080p';
  label: string;
  width: number;
  height: number;
}

export const EXPORT_PRESETS: readonly ExportPreset[] = [
  { id: '480p', label: '480p (854×480)', width: 854, height: 480 },
  { id: '720p', label: '720p (1280×720)', width: 1280, height: 720 },
  { id: '1080p', label: '1080p (1920×1080)', width: 1920, height: 1080 },
];

export const EXPORT_PRESET_IDS = ['480p', '720p', '1080p'] as const;

export function exportPreset(id: ExportPreset['id']): ExportPreset {
  const preset = EXPORT_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown export preset ${id}`);
  return preset;
}

// Export presets: one entry per output size, at the project's frame rate. The dialog lists them and
// the export service looks them up by id; nothing switches on a preset.
import { RESOLUTION_IDS, RESOLUTIONS, type ResolutionId } from './format';

export interface ExportPreset {
  id: ResolutionId;
  label: string;
  width: number;
  height: number;
}

export const EXPORT_PRESETS: readonly ExportPreset[] = RESOLUTION_IDS.map((id) => ({ id, label: `${id} (${RESOLUTIONS[id].width}×${RESOLUTIONS[id].height})`, ...RESOLUTIONS[id] }));

export const EXPORT_PRESET_IDS = RESOLUTION_IDS;

export function exportPreset(id: ExportPreset['id']): ExportPreset {
  const preset = EXPORT_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`Unknown export preset ${id}`);
  return preset;
}

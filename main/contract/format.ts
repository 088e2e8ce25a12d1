// The shared facts about a clip's format: how long a clip may be, its default frame rate and size,
// the audio sample rate, how long a prompt may be, and the loudness exports are levelled to.
// Schemas, the parser, the encoders and the editor's fields all import these; none retypes them.

export const MIN_DURATION_SEC = 1;
export const MAX_DURATION_SEC = 20;
// The most times a plan has an action done in one clip ("kicks it ten times": eight kicks).
export const MAX_REPEATS = 8;
export const DEFAULT_DURATION_SEC = 5;

// How much longer a take of `takeSec` may grow by extending it: up to the longest clip.
export function extendRoomSec(takeSec: number): number {
  return Math.max(0, MAX_DURATION_SEC - takeSec);
}

// Why a take of `takeSec` cannot be extended by `bySec`, or null when it can: the editor says it
// before sending, and the service says the same if asked anyway.
export function extendRefusal(takeSec: number, bySec: number): string | null {
  const room = extendRoomSec(takeSec);
  if (room <= 1e-9) return `This clip is already ${MAX_DURATION_SEC} s long, the most a clip can be.`;
  if (!Number.isFinite(bySec) || bySec <= 0) return 'Type how many seconds to extend it by.';
  if (bySec > room + 1e-9) return `A clip can be at most ${MAX_DURATION_SEC} s long: this one can grow by ${Number(room.toFixed(2))} s more.`;
  return null;
}

export const DEFAULT_FPS = 24;
export const MIN_FPS = 12;
export const MAX_FPS = 60;

// The picture sizes a clip is generated at (and a film exported at), by name.
export const RESOLUTIONS = {
  '480p': { width: 854, height: 480 },
  '720p': { width: 1280, height: 720 },
  '1080p': { width: 1920, height: 1080 },
} as const;
export const RESOLUTION_IDS = ['480p', '720p', '1080p'] as const;
export type ResolutionId = (typeof RESOLUTION_IDS)[number];
export const DEFAULT_RESOLUTION: ResolutionId = '480p';

export const DEFAULT_WIDTH = RESOLUTIONS[DEFAULT_RESOLUTION].width;
export const DEFAULT_HEIGHT = RESOLUTIONS[DEFAULT_RESOLUTION].height;
export const MAX_WIDTH = RESOLUTIONS['1080p'].width;
export const MAX_HEIGHT = RESOLUTIONS['1080p'].height;

// The named resolution of a frame size, or null for any other size.
export function resolutionOf(width: number, height: number): ResolutionId | null {
  return RESOLUTION_IDS.find((id) => RESOLUTIONS[id].width === width && RESOLUTIONS[id].height === height) ?? null;
}

// Every sound Kinora makes or exports is at this rate (Hz; the film and video standard).
export const SAMPLE_RATE = 48000;

export const MAX_PROMPT_LENGTH = 1000;

// Exports are loudness-normalised to the level streaming services play at (EBU R128 measurement).
export const EXPORT_LOUDNESS = {
  integratedLufs: -14,
  truePeakDb: -1,
  // How far the measured integrated loudness of a finished export may sit from the target.
  toleranceLu: 1,
} as const;

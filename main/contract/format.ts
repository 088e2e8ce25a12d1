// The shared facts about a clip's format: how long a clip may be, its default frame rate and size,
// the audio sample rate, how long a prompt may be, and the loudness exports are levelled to.
// Schemas, the parser, the encoders and the editor's fields all import these; none retypes them.

export const MIN_DURATION_SEC = 1;
export const MAX_DURATION_SEC = 20;
export const DEFAULT_DURATION_SEC = 5;

export const DEFAULT_FPS = 24;
export const MIN_FPS = 12;
export const MAX_FPS = 60;

export const DEFAULT_WIDTH = 854;
export const DEFAULT_HEIGHT = 480;
export const MAX_WIDTH = 1920;
export const MAX_HEIGHT = 1080;

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

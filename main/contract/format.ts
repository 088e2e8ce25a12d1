// The shared facts about a clip's format: how long a clip may be, its default frame rate and size,
// the audio sample rate, and how long a prompt may be. Schemas, the parser, the encoder and the
// editor's fields all import these; none retypes them.

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

// Every clip's sound is synthesized and encoded at this rate (Hz).
export const SAMPLE_RATE = 48000;

export const MAX_PROMPT_LENGTH = 1000;

// Media format facts shared by the engine, the encoders and the editor: import them, never retype.

// Every sound Kinora makes or exports is 48 kHz (film and video standard).
export const AUDIO_SAMPLE_RATE = 48000;

// Exports are loudness-normalised to the level streaming services play at (EBU R128 measurement).
export const EXPORT_LOUDNESS = {
  integratedLufs: -14,
  truePeakDb: -1,
  // How far the measured integrated loudness of a finished export may sit from the target.
  toleranceLu: 1,
} as const;

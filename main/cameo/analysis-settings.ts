// How a cameo is sampled and matted, with the reasons.

// 12 fps: scenes render at 24 fps, and a filmed person played "on twos" (each picture held for two
// scene frames, as animation does for characters) still reads as natural motion, at half the
// matting work and storage of 24.
export const CAMEO_FPS = 12;

// The network (about 2-3 s a frame on two CPU cores) mattes every 4th frame, 3 a second; the frames
// between are propagated from the two nearest keys by block matching (tens of ms). That keeps a 5 s
// clip's import near a minute on two cores.
export const KEY_FRAME_EVERY = 4;

// Stored frames fit in 640 px: a card in a 854x480 scene never shows a person taller than the frame,
// and VP9 with alpha encodes 640 px in real time.
export const MAX_STORED_SIDE = 640;

// Less than 1% of the picture opaque in every frame: there is no one to cut out.
export const MIN_PERSON_COVERAGE = 0.01;

export function storedSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_STORED_SIDE / Math.max(width, height));
  // Even sizes: yuva420p halves the chroma planes.
  const even = (v: number): number => Math.max(2, Math.round((v * scale) / 2) * 2);
  return { width: even(width), height: even(height) };
}

// Where the person is in each matted frame: the box of confidently-opaque pixels and how much of the
// frame they cover. The scene placement reads the box (height in pixels against the cameo's real
// height in metres gives the scale; the box's bottom is where the feet are).
export interface FrameStats {
  // [left, top, right, bottom) in pixels; null when no person is visible in this frame.
  bbox: [number, number, number, number] | null;
  coverage: number;
}

const OPAQUE = 128;

export function frameStats(alpha: Uint8Array, width: number, height: number): FrameStats {
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (alpha[y * width + x]! < OPAQUE) continue;
      count++;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  const coverage = count / (width * height);
  return { bbox: count > 0 ? [left, top, right + 1, bottom + 1] : null, coverage };
}

// Straight (not premultiplied) RGBA from the frame's RGB and the matte.
export function toRgba(rgb: Uint8Array, alpha: Uint8Array): Uint8Array {
  const out = new Uint8Array(alpha.length * 4);
  for (let i = 0; i < alpha.length; i++) {
    out[i * 4] = rgb[i * 3]!;
    out[i * 4 + 1] = rgb[i * 3 + 1]!;
    out[i * 4 + 2] = rgb[i * 3 + 2]!;
    out[i * 4 + 3] = alpha[i]!;
  }
  return out;
}

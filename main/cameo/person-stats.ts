// Where the person is in each matted frame: the box of confidently-opaque pixels and how much of the
// frame they cover, how much of them the frame's bottom edge cuts through, and how tall their head is.
// The scene placement reads these: a person seen head to feet is scaled by their box (its bottom is
// where the feet are); one cut off at the bottom (a webcam clip from the waist up) by their head.
export interface FrameStats {
  // [left, top, right, bottom) in pixels; null when no person is visible in this frame.
  bbox: [number, number, number, number] | null;
  coverage: number;
  // Opaque pixels on the frame's last row: 0 when the feet are in the picture, hundreds when the
  // frame cuts through the body (absent in files written before it was measured).
  bottomPx?: number;
  // From the top of the head down to the narrowest row under it (the chin or neck), in pixels; null
  // when the silhouette has no such narrowing (a hood, a raised arm over the head).
  headPx?: number | null;
}

const OPAQUE = 128;

// The shoulders: the first row at least this much wider than the widest row of the head above it.
const SHOULDERS_OVER_HEAD = 1.5;
// A row this much narrower than the widest above it is below the head's widest row (hair and a
// matte's edge vary by a pixel or two from row to row).
const HEAD_NARROWING = 0.98;

export function frameStats(alpha: Uint8Array, width: number, height: number): FrameStats {
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  let count = 0;
  const rows = new Int32Array(height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (alpha[y * width + x]! < OPAQUE) continue;
      count++;
      rows[y]!++;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  const coverage = count / (width * height);
  if (count === 0) return { bbox: null, coverage, bottomPx: 0, headPx: null };
  return { bbox: [left, top, right + 1, bottom + 1], coverage, bottomPx: rows[height - 1]!, headPx: headHeight(rows, top, bottom + 1) };
}

// Down from the crown the silhouette widens to the head's widest row, narrows at the chin and neck,
// then widens sharply at the shoulders: the head is the crown to that narrowest row. Row widths are
// opaque-pixel counts, so a held object beside the body does not widen the neck's row.
export function headHeight(rows: Int32Array, top: number, end: number): number | null {
  let widest = 0;
  // Set once a row is clearly narrower than the widest above it: past the head's widest row.
  let narrowing = false;
  let neck = -1;
  for (let y = top; y < end; y++) {
    const w = rows[y]!;
    if (!narrowing) {
      if (w > widest) widest = w;
      else if (w < HEAD_NARROWING * widest) narrowing = true;
    }
    if (!narrowing) continue;
    if (w >= SHOULDERS_OVER_HEAD * widest) return neck - top;
    if (neck < 0 || w < rows[neck]!) neck = y;
  }
  return null;
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

// A tree crown's leaf clumps are the cells of 3D Worley noise (shading/noise.ts cellNearest3): every
// point takes the clump of the nearest jittered point in the 27 cells round it. The search tries the
// eight cells on the point's side first and the rest only when they could hold a nearer point; it
// must still find the nearest every time, or neighbouring pixels take different clumps along a seam
// (searching the eight alone got 382 of these 20,000 points wrong).
import { describe, expect, it } from 'vitest';
import { cellNearest3, hash3 } from '../../main/engine/frames/shading/noise';

// The nearest of the 27 points, every one tried.
function bruteForce(x: number, y: number, z: number, seed: number): { d: number; own: number } {
  let best = 9, own = 0;
  for (let k = Math.floor(z) - 1; k <= Math.floor(z) + 1; k++) {
    for (let j = Math.floor(y) - 1; j <= Math.floor(y) + 1; j++) {
      for (let i = Math.floor(x) - 1; i <= Math.floor(x) + 1; i++) {
        const d = (x - i - hash3(i, j, k, seed)) ** 2 + (y - j - hash3(i, j, k, seed + 1)) ** 2 + (z - k - hash3(i, j, k, seed + 2)) ** 2;
        if (d < best) { best = d; own = hash3(i, j, k, seed + 3); }
      }
    }
  }
  return { d: Math.sqrt(best), own };
}

describe('crown clumps', () => {
  it('finds the nearest clump centre of the 27 cells round every point', () => {
    const out = new Float64Array(4);
    let wrong = 0;
    for (let n = 0; n < 20000; n++) {
      const x = hash3(n, 1, 2, 5) * 40 - 20, y = hash3(n, 3, 4, 6) * 40 - 20, z = hash3(n, 5, 6, 7) * 40 - 20;
      const d = cellNearest3(x, y, z, 61, out);
      const ref = bruteForce(x, y, z, 61);
      if (Math.abs(d - ref.d) > 1e-12 || out[3] !== ref.own) wrong++;
      expect(Math.hypot(out[0]!, out[1]!, out[2]!)).toBeCloseTo(d, 12);
    }
    expect(wrong).toBe(0);
  });
});

// The sun mask from a half-resolution grid (shadow-map.ts ShadowMap.mask; native/render/src/shadow.cc
// shadowMask is its twin). Shadows are soft and mostly large flat areas, so the sun's visibility is
// looked up at every other pixel of every other row. Each grid point's penumbra taps are shifted by
// a quarter or three quarters of their spacing by its place in a 2x2 pattern (SHADOW_PHASES), and
// a [1 2 1] blur on the grid that does not cross objects or depth steps averages the four phases:
// eight taps across the penumbra on each axis instead of four, where four nearest-texel taps spread
// over a wide penumbra drew the caster's outline four times over, a staircase of hard steps (a
// glass's shadow on the kitchen table). Each other pixel is the mean of the grid points beside it on
// its own surface (same object, about the same depth), or is looked up itself where none is.
import type { RasterTarget } from '../rasterizer/target';

// Relative depth step (depth is 1/w) across which grid points do not speak for each other.
export const MASK_EDGE = 0.05;

// The tap pattern's phase (0..3) of the grid point a pixel belongs to.
export const shadowPhase = (x: number, y: number): number => ((x >> 1) & 1) | (((y >> 1) & 1) << 1);

// The grid and its scratch, kept between frames of one size.
export interface MaskGrid {
  hw: number;
  hh: number;
  value: Float32Array;
  tmp: Float32Array;
}

export function maskGrid(width: number, height: number, old: MaskGrid | null): MaskGrid {
  const hw = Math.ceil(width / 2), hh = Math.ceil(height / 2);
  if (old && old.hw === hw && old.hh === hh) return old;
  return { hw, hh, value: new Float32Array(hw * hh), tmp: new Float32Array(hw * hh) };
}

// Sun visibility of every pixel into out, from `at` (one pixel's lookup, with its phase's taps).
export function sunMask(target: RasterTarget, at: (x: number, y: number) => number, grid: MaskGrid, out: Float32Array): void {
  const { width: W, height: H, id, depth } = target;
  const { hw, hh, value, tmp } = grid;
  for (let j = 0; j < hh; j++) for (let i = 0; i < hw; i++) value[j * hw + i] = at(2 * i, 2 * j);
  blurGrid(target, grid, value, tmp, 1, 0);
  blurGrid(target, grid, tmp, value, 0, 1);
  for (let y = 0; y < H; y++) {
    const y0 = y & ~1, y1 = y & 1 ? y0 + 2 : y0;
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      if ((x & 1) === 0 && (y & 1) === 0) { out[i] = value[(y >> 1) * hw + (x >> 1)]!; continue; }
      const k = id[i]!;
      if (k === 0) { out[i] = 1; continue; }
      const x0 = x & ~1, x1 = x & 1 ? x0 + 2 : x0;
      const d = depth[i]!, tol = MASK_EDGE * d;
      let sum = 0, n = 0;
      for (let c = 0; c < 4; c++) {
        const gx = c & 1 ? x1 : x0, gy = c & 2 ? y1 : y0;
        // Pixels between two grid points (x or y even) have each of them twice: counted once.
        if (((c & 1) && x1 === x0) || ((c & 2) && y1 === y0) || gx >= W || gy >= H) continue;
        const g = gy * W + gx;
        if (id[g] !== k || Math.abs(depth[g]! - d) > tol) continue;
        sum += value[(gy >> 1) * hw + (gx >> 1)]!;
        n++;
      }
      out[i] = n > 0 ? sum / n : at(x, y);
    }
  }
}

// One pass of the grid's [1 2 1] blur from src to dst along (dx, dy), over grid points on the same
// object at about the same depth only.
function blurGrid(target: RasterTarget, grid: MaskGrid, src: Float32Array, dst: Float32Array, dx: number, dy: number): void {
  const { width: W, id, depth } = target;
  const { hw, hh } = grid;
  for (let j = 0; j < hh; j++) {
    for (let i = 0; i < hw; i++) {
      const h = j * hw + i, p = 2 * j * W + 2 * i;
      const k = id[p]!, d = depth[p]!, tol = MASK_EDGE * d;
      let sum = 2 * src[h]!, n = 2;
      for (let s = -1; s <= 1; s += 2) {
        const a = i + s * dx, b = j + s * dy;
        if (a < 0 || b < 0 || a >= hw || b >= hh) continue;
        const q = 2 * b * W + 2 * a;
        if (id[q] !== k || Math.abs(depth[q]! - d) > tol) continue;
        sum += src[b * hw + a]!;
        n++;
      }
      dst[h] = sum / n;
    }
  }
}

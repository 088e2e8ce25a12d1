// FXAA (after Timothy Lottes' FXAA 3.11, "quality" variant): a post pass that finds high-contrast
// edges from luma alone, walks along each edge to find where it ends, and blends across it by how far
// the pixel is from the edge's end. Costs a few ms at 854x480 (most pixels exit after one contrast
// test), against ~4x the raster work for supersampling.
import type { RasterTarget } from '../rasterizer/target';

// Thresholds from the FXAA presets ("fast"): plank-to-plank tone changes stay below them.
const EDGE_THRESHOLD_MIN = 0.0625 * 255;
const EDGE_THRESHOLD_MAX = 0.166;
const SUBPIXEL_QUALITY = 0.75;
// Whole-pixel steps so samples along the edge stay on pixel centres (no bilinear taps along it).
const STEPS = [1, 1, 1, 1, 2, 2, 2, 4, 8] as const;
// The same constants as the native passes read them.
const NATIVE_THRESHOLDS = Float64Array.of(EDGE_THRESHOLD_MIN, EDGE_THRESHOLD_MAX, SUBPIXEL_QUALITY);
const NATIVE_STEPS = Float64Array.from(STEPS);
export const FXAA_NATIVE = { thresholds: NATIVE_THRESHOLDS, steps: NATIVE_STEPS } as const;

let lumaBuf = new Float32Array(0);

// Scratch luma for a frame of n pixels (shared with the native post pass).
export function lumaScratch(n: number): Float32Array {
  if (lumaBuf.length < n) lumaBuf = new Float32Array(n);
  return lumaBuf;
}

// Reads target.color and writes the anti-aliased image to `out` (same size, RGBA). The native pass
// (post-native.ts) does the same with these constants.
export function fxaa(target: RasterTarget, out: Uint8Array): void {
  const W = target.width, H = target.height;
  const src = target.color;
  const n = W * H;
  const L = lumaScratch(n);
  const px = target.pixels;
  for (let i = 0; i < n; i++) {
    const v = px[i]!;
    L[i] = (v & 0xff) * 0.299 + ((v >>> 8) & 0xff) * 0.587 + ((v >>> 16) & 0xff) * 0.114;
  }
  out.set(src.subarray(0, n * 4));
  for (let y = 1; y < H - 1; y++) {
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      const C = L[i]!, U = L[i - W]!, D = L[i + W]!, Le = L[i - 1]!, R = L[i + 1]!;
      // Manual min/max: this test runs for every pixel and most pixels stop here.
      let max = C, min = C;
      if (U > max) max = U; else if (U < min) min = U;
      if (D > max) max = D; else if (D < min) min = D;
      if (Le > max) max = Le; else if (Le < min) min = Le;
      if (R > max) max = R; else if (R < min) min = R;
      const range = max - min;
      if (range < Math.max(EDGE_THRESHOLD_MIN, max * EDGE_THRESHOLD_MAX)) continue;
      const UL = L[i - W - 1]!, UR = L[i - W + 1]!, DL = L[i + W - 1]!, DR = L[i + W + 1]!;
      const downUp = D + U, leftRight = Le + R;
      const leftCorners = DL + UL, downCorners = DL + DR, rightCorners = DR + UR, upCorners = UR + UL;
      const edgeH = Math.abs(-2 * Le + leftCorners) + Math.abs(-2 * C + downUp) * 2 + Math.abs(-2 * R + rightCorners);
      const edgeV = Math.abs(-2 * U + upCorners) + Math.abs(-2 * C + leftRight) * 2 + Math.abs(-2 * D + downCorners);
      const horizontal = edgeH >= edgeV;
      // Neighbours across the edge: for a horizontal edge, up (-1) and down (+1) rows.
      const l1 = horizontal ? U : Le;
      const l2 = horizontal ? D : R;
      const g1 = l1 - C, g2 = l2 - C;
      const steep1 = Math.abs(g1) >= Math.abs(g2);
      const gradScaled = 0.25 * Math.max(Math.abs(g1), Math.abs(g2));
      const across = steep1 ? -1 : 1; // which neighbour the edge lies towards
      const localAvg = 0.5 * ((steep1 ? l1 : l2) + C);
      // Along-edge sampling: average of this row/column and the one across the edge.
      const acrossOff = horizontal ? across * W : across;
      const alongOff = horizontal ? 1 : W;
      const alongMax = horizontal ? W - 1 - x : H - 1 - y;
      const alongMin = horizontal ? -x : -y;
      let d1 = 0, d2 = 0;
      let end1 = 0, end2 = 0;
      let done1 = false, done2 = false;
      for (let s = 0; s < STEPS.length && !(done1 && done2); s++) {
        const step = STEPS[s]!;
        if (!done1) {
          d1 = Math.min(d1 + step, -alongMin);
          const j = i - d1 * alongOff;
          end1 = 0.5 * (L[j]! + L[j + acrossOff]!) - localAvg;
          done1 = Math.abs(end1) >= gradScaled || d1 >= -alongMin;
        }
        if (!done2) {
          d2 = Math.min(d2 + step, alongMax);
          const j = i + d2 * alongOff;
          end2 = 0.5 * (L[j]! + L[j + acrossOff]!) - localAvg;
          done2 = Math.abs(end2) >= gradScaled || d2 >= alongMax;
        }
      }
      const dir1 = d1 < d2;
      const dist = Math.min(d1, d2);
      const thickness = d1 + d2;
      const pixelOffset = thickness > 0 ? -dist / thickness + 0.5 : 0;
      const centreSmaller = C < localAvg;
      const correct = ((dir1 ? end1 : end2) < 0) !== centreSmaller;
      let offset = correct ? pixelOffset : 0;
      // Sub-pixel aliasing (thin features): blend by how much the centre differs from its 3x3 mean.
      const avg = (2 * (downUp + leftRight) + leftCorners + rightCorners) / 12;
      const s1 = Math.min(1, Math.abs(avg - C) / range);
      const s2 = (-2 * s1 + 3) * s1 * s1;
      offset = Math.max(offset, s2 * s2 * SUBPIXEL_QUALITY);
      if (offset <= 0) continue;
      // Blend with the neighbour across the edge: a bilinear tap `offset` pixels towards it.
      const p = i * 4;
      const q = (i + acrossOff) * 4;
      const w = Math.min(offset, 1);
      out[p] = src[p]! + (src[q]! - src[p]!) * w + 0.5;
      out[p + 1] = src[p + 1]! + (src[q + 1]! - src[p + 1]!) * w + 0.5;
      out[p + 2] = src[p + 2]! + (src[q + 2]! - src[p + 2]!) * w + 0.5;
    }
  }
}

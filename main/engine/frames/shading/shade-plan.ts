// Which pixels the shading pass lights and which it fills from lit neighbours, decided from the
// G-buffer alone before the sun mask and occlusion are drawn, so that those two passes work out only
// the pixels shading reads (sky pixels and the three quarters filled from neighbours read neither).
// Lighting varies slowly across a surface, so it is computed on every other pixel in each direction
// and the pixels between are the mean of their lit neighbours when they all show the same drawable
// at about the same depth and facing; at edges and creases every pixel is lit.
// The native pass (shade-native.ts) makes the same plan in C++ (native/render/src/shade.cc shadePlan),
// where it also marks the pixels whose pattern runs in JavaScript first.
import type { DrawList } from '../rasterizer/draw-list';
import type { RasterTarget } from '../rasterizer/target';
import type { MaterialTable } from './shade-native';

// A pixel's code in the plan (native/render/src/passes.h shadePlan uses the same numbers).
export const SKIP = 0, LIGHT = 1, LIGHT_AFTER_JS = 2, FILL_ROW = 3, FILL_COLUMN = 4, FILL_CORNERS = 5;

export interface ShadePlan {
  // One code a pixel.
  need: Uint8Array;
  // The native pass's extras: the pixels whose pattern runs in JavaScript (count of them), and the
  // drawables' materials as the addon reads them; null for the JavaScript pass.
  native: { patterned: Int32Array; count: number; table: MaterialTable } | null;
}

// Whether shading lights pixel i itself and so reads its sun visibility and occlusion.
export const lightsHere = (need: Uint8Array, i: number): boolean => need[i] === LIGHT || need[i] === LIGHT_AFTER_JS;

let scratch = new Uint8Array(0);

// The JavaScript plan (every lit pixel LIGHT). Written with locals only: it runs for every pixel.
export function planShading(target: RasterTarget, draws: DrawList): ShadePlan {
  const { width: W, height: H, id, depth, normal } = target;
  if (scratch.length !== W * H) scratch = new Uint8Array(W * H);
  const need = scratch;
  const count = draws.items.length;
  // Whether pixel j shows the same surface as pixel i (id k, depth z, normal n) within tolerance.
  const same = (j: number, k: number, z: number, tol: number, nx: number, ny: number, nz: number): boolean =>
    id[j] === k && !(Math.abs(depth[j]! - z) > tol) && !(normal[j * 3]! * nx + normal[j * 3 + 1]! * ny + normal[j * 3 + 2]! * nz < 0.97);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      const k = id[i]!;
      if (k === 0 || k > count) { need[i] = SKIP; continue; }
      const z = depth[i]!, tol = 0.02 * z;
      const nx = normal[i * 3]!, ny = normal[i * 3 + 1]!, nz = normal[i * 3 + 2]!;
      let code = LIGHT;
      if ((y & 1) === 0) {
        // Between two lit pixels of this row.
        if ((x & 1) !== 0 && x + 1 < W && same(i - 1, k, z, tol, nx, ny, nz) && same(i + 1, k, z, tol, nx, ny, nz)) code = FILL_ROW;
      } else if (y + 1 < H) {
        if ((x & 1) === 0) {
          // Between the lit pixels above and below.
          if (same(i - W, k, z, tol, nx, ny, nz) && same(i + W, k, z, tol, nx, ny, nz)) code = FILL_COLUMN;
        } else if (x + 1 < W && same(i - W - 1, k, z, tol, nx, ny, nz) && same(i - W + 1, k, z, tol, nx, ny, nz)
          && same(i + W - 1, k, z, tol, nx, ny, nz) && same(i + W + 1, k, z, tol, nx, ny, nz)) {
          // Among the four at the corners.
          code = FILL_CORNERS;
        }
      }
      need[i] = code;
    }
  }
  return { need, native: null };
}

// The filled pixels from their lit neighbours (after every LIGHT pixel of hdr was lit).
export function fillFromNeighbours(target: RasterTarget, need: Uint8Array): void {
  const { width: W, height: H, hdr } = target;
  for (let i = 0; i < W * H; i++) {
    const n = need[i]!;
    if (n < FILL_ROW) continue;
    const o = i * 3;
    if (n === FILL_CORNERS) {
      const a = (i - W - 1) * 3, b = (i - W + 1) * 3, c = (i + W - 1) * 3, d = (i + W + 1) * 3;
      for (let ch = 0; ch < 3; ch++) hdr[o + ch] = (hdr[a + ch]! + hdr[b + ch]! + hdr[c + ch]! + hdr[d + ch]!) * 0.25;
      continue;
    }
    const a = (n === FILL_ROW ? i - 1 : i - W) * 3, b = (n === FILL_ROW ? i + 1 : i + W) * 3;
    for (let ch = 0; ch < 3; ch++) hdr[o + ch] = (hdr[a + ch]! + hdr[b + ch]!) * 0.5;
  }
}

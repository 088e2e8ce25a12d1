// A liquid's surface normals smoothed over about a centimetre of its surface before it is shaded.
// The marching-cubes mesh of a particle liquid is dimpled at the particles' spacing; a real water
// surface is not. Every dimple bent the refracted view of what lies under it its own way and caught
// the sun as its own glint, so an egg under water broke into white flecks and ragged patches. Only
// the surface the eye sees first is smoothed, and never across a step in depth (a glass's rim
// against the water beyond it).
import type { ClearLayer } from './clear-layer';

// How far across the surface (m) the dimples are smoothed, the widest box (px) that is ever taken,
// and the relative depth step the box does not reach across.
const SMOOTH_M = 0.008;
const MAX_RADIUS_PX = 16;
const DEPTH_STEP = 0.05;

let tmp = new Float32Array(0);

// The box's radius in pixels for the layer's surfaces at their median depth (1/w in `near.depth`).
function radiusPx(layer: ClearLayer, pxPerRadian: number): number {
  const { near, rect } = layer;
  const W = near.width;
  let sum = 0, n = 0;
  for (let y = rect.y0; y < rect.y1; y += 4) {
    for (let i = y * W + rect.x0; i < y * W + rect.x1; i += 4) {
      const iw = near.depth[i]!;
      if (iw > 0) { sum += 1 / iw; n++; }
    }
  }
  if (n === 0) return 0;
  return Math.min(MAX_RADIUS_PX, Math.round((SMOOTH_M * pxPerRadian) / (sum / n)));
}

// Smooths layer.near.normal in place over the layer's rectangle into the mean of the unit normals
// round each pixel: its length (1 where the surface is smooth, less where it is dimpled) says how
// much the dimples spread a highlight (toksvigPower); pxPerRadian: the frame's pixels per
// radian of view at its centre (width / (2 tan(half field across))).
export function smoothSurfaceNormals(layer: ClearLayer, pxPerRadian: number): void {
  const R = radiusPx(layer, pxPerRadian);
  if (R < 1) return;
  const { near, rect } = layer;
  const W = near.width;
  if (tmp.length < near.normal.length) tmp = new Float32Array(near.normal.length);
  // Unit normals first, so a steep triangle does not outweigh a flat one; then rows, then columns.
  for (let y = rect.y0; y < rect.y1; y++) {
    for (let i = y * W + rect.x0; i < y * W + rect.x1; i++) {
      if (!(near.depth[i]! > 0)) continue;
      const o = i * 3, n = near.normal;
      const l = 1 / (Math.hypot(n[o]!, n[o + 1]!, n[o + 2]!) || 1);
      n[o] = n[o]! * l; n[o + 1] = n[o + 1]! * l; n[o + 2] = n[o + 2]! * l;
    }
  }
  boxPass(near.normal, tmp, near.depth, W, rect, R, 1);
  boxPass(tmp, near.normal, near.depth, W, rect, R, W);
}

// A highlight's sharpness on a surface whose mean normal over a pixel's neighbourhood is `meanLength`
// long (Toksvig 2005): the spread of the normals under it widens and dims the glint, so a dimpled
// patch of a liquid does not catch the sun as a white blob.
export function toksvigPower(power: number, meanLength: number): number {
  const l = Math.min(1, meanLength);
  return (l * power) / (l + power * (1 - l));
}

// One direction of the box: for each drawn pixel, the mean of the drawn pixels within R steps of it
// (step 1 along rows, W along columns) at about its depth, from `src` into `dst`. Where every drawn
// pixel of the window lies at about its depth (most of a surface: the nearest and farthest depth in
// the window, kept as the window slides, say so) the mean is read off running sums along the line,
// a few operations a pixel instead of 2R + 1 (a close-up's box is 33 pixels wide: it cost 16 ms a
// frame); elsewhere (a depth step in the window) each pixel is summed one by one as before. (The
// running sums round differently from summing the window afresh, in the last bits of a double: the
// float32 normals it stores come out the same but for the odd last bit.)
function boxPass(src: Float32Array, dst: Float32Array, depth: Float32Array, W: number, rect: ClearLayer['rect'], R: number, step: number): void {
  const along = step === 1;
  const lines0 = along ? rect.y0 : rect.x0, lines1 = along ? rect.y1 : rect.x1;
  const a0 = along ? rect.x0 : rect.y0, a1 = along ? rect.x1 : rect.y1;
  const len = a1 - a0;
  if (sums.length < 4 * (len + 1)) { sums = new Float64Array(4 * (len + 1)); lows = new Int32Array(len); highs = new Int32Array(len); }
  for (let line = lines0; line < lines1; line++) {
    const start = along ? line * W : line;
    // Running sums of the drawn pixels' normals and of their count, sums[4 k ..] before pixel a0 + k.
    sums[0] = 0; sums[1] = 0; sums[2] = 0; sums[3] = 0;
    for (let k = 0; k < len; k++) {
      const j = start + (a0 + k) * step, o = 4 * k;
      const on = depth[j]! > 0;
      sums[o + 4] = sums[o]! + (on ? src[j * 3]! : 0); sums[o + 5] = sums[o + 1]! + (on ? src[j * 3 + 1]! : 0);
      sums[o + 6] = sums[o + 2]! + (on ? src[j * 3 + 2]! : 0); sums[o + 7] = sums[o + 3]! + (on ? 1 : 0);
    }
    // The window's nearest and farthest drawn depth: two queues of pixels (offsets k) whose depth
    // only rises (lows) or falls (highs) front to back; `next` the first not yet taken in.
    let lh = 0, lt = 0, hh = 0, ht = 0, next = 0;
    for (let a = a0; a < a1; a++) {
      const lo = Math.max(a0, a - R), hi = Math.min(a1 - 1, a + R);
      for (; next <= hi - a0; next++) {
        const dn = depth[start + (a0 + next) * step]!;
        if (!(dn > 0)) continue;
        while (lt > lh && depth[start + (a0 + lows[lt - 1]!) * step]! >= dn) lt--;
        lows[lt++] = next;
        while (ht > hh && depth[start + (a0 + highs[ht - 1]!) * step]! <= dn) ht--;
        highs[ht++] = next;
      }
      while (lh < lt && lows[lh]! < lo - a0) lh++;
      while (hh < ht && highs[hh]! < lo - a0) hh++;
      const i = start + a * step;
      const d = depth[i]!;
      if (!(d > 0)) continue;
      const near = depth[start + (a0 + lows[lh]!) * step]!, far = depth[start + (a0 + highs[hh]!) * step]!;
      if (!(Math.abs(near - d) > DEPTH_STEP * d) && !(Math.abs(far - d) > DEPTH_STEP * d)) {
        const e = 4 * (hi + 1 - a0), b = 4 * (lo - a0), n = sums[e + 3]! - sums[b + 3]!;
        dst[i * 3] = (sums[e]! - sums[b]!) / n; dst[i * 3 + 1] = (sums[e + 1]! - sums[b + 1]!) / n; dst[i * 3 + 2] = (sums[e + 2]! - sums[b + 2]!) / n;
        continue;
      }
      let x = 0, y = 0, z = 0, n = 0;
      for (let b = lo; b <= hi; b++) {
        const j = start + b * step;
        const dj = depth[j]!;
        if (!(dj > 0) || Math.abs(dj - d) > DEPTH_STEP * d) continue;
        x += src[j * 3]!; y += src[j * 3 + 1]!; z += src[j * 3 + 2]!; n++;
      }
      dst[i * 3] = x / n; dst[i * 3 + 1] = y / n; dst[i * 3 + 2] = z / n;
    }
  }
}

// boxPass's running sums and depth queues, grown as needed.
let sums = new Float64Array(0);
let lows = new Int32Array(0);
let highs = new Int32Array(0);

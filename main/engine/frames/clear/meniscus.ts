// Where a liquid's surface meets its vessel's wall it curves up a few millimetres (water wets
// glass): a meniscus. Curving towards the vertical there, it reflects the room at a grazing angle,
// nearly all of it, so the water line reads as a bright thin ring round the surface; without it a
// full glass of clear water had no line where the water ends and showed as an empty glass. The
// particle surface is too coarse to hold a curve of a few millimetres, so it is found on the
// picture: the band of the liquid's top (its upward-facing surface, as the eye sees it first)
// within MENISCUS_M of where that top ends (at the wall, or where the liquid's side begins).
import type { ClearLayer } from './clear-layer';

// How high water climbs glass (its capillary length, about 2.7 mm), and the cosine to the vertical
// above which a surface is the liquid's top.
export const MENISCUS_M = 0.0027;
const TOP_COS = 0.6;
// A top narrower across than this many meniscus widths, on its row and those within WIDE_ROWS
// widths above and below (the far tip of a surface seen at a slant is narrow), is a drop's or a
// stream's, not a vessel's surface against a wall: no ring (ringed, a pour's stream was drawn
// outlined in grey).
const LEAST_RUN = 12;
const WIDE_ROWS = 6;

let band: Float32Array = new Float32Array(0);
let top = new Uint8Array(0);
// The length (px) of the run of top pixels along its row each top pixel is in.
let run = new Uint16Array(0);

const isTop = (n: Float32Array, i: number): boolean => {
  const x = n[i * 3]!, y = n[i * 3 + 1]!, z = n[i * 3 + 2]!;
  return y > TOP_COS * Math.sqrt(x * x + y * y + z * z);
};

// Per pixel of the layer's rectangle (indexed as the frame), how far into the meniscus it lies: 1 at
// the top's edge, falling to 0 MENISCUS_M in from it; 0 off the top. `pxPerRadian`: the frame's
// pixels per radian of view (the band's width in pixels is the meniscus seen at the surface's depth).
export function meniscusBand(layer: ClearLayer, pxPerRadian: number): Float32Array {
  const { near, rect } = layer;
  const W = near.width, n = W * near.height;
  if (band.length < n) { band = new Float32Array(n); top = new Uint8Array(n); run = new Uint16Array(n); }
  for (let y = rect.y0; y < rect.y1; y++) {
    let start = y * W + rect.x0;
    for (let i = y * W + rect.x0; i <= y * W + rect.x1; i++) {
      const on = i < y * W + rect.x1 && near.depth[i]! > 0 && isTop(near.normal, i);
      if (i < y * W + rect.x1) { top[i] = on ? 1 : 0; band[i] = 0; }
      if (on) continue;
      run.fill(i - start, start, i);
      start = i + 1;
    }
  }
  for (let y = rect.y0; y < rect.y1; y++) {
    for (let x = rect.x0; x < rect.x1; x++) {
      const i = y * W + x;
      if (!top[i]) continue;
      // The band's width here: the meniscus's height seen at this depth (at least a pixel).
      const R = Math.max(1, (MENISCUS_M * pxPerRadian) * near.depth[i]!);
      if (!wideAround(x, y, W, rect, LEAST_RUN * R, Math.ceil(WIDE_ROWS * R))) continue;
      const reach = Math.ceil(R);
      let d = reach + 1;
      for (let k = 1; k <= reach && k < d; k++) {
        if (edge(rect, W, x - k, y) || edge(rect, W, x + k, y) || edge(rect, W, x, y - k) || edge(rect, W, x, y + k)) d = k;
      }
      if (d <= reach) band[i] = Math.max(0, 1 - (d - 1) / R);
    }
  }
  return band;
}

// Whether (x, y) lies off the top (or off the rectangle). (A function, not a closure made per pixel:
// making it cost a sixth of the band.)
function edge(rect: ClearLayer['rect'], W: number, x: number, y: number): boolean {
  return x < rect.x0 || x >= rect.x1 || y < rect.y0 || y >= rect.y1 || !top[y * W + x];
}

// Whether the top pixel at (x, y), or one in its column within `rows` of it, lies in a row's run of
// top pixels at least `least` long.
function wideAround(x: number, y: number, W: number, rect: ClearLayer['rect'], least: number, rows: number): boolean {
  for (let yy = Math.max(rect.y0, y - rows); yy < Math.min(rect.y1, y + rows + 1); yy++) {
    const j = yy * W + x;
    if (top[j] && run[j]! >= least) return true;
  }
  return false;
}

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

let band: Float32Array = new Float32Array(0);
let top = new Uint8Array(0);

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
  if (band.length < n) { band = new Float32Array(n); top = new Uint8Array(n); }
  for (let y = rect.y0; y < rect.y1; y++) {
    for (let i = y * W + rect.x0; i < y * W + rect.x1; i++) {
      top[i] = near.depth[i]! > 0 && isTop(near.normal, i) ? 1 : 0;
      band[i] = 0;
    }
  }
  for (let y = rect.y0; y < rect.y1; y++) {
    for (let x = rect.x0; x < rect.x1; x++) {
      const i = y * W + x;
      if (!top[i]) continue;
      // The band's width here: the meniscus's height seen at this depth (at least a pixel).
      const R = Math.max(1, (MENISCUS_M * pxPerRadian) * near.depth[i]!);
      const reach = Math.ceil(R);
      let d = reach + 1;
      for (let k = 1; k <= reach && k < d; k++) {
        const edge = (xx: number, yy: number): boolean => xx < rect.x0 || xx >= rect.x1 || yy < rect.y0 || yy >= rect.y1 || !top[yy * W + xx];
        if (edge(x - k, y) || edge(x + k, y) || edge(x, y - k) || edge(x, y + k)) d = k;
      }
      if (d <= reach) band[i] = Math.max(0, 1 - (d - 1) / R);
    }
  }
  return band;
}

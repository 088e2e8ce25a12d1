// The meniscus along a vessel's wall, drawn from the water line at the wall (liquids/rim-level.ts)
// rather than from the surface's edge on the picture (meniscus.ts): the edge follows the wall clip's
// 2 mm steps and the ring read wavy; the line is level and smooth, so the ring is one clean bright
// line round the glass. Per pixel of the liquid within the line as the eye sees it: how far into the
// meniscus it lies, 1 at the line falling to 0 the meniscus's height (seen at the line's depth) in.
// The surface stops a cell short of the wall (the clip keeps it behind the glass), lower in some
// places than others: the pixels within the ring's reach of the line that it leaves empty are the
// water's top too (the water meets the wall), and are filled as the top facing up at the line's
// depth, so the far side of the water ends at the line, not at the surface's ragged edge.
import type * as THREE from 'three';
import type { ClearLayer } from './clear-layer';
import { MENISCUS_M } from './meniscus';

export interface MeniscusRim {
  // The line round the wall (world, m), x, y, z a point, in order round the axis.
  points: Float64Array;
  // The vessel's axis upward (unit): the ring is seen only from above the water.
  up: [number, number, number];
}

// A liquid surface this much nearer the eye than the line (relative 1/w) is something in front of
// the meniscus (a stream falling into the glass): no ring over it.
const NEARER = 0.03;

let band = new Float32Array(0);
// Per pixel: its distance (px) to the nearest segment of the line, signed (< 0 inside the line).
let dist = new Float32Array(0);
let screen = new Float64Array(0);

// The band (indexed as the frame) of `rims` over the layer's rectangle. `viewProj`: the frame's
// projection x view; `pxPerRadian`: its pixels per radian of view.
// `solid`: the frame's depth (1/w) of what is drawn already (the top is not filled in front of it).
// Null when the eye sees none of the lines from above (it is below the water line: the edge the
// picture shows is then the one to follow).
export function rimBand(layer: ClearLayer, rims: readonly MeniscusRim[], view: { viewProj: THREE.Matrix4; camPos: THREE.Vector3; solid: Float32Array }, pxPerRadian: number): Float32Array | null {
  if (!rims.some((rim) => seenFromAbove(rim, view.camPos))) return null;
  const { near, rect } = layer;
  const W = near.width, n = W * near.height;
  if (band.length < n) { band = new Float32Array(n); dist = new Float32Array(n); }
  for (let y = rect.y0; y < rect.y1; y++) {
    band.fill(0, y * W + rect.x0, y * W + rect.x1);
    dist.fill(Infinity, y * W + rect.x0, y * W + rect.x1);
  }
  for (const rim of rims) {
    if (!seenFromAbove(rim, view.camPos)) continue;
    const count = project(rim, view.viewProj, W, near.height);
    if (count === 0) continue;
    const inside = Math.sign(area(count));
    // (the rectangle to cover: the line may lie a pixel or two beyond the surface's)
    const box = { ...rect };
    for (let k = 0; k < count; k++) {
      box.x0 = Math.min(box.x0, Math.max(0, Math.floor(screen[3 * k]!) - 2)); box.x1 = Math.max(box.x1, Math.min(W, Math.ceil(screen[3 * k]!) + 3));
      box.y0 = Math.min(box.y0, Math.max(0, Math.floor(screen[3 * k + 1]!) - 2)); box.y1 = Math.max(box.y1, Math.min(near.height, Math.ceil(screen[3 * k + 1]!) + 3));
    }
    for (let k = 0; k < count; k++) segment(layer, box, k, (k + 1) % count, inside, pxPerRadian, rim.up, view.solid);
  }
  return band;
}

// The line's points on the screen (x, y px and 1/w each, into `screen`); 0 when one is behind the eye.
function project(rim: MeniscusRim, viewProj: THREE.Matrix4, W: number, H: number): number {
  const p = rim.points, e = viewProj.elements, count = p.length / 3;
  if (screen.length < 3 * count) screen = new Float64Array(3 * count);
  for (let k = 0; k < count; k++) {
    const x = p[3 * k]!, y = p[3 * k + 1]!, z = p[3 * k + 2]!;
    const cx = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!, cy = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!;
    const cw = e[3]! * x + e[7]! * y + e[11]! * z + e[15]!;
    if (!(cw > 1e-6)) return 0;
    screen[3 * k] = (cx / cw * 0.5 + 0.5) * W; screen[3 * k + 1] = (0.5 - cy / cw * 0.5) * H; screen[3 * k + 2] = 1 / cw;
  }
  return count;
}

function seenFromAbove(rim: MeniscusRim, camPos: THREE.Vector3): boolean {
  const p = rim.points;
  return (camPos.x - p[0]!) * rim.up[0] + (camPos.y - p[1]!) * rim.up[1] + (camPos.z - p[2]!) * rim.up[2] > 0;
}

// Twice the screen polygon's signed area (its sign says which side of each segment is inside).
function area(count: number): number {
  let a = 0;
  for (let k = 0; k < count; k++) {
    const j = (k + 1) % count;
    a += screen[3 * k]! * screen[3 * j + 1]! - screen[3 * j]! * screen[3 * k + 1]!;
  }
  return a;
}

// The pixels of the liquid within reach of segment a-b: the nearer segment's signed distance kept,
// and the band where that lies inside the line.
function segment(layer: ClearLayer, box: ClearLayer['rect'], a: number, b: number, inside: number, pxPerRadian: number, up: MeniscusRim['up'], solid: Float32Array): void {
  const { near, rect } = layer;
  const W = near.width;
  const ax = screen[3 * a]!, ay = screen[3 * a + 1]!, bx = screen[3 * b]!, by = screen[3 * b + 1]!;
  const iw = (screen[3 * a + 2]! + screen[3 * b + 2]!) / 2;
  // The band's width here: the meniscus's height seen at the line's depth (at least a pixel).
  const R = Math.max(1, MENISCUS_M * pxPerRadian * iw);
  const reach = Math.ceil(R) + 1;
  const x0 = Math.max(box.x0, Math.floor(Math.min(ax, bx)) - reach), x1 = Math.min(box.x1 - 1, Math.ceil(Math.max(ax, bx)) + reach);
  const y0 = Math.max(box.y0, Math.floor(Math.min(ay, by)) - reach), y1 = Math.min(box.y1 - 1, Math.ceil(Math.max(ay, by)) + reach);
  const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy || 1;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = y * W + x;
      const inRect = x >= rect.x0 && x < rect.x1 && y >= rect.y0 && y < rect.y1;
      const d = inRect ? near.depth[i]! : 0;
      if (d > iw * (1 + NEARER)) continue;
      const px = x + 0.5 - ax, py = y + 0.5 - ay;
      const t = Math.min(1, Math.max(0, (px * dx + py * dy) / len2));
      const ex = px - t * dx, ey = py - t * dy;
      const off = Math.sqrt(ex * ex + ey * ey);
      if (inRect && !(off < Math.abs(dist[i]!))) continue;
      const within = Math.sign(dx * py - dy * px) === inside;
      if (!(d > 0) && !(within && off <= reach && solid[i]! < iw)) continue;
      if (!(d > 0)) fillTop(layer, x, y, iw, up);
      dist[i] = within ? -off : off;
      band[i] = within ? Math.min(1, Math.max(0, 1 - (off - 0.5) / R)) : 0;
    }
  }
}

// The water's top at pixel (x, y) where the surface left it empty: facing up, at the line's depth
// (1/w), no thicker than its skin; the layer's rectangle grown over it (its band and distance
// start empty there).
function fillTop(layer: ClearLayer, x: number, y: number, iw: number, up: MeniscusRim['up']): void {
  const { near, far, rect } = layer;
  const W = near.width, i = y * W + x;
  if (x < rect.x0 || x >= rect.x1 || y < rect.y0 || y >= rect.y1) {
    const grown = { x0: Math.min(rect.x0, x), y0: Math.min(rect.y0, y), x1: Math.max(rect.x1, x + 1), y1: Math.max(rect.y1, y + 1) };
    for (let yy = grown.y0; yy < grown.y1; yy++) {
      for (let xx = grown.x0; xx < grown.x1; xx++) {
        if (xx >= rect.x0 && xx < rect.x1 && yy >= rect.y0 && yy < rect.y1) continue;
        const j = yy * W + xx;
        band[j] = 0; dist[j] = Infinity;
      }
    }
    Object.assign(rect, grown);
  }
  near.depth[i] = iw; far[i] = iw;
  near.normal[3 * i] = up[0]; near.normal[3 * i + 1] = up[1]; near.normal[3 * i + 2] = up[2];
  near.albedo[3 * i] = 0; near.albedo[3 * i + 1] = 0; near.albedo[3 * i + 2] = 0;
}

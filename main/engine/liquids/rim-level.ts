// The water line at a vessel's wall, as a smooth level line for the meniscus to follow
// (frames/clear/meniscus.ts). The surface's own edge at the wall is where the wall clip empties the
// grid's cells (draw.ts), in steps of a cell (2 mm): a ring drawn along that edge rose and fell with
// the steps and read as a wavy line round a still glass of water. Here the surface's height at the
// wall is read from its mesh (the highest upward-facing vertex near the wall in each of RIM_BINS
// sectors round the axis) and fitted with a plane (a level, or a tilted vessel's slanted, surface
// meets a round wall along a plane's cut), so the ring is one clean line at the wall.
import type { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { MeniscusRim } from '../frames/clear/meniscus-rim';
import { rotate } from './motion';
import type { LiquidWall } from './walls';

// Sectors round the axis the height is read in, and the share of them that must hold the surface
// (a vessel whose wall the surface does not meet all round, as a jug's spout mid-pour, gets none).
const RIM_BINS = 36;
const LEAST_FILLED = 0.75;
// How near the cavity's side (in grid cells) a vertex is taken as the surface at the wall, and the
// cosine to the axis above which it faces up (the top, not the side). The clipped surface stops up
// to three cells short of the wall in places (2.6-2.9 in a third of a still mug's sectors): at 2.5
// too few sectors held it, no line was found and the ring followed the ragged edge.
const NEAR_WALL_CELLS = 3.5;
const TOP_COS = 0.6;
// A surface further than this (m, root mean square) from a plane at the wall is sloshing or
// pouring: no level line to draw (the ring then follows the surface's edge as before).
const MOST_OFF_PLANE_M = 0.003;
// Points of the drawn line round the wall.
const RIM_POINTS = 96;

const v = [0, 0, 0];
const n = [0, 0, 0];

// The level lines of `surface` (a body's marching cubes, meshed this frame) at the walls it meets.
export function rimLevels(surface: MarchingCubes, walls: readonly LiquidWall[]): MeniscusRim[] {
  const out: MeniscusRim[] = [];
  for (const wall of walls) {
    const top = wallHeights(surface, wall);
    const plane = top ? fitPlane(top) : null;
    if (plane) out.push(rimLine(wall, plane));
  }
  return out;
}

// The highest upward-facing vertex near the wall in each sector (container frame: height above its
// bottom, NaN where none), or null when too few sectors hold one. The cheap tests first (it looks at
// every vertex of the surface, 70k of them at a 20k pour, each frame): facing up along the axis,
// then beyond the cavity's narrowest radius, and only then the turn into the vessel's frame.
function wallHeights(surface: MarchingCubes, wall: LiquidWall): Float64Array | null {
  const s = wall.shape;
  const pos = surface.positionArray, nor = surface.normalArray;
  const scale = surface.scale.x, o = surface.position;
  const cell = (2 * scale) / surface.resolution;
  n[0] = 0; n[1] = 1; n[2] = 0;
  rotate(n, wall.rotation, false);
  const [ux, uy, uz] = n as [number, number, number];
  const least = narrowest(s) - NEAR_WALL_CELLS * cell, least2 = least > 0 ? least * least : 0;
  const top = new Float64Array(RIM_BINS).fill(NaN);
  for (let k = 0; k < Math.min(surface.count, pos.length / 3); k++) {
    const nx = nor[3 * k]!, ny = nor[3 * k + 1]!, nz = nor[3 * k + 2]!;
    const along = nx * ux + ny * uy + nz * uz;
    if (!(along > 0) || along * along <= TOP_COS * TOP_COS * (nx * nx + ny * ny + nz * nz)) continue;
    v[0] = o.x + scale * pos[3 * k]! - wall.position[0]; v[1] = o.y + scale * pos[3 * k + 1]! - wall.position[1]; v[2] = o.z + scale * pos[3 * k + 2]! - wall.position[2];
    const h0 = v[0]! * ux + v[1]! * uy + v[2]! * uz;
    if (v[0]! * v[0]! + v[1]! * v[1]! + v[2]! * v[2]! - h0 * h0 < least2) continue;
    rotate(v, wall.rotation, true);
    const h = v[1]! + s.heightM / 2;
    if (h <= s.floorM || h >= s.heightM) continue;
    const r = Math.hypot(v[0]!, v[2]!);
    if (r < s.rIn(h) - NEAR_WALL_CELLS * cell || r > s.rIn(h) + cell) continue;
    const bin = Math.min(RIM_BINS - 1, Math.floor(((Math.atan2(v[2]!, v[0]!) / (2 * Math.PI)) + 0.5) * RIM_BINS));
    if (!(top[bin]! >= h)) top[bin] = h;
  }
  const filled = top.reduce((c, h) => c + (Number.isNaN(h) ? 0 : 1), 0);
  return filled >= LEAST_FILLED * RIM_BINS ? top : null;
}

// The cavity's narrowest radius above its floor (the profile is straight between its points).
const narrowestOf = new WeakMap<LiquidWall['shape'], number>();
function narrowest(shape: LiquidWall['shape']): number {
  let r = narrowestOf.get(shape);
  if (r === undefined) {
    r = Math.min(...shape.profiles().cavity.filter(([, y]) => y >= shape.floorM).map(([pr]) => pr), shape.rIn(shape.floorM), shape.rIn(shape.heightM));
    narrowestOf.set(shape, r);
  }
  return r;
}

// The plane h = h0 + a cos(theta) + b sin(theta) nearest the sectors' heights (least squares), or
// null when they lie too far from any plane.
function fitPlane(top: Float64Array): { h0: number; a: number; b: number } | null {
  // Normal equations of the three unknowns, summed over the filled sectors.
  const m = [0, 0, 0, 0, 0, 0, 0, 0, 0], rhs = [0, 0, 0];
  top.forEach((h, bin) => {
    if (Number.isNaN(h)) return;
    const f = [1, Math.cos(binAngle(bin)), Math.sin(binAngle(bin))];
    for (let i = 0; i < 3; i++) {
      rhs[i]! += f[i]! * h;
      for (let j = 0; j < 3; j++) m[3 * i + j]! += f[i]! * f[j]!;
    }
  });
  const x = solve3(m, rhs);
  if (!x) return null;
  const [h0, a, b] = x as [number, number, number];
  let sq = 0, count = 0;
  top.forEach((h, bin) => {
    if (Number.isNaN(h)) return;
    const d = h - (h0 + a * Math.cos(binAngle(bin)) + b * Math.sin(binAngle(bin)));
    sq += d * d; count++;
  });
  return Math.sqrt(sq / count) <= MOST_OFF_PLANE_M ? { h0, a, b } : null;
}

const binAngle = (bin: number): number => ((bin + 0.5) / RIM_BINS - 0.5) * 2 * Math.PI;

// Cramer's rule on a 3x3 system (row-major); null when it is singular.
function solve3(m: number[], r: number[]): number[] | null {
  const det = (a: number[]): number => a[0]! * (a[4]! * a[8]! - a[5]! * a[7]!) - a[1]! * (a[3]! * a[8]! - a[5]! * a[6]!) + a[2]! * (a[3]! * a[7]! - a[4]! * a[6]!);
  const d = det(m);
  if (Math.abs(d) < 1e-12) return null;
  return [0, 1, 2].map((c) => det(m.map((e, k) => (k % 3 === c ? r[Math.floor(k / 3)]! : e))) / d);
}

// The line where that plane meets the cavity's side, in world coordinates, with the vessel's axis.
function rimLine(wall: LiquidWall, plane: { h0: number; a: number; b: number }): MeniscusRim {
  const s = wall.shape;
  const points = new Float64Array(3 * RIM_POINTS);
  for (let k = 0; k < RIM_POINTS; k++) {
    const t = (k / RIM_POINTS) * 2 * Math.PI;
    const h = Math.min(s.heightM, Math.max(s.floorM, plane.h0 + plane.a * Math.cos(t) + plane.b * Math.sin(t)));
    const r = s.rIn(h);
    v[0] = r * Math.cos(t); v[1] = h - s.heightM / 2; v[2] = r * Math.sin(t);
    rotate(v, wall.rotation, false);
    for (let c = 0; c < 3; c++) points[3 * k + c] = v[c]! + wall.position[c]!;
  }
  n[0] = 0; n[1] = 1; n[2] = 0;
  rotate(n, wall.rotation, false);
  return { points, up: [n[0]!, n[1]!, n[2]!] };
}

// The liquid as the eye sees it: one smooth surface around the particles, not the particles. Each
// frame the particles are spread into a density grid over their bounds (a smooth bump per
// particle, wider than the spacing so neighbours merge), and marching cubes (three.js's) draws
// the level where the grid holds half the density of liquid at rest, drawn see-through as the liquid
// is (frames/clear/liquid-surface.ts), white where it foams. The body of the liquid gets one fine
// grid; what has left it (a spill across the table, a stream's drops) is drawn by more grids of the
// same fineness, one per occupied tile of space, the fullest first, so spilled liquid is drawn too
// and as finely.
import * as THREE from 'three';
import { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { LiquidTrace } from '../../contract/world-trace-types';
import { DEFAULT_FPS } from '../../contract/format';
import { LiquidSurfaceMesh, liquidLook } from '../frames/clear/liquid-surface';
import { nativeRender, type NativeRender } from '../frames/native-render';
import { clearGrid, emptyBox, growBox, meshGrid, type CellBox } from './cubes-box';
import { liquidFacts } from './catalog';
import { foamAt } from './foam';
import { kth } from './kth';
import { listShare, splatShares } from './mix-splat';
import { rimLevels } from './rim-level';
import { streaksAt } from './streaks';

// What is marked on the particles besides where they are: foam, a stream's streaks, and the
// share of a second liquid (percent) where there are two.
interface Marks { foam: Float32Array | null; streaks: Float32Array | null; mix: readonly number[] | null }
const NO_MARKS: Marks = { foam: null, streaks: null, mix: null };
import { inWall, packWalls, type LiquidWall, type WallsAt } from './walls';

const RESOLUTION = 52;
// The bump's radius, in particle spacings, and the most polygons a surface may have.
const REACH_SPACINGS = 1.6;
const MAX_POLYS = 60000;
const BULK_SHARE = 0.85;
// The grid never spans more than this about the body of the liquid (a kitchen table's worth).
const MAX_HALF_M = 0.16;
// Spilled liquid: tiles of space this wide, at most this many drawn (the fullest), each needing
// a few particles to be drawn at all.
const TILE_M = 2 * MAX_HALF_M;
const MAX_SPILL_TILES = 6;
const MIN_TILE_PARTICLES = 3;
// A streaking particle's bumps along its way, this many spacings apart.
const STREAK_STEP = 0.6;

export interface LiquidView {
  group: THREE.Object3D;
  // Its surfaces (marching cubes), the body's first; a spill's appears when needed.
  surfaces: readonly MarchingCubes[];
  // Meshes the surface at `frame`; with `moves: 'only'`, only places its grids where they are at that
  // frame (all motion blur reads of the frame before), which costs a small part of meshing it.
  update(frame: number, options?: { moves?: 'only' }): void;
}

// `walls`: where the containers are at a frame, to keep the surface inside their cavities.
// `fps`: the trace's frame rate (foam is read from the particles' accelerations).
// `native`: the render addon, whose twins splat and mesh the grids (null: the JavaScript ones).
export function drawLiquid(liquid: LiquidTrace, walls: WallsAt = () => [], fps: number = DEFAULT_FPS, native: NativeRender | null = nativeRender()): LiquidView {
  // The meshes stay out of the scene graph: the one LiquidSurfaceMesh draws them all as a
  // see-through surface and casts their shadow.
  const material = new THREE.MeshBasicMaterial({ side: THREE.DoubleSide });
  const group = new THREE.Group();
  group.name = `liquid:${liquid.kind}`;
  const surfaces: MarchingCubes[] = [];
  const surface = (name: string): MarchingCubes => {
    // Vertex colours carry the foam (see splat).
    const cubes = new MarchingCubes(RESOLUTION, material, false, true, MAX_POLYS);
    cubes.name = name;
    cubes.frustumCulled = false;
    surfaces.push(cubes);
    return cubes;
  };
  const body = surface('liquid-body');
  const second = liquid.mix ? liquidLook(liquidFacts(liquid.mix.kind)) : null;
  const seen = new LiquidSurfaceMesh(surfaces, liquidLook(liquidFacts(liquid.kind)), second);
  group.add(seen);
  const spills: MarchingCubes[] = [];
  // The frame the grids were last placed at: motion blur asks for the frame before the one drawn,
  // moves only, which is where the last frame drawn left them (frames are drawn in order): nothing
  // to do (it cost a pass over every particle for the bounds and the spill tiles again).
  let placedAt = -1;
  // What the grids were last meshed from: a frame of the same particles, walls and marks (a still
  // glass of water, held by its vessel, is the same every frame) is placed but not meshed again.
  let meshedFrom: MeshInputs | null = null;
  const update = (frame: number, options: { moves?: 'only' } = {}): void => {
    if (options.moves === 'only' && frame === placedAt) return;
    placedAt = frame;
    const points = liquid.frames[Math.min(frame, liquid.frames.length - 1)];
    // A frame lists the particles in the scene: fewer than all while a tap lets them out, none before.
    const count = Math.min(liquid.count, Math.floor((points?.length ?? 0) / 3));
    group.visible = count > 0;
    if (!points || count === 0) return;
    const { lo, hi } = bulkBounds(points, count);
    const centre = [0, 1, 2].map((a) => (lo[a]! + hi[a]!) / 2);
    const side = Math.max(hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!) + 6 * liquid.spacingM;
    const mesh = options.moves !== 'only';
    place(body, centre, side);
    const around = mesh ? walls(frame) : [];
    const mixed = liquid.mix?.frames[Math.min(frame, liquid.mix.frames.length - 1)] ?? null;
    const marks = mesh ? { foam: foamAt(liquid, frame, fps), streaks: streaksAt(liquid, frame), mix: mixed } : NO_MARKS;
    const from: MeshInputs = { points, count, walls: around.flatMap((w) => [...w.position, w.rotation.x, w.rotation.y, w.rotation.z, w.rotation.w]), marks };
    const remesh = mesh && !(meshedFrom && sameInputs(meshedFrom, from));
    if (remesh) {
      meshedFrom = from;
      splat(body, points, count, liquid.spacingM, centre, side, around, marks, native);
      seen.rims = rimLevels(body, around);
    }
    const tiles = spillTiles(points, count, centre, side, liquid.spacingM);
    while (spills.length < tiles.length) spills.push(surface(`liquid-spill-${spills.length}`));
    spills.forEach((cubes, k) => {
      const tile = tiles[k];
      cubes.visible = tile !== undefined;
      if (!tile) return;
      place(cubes, tile.centre, tile.side);
      if (remesh) splat(cubes, points, tile.members, liquid.spacingM, tile.centre, tile.side, around, marks, native);
    });
  };
  update(0);
  return { group, surfaces, update };
}

// What a frame's grids are meshed from (the containers' poses flattened).
interface MeshInputs { points: readonly number[]; count: number; walls: number[]; marks: Marks }

function sameInputs(a: MeshInputs, b: MeshInputs): boolean {
  return a.count === b.count && sameNumbers(a.points, b.points, 3 * a.count) && sameNumbers(a.walls, b.walls) &&
    sameNumbers(a.marks.foam, b.marks.foam) && sameNumbers(a.marks.streaks, b.marks.streaks) && sameNumbers(a.marks.mix, b.marks.mix);
}

// Whether two lists (null: none) hold the same numbers (the first `n` of them when given).
function sameNumbers(a: ArrayLike<number> | null, b: ArrayLike<number> | null, n?: number): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const length = n ?? a.length;
  if (n === undefined && a.length !== b.length) return false;
  if (a.length < length || b.length < length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The particles outside the body's grid, by the tile of space they are in (with those near enough
// to its edge to reach into it), the fullest MAX_SPILL_TILES tiles.
// Each tile's grid spans only its particles (a stream's thin column gets a grid as fine as the body's).
// Plain loops over the particles (no array per particle): at 20k particles this runs twice a frame.
function spillTiles(points: readonly number[], count: number, centre: number[], side: number, spacingM: number): { centre: number[]; side: number; members: number[] }[] {
  const inBody = new Uint8Array(count);
  const byTile = new Map<number, { key: string; members: number[] }>();
  for (let i = 0; i < count; i++) {
    const x = points[3 * i]! / 1000, y = points[3 * i + 1]! / 1000, z = points[3 * i + 2]! / 1000;
    if (Math.abs(x - centre[0]!) < side / 2 && Math.abs(y - centre[1]!) < side / 2 && Math.abs(z - centre[2]!) < side / 2) {
      inBody[i] = 1;
      continue;
    }
    const tx = Math.floor(x / TILE_M), ty = Math.floor(y / TILE_M), tz = Math.floor(z / TILE_M);
    // One number per tile, exact for tiles within 2^15 of the origin on each axis (10 km).
    const id = ((tx + 0x8000) * 0x10000 + (ty + 0x8000)) * 0x10000 + (tz + 0x8000);
    const tile = byTile.get(id);
    if (tile) tile.members.push(i);
    else byTile.set(id, { key: `${tx},${ty},${tz}`, members: [i] });
  }
  return [...byTile.values()]
    .filter((t) => t.members.length >= MIN_TILE_PARTICLES)
    .sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : 1))
    .slice(0, MAX_SPILL_TILES)
    .map(({ key }) => {
      const c = key.split(',').map((k) => (Number(k) + 0.5) * TILE_M);
      const reach = TILE_M / 2 + 0.02;
      const members: number[] = [];
      const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
      for (let i = 0; i < count; i++) {
        if (inBody[i]) continue;
        const x = points[3 * i]! / 1000, y = points[3 * i + 1]! / 1000, z = points[3 * i + 2]! / 1000;
        if (!(Math.abs(x - c[0]!) < reach && Math.abs(y - c[1]!) < reach && Math.abs(z - c[2]!) < reach)) continue;
        members.push(i);
        lo[0] = Math.min(lo[0]!, x); lo[1] = Math.min(lo[1]!, y); lo[2] = Math.min(lo[2]!, z);
        hi[0] = Math.max(hi[0]!, x); hi[1] = Math.max(hi[1]!, y); hi[2] = Math.max(hi[2]!, z);
      }
      const span = Math.max(hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!) + 6 * spacingM;
      return { centre: [0, 1, 2].map((a) => (lo[a]! + hi[a]!) / 2), side: Math.min(TILE_M + 0.04, span), members };
    });
}

// The bounds of the body of the liquid: the smallest cube about its median point that holds
// BULK_SHARE of the particles. Drops flung far away or a thin spill across a table would otherwise
// spread the grid so thin that the body of the liquid lost its shape; they are left undrawn.
// (its scratch reused: it runs twice a frame over every particle)
let bulkScratch = new Float64Array(0);
function bulkBounds(points: readonly number[], count: number): { lo: number[]; hi: number[] } {
  if (bulkScratch.length < count) bulkScratch = new Float64Array(count);
  const v = bulkScratch.subarray(0, count);
  const median = [0, 0, 0];
  for (let a = 0; a < 3; a++) {
    for (let i = 0; i < count; i++) v[i] = points[3 * i + a]! / 1000;
    median[a] = kth(v, Math.floor((count - 1) / 2));
  }
  for (let i = 0; i < count; i++) {
    const dx = Math.abs(points[3 * i]! / 1000 - median[0]!), dy = Math.abs(points[3 * i + 1]! / 1000 - median[1]!), dz = Math.abs(points[3 * i + 2]! / 1000 - median[2]!);
    v[i] = Math.max(dx, dy, dz);
  }
  const half = Math.min(MAX_HALF_M, kth(v, Math.floor(BULK_SHARE * (count - 1))));
  return { lo: median.map((m) => m - half), hi: median.map((m) => m + half) };
}

// Puts a grid of `side` metres about `centre` (the marching cubes span -1..1 in their own frame).
function place(surface: MarchingCubes, centre: number[], side: number): void {
  const size = surface.resolution;
  surface.position.set(centre[0]!, centre[1]!, centre[2]!);
  surface.scale.setScalar(((side / (size - 3)) * size) / 2);
}

// Fills a grid of `side` metres about `centre` from the given particles (positions in mm; a count
// for the first that many); the grid is placed there first (place()).
// Each particle's foam goes into the grid's palette (red) weighted like its density, so a vertex's
// colour over the isolation level is the foam of the particles about it; a particle of a falling
// stream is spread along its streak (streaks.ts), a bump every STREAK_STEP spacings.
function splat(surface: MarchingCubes, points: readonly number[], members: readonly number[] | number, spacingM: number, centre: number[], side: number, walls: readonly LiquidWall[], marks: Marks, native: NativeRender | null): void {
  const size = surface.resolution;
  const cell = side / (size - 3);
  const reachM = Math.max(REACH_SPACINGS * spacingM, 1.5 * cell);
  const R = reachM / cell;
  clearGrid(surface);
  const grid: Grid = { field: surface.field, palette: surface.palette, size, R, R2: R * R, box: emptyBox(), n: 0 };
  const origin = centre.map((c) => c - (cell * size) / 2);
  const total = typeof members === 'number' ? members : members.length;
  for (let m = 0; m < total; m++) {
    const i = typeof members === 'number' ? m : members[m]!;
    const f = marks.foam?.[i] ?? 0;
    if (marks.mix) listShare(grid.n, (marks.mix[i] ?? 0) / 100);
    const gx = (points[3 * i]! / 1000 - origin[0]!) / cell, gy = (points[3 * i + 1]! / 1000 - origin[1]!) / cell, gz = (points[3 * i + 2]! / 1000 - origin[2]!) / cell;
    bump(grid, gx, gy, gz, f);
    const back = marks.streaks;
    if (!back || (back[3 * i] === 0 && back[3 * i + 1] === 0 && back[3 * i + 2] === 0)) continue;
    const bx = back[3 * i]! / 1000 / cell, by = back[3 * i + 1]! / 1000 / cell, bz = back[3 * i + 2]! / 1000 / cell;
    const steps = Math.ceil(Math.hypot(bx, by, bz) / ((STREAK_STEP * spacingM) / cell));
    for (let k = 1; k < steps; k++) {
      if (marks.mix) listShare(grid.n, (marks.mix[i] ?? 0) / 100);
      bump(grid, gx + (bx * k) / steps, gy + (by * k) / steps, gz + (bz * k) / steps, f);
    }
  }
  if (marks.mix) splatShares(grid.palette, size, bumps, grid.n, R);
  spread(grid, surface, native);
  if (walls.length > 0 && native) clipNative(native, surface, origin, cell, walls, grid.box);
  else if (walls.length > 0) clipToCavities(surface, origin, cell, walls, grid.box);
  // A liquid at rest fills the grid to 0.957 R^3 / (spacing in cells)^3 (the bump's integral per particle volume).
  surface.isolation = (0.5 * 0.9574 * R ** 3) / (spacingM / cell) ** 3;
  meshGrid(surface, grid.box, native);
}

// box: the cells the bumps reached (all the meshing and the next wipe look at); n: the bumps
// listed (in `bumps`) and not yet spread.
interface Grid { field: Float32Array; palette: Float32Array; size: number; R: number; R2: number; box: CellBox; n: number }

// The bumps of the grid being filled, (gx, gy, gz, foam) each, grown as needed and reused.
let bumps = new Float64Array(4 * 4096);

// Lists one particle's bump at (gx, gy, gz) cells with its foam f (spread() draws them).
function bump(grid: Grid, gx: number, gy: number, gz: number, f: number): void {
  if (4 * grid.n + 4 > bumps.length) {
    const grown = new Float64Array(2 * bumps.length);
    grown.set(bumps);
    bumps = grown;
  }
  const o = 4 * grid.n++;
  bumps[o] = gx; bumps[o + 1] = gy; bumps[o + 2] = gz; bumps[o + 3] = f;
}

// Spreads the listed bumps into the grid: natively, or one by one in JavaScript (the reference).
function spread(grid: Grid, surface: MarchingCubes, native: NativeRender | null): void {
  if (native) {
    const box = Float64Array.of(1, 1, 1, 0, 0, 0);
    native.splatBumps(grid.field, grid.palette, surface.normal_cache, grid.size, bumps, grid.n, grid.R, grid.R2, box);
    if (box[0]! <= box[3]!) growBox(grid.box, box[0]!, box[1]!, box[2]!, box[3]!, box[4]!, box[5]!);
  } else for (let b = 0; b < grid.n; b++) spreadBump(grid, bumps[4 * b]!, bumps[4 * b + 1]!, bumps[4 * b + 2]!, bumps[4 * b + 3]!);
  grid.n = 0;
}

// One particle's bump, (1 - d^2 / R^2)^2 within R cells of (gx, gy, gz), its foam f into the
// palette. Rows wholly beyond R are skipped (their sum of squares is already R^2 or more).
function spreadBump(grid: Grid, gx: number, gy: number, gz: number, f: number): void {
  const { field, palette, size, R, R2 } = grid;
  const x0 = Math.max(1, Math.ceil(gx - R)), x1 = Math.min(size - 2, Math.floor(gx + R));
  const y0 = Math.max(1, Math.ceil(gy - R)), y1 = Math.min(size - 2, Math.floor(gy + R));
  const z0 = Math.max(1, Math.ceil(gz - R)), z1 = Math.min(size - 2, Math.floor(gz + R));
  growBox(grid.box, x0, y0, z0, x1, y1, z1);
  for (let z = z0; z <= z1; z++) {
    const dz2 = (z - gz) * (z - gz);
    for (let y = y0; y <= y1; y++) {
      const dy2 = (y - gy) * (y - gy);
      if (dy2 + dz2 >= R2) continue;
      const row = y * size + z * size * size;
      for (let x = x0; x <= x1; x++) {
        const q = 1 - ((x - gx) * (x - gx) + dy2 + dz2) / R2;
        if (!(q > 0)) continue;
        field[x + row]! += q * q;
        if (f > 0) palette[3 * (x + row)]! += f * q * q;
      }
    }
  }
}

function clipNative(native: NativeRender, surface: MarchingCubes, origin: number[], cell: number, walls: readonly LiquidWall[], box: CellBox): void {
  const cells = Float64Array.of(box.x0, box.y0, box.z0, box.x1, box.y1, box.z1);
  native.clipCavities(surface.field, surface.resolution, cells, Float64Array.from(origin), cell, packWalls(walls), walls.length);
}

// Empties the grid's cells in a container's wall or floor, or within a cell of its cavity's side,
// so the surface drawn stays inside the cavity, just behind the wall.
function clipToCavities(surface: MarchingCubes, origin: number[], cell: number, walls: readonly LiquidWall[], box: CellBox): void {
  const size = surface.resolution;
  const field = surface.field;
  for (let z = box.z0; z <= box.z1; z++) {
    for (let y = box.y0; y <= box.y1; y++) {
      for (let x = box.x0; x <= box.x1; x++) {
        const at = x + y * size + z * size * size;
        if (field[at]! > 0 && inWall(walls, origin[0]! + x * cell, origin[1]! + y * cell, origin[2]! + z * cell, cell)) field[at] = 0;
      }
    }
  }
}

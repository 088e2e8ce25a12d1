// The liquid as the eye sees it: one smooth surface around the particles, not the particles. Each
// frame the particles are spread into a density grid over their bounds (a smooth bump per
// particle, wider than the spacing so neighbours merge), and marching cubes (three.js's) draws
// the level where the grid holds half the density of liquid at rest. Coloured as the liquid
// (catalog.ts), glossy for its highlights. The body of the liquid gets one fine grid; what has left
// it (a spill across the table, a stream's drops) is drawn by more grids of the same fineness, one
// per occupied tile of space, the fullest first, so spilled liquid is drawn too and as finely.
import * as THREE from 'three';
import { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { LiquidTrace } from '../../contract/world-trace-types';
import { liquidFacts } from './catalog';
import { inWall, type LiquidWall, type WallsAt } from './walls';

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

export interface LiquidView {
  group: THREE.Object3D;
  // Meshes the surface at `frame`; with `moves: 'only'`, only places its grids where they are at that
  // frame (all motion blur reads of the frame before), which costs a small part of meshing it.
  update(frame: number, options?: { moves?: 'only' }): void;
}

// `walls`: where the containers are at a frame, to keep the surface inside their cavities.
export function drawLiquid(liquid: LiquidTrace, walls: WallsAt = () => []): LiquidView {
  const facts = liquidFacts(liquid.kind);
  // Drawn solid for now: the CPU rasterizer's blended surfaces behind a glass's wall came out too
  // faint to read; a clear liquid is lightened towards white by its transparency instead.
  const color = new THREE.Color(facts.color).lerp(new THREE.Color(0xffffff), 0.5 * (1 - facts.opacity));
  const material = new THREE.MeshPhongMaterial({ color, specular: 0xffffff, shininess: 120, side: THREE.DoubleSide });
  const group = new THREE.Group();
  group.name = `liquid:${liquid.kind}`;
  const surface = (name: string): MarchingCubes => {
    const cubes = new MarchingCubes(RESOLUTION, material, false, false, MAX_POLYS);
    cubes.name = name;
    cubes.frustumCulled = false;
    group.add(cubes);
    return cubes;
  };
  const body = surface('liquid-body');
  const spills: MarchingCubes[] = [];
  const update = (frame: number, options: { moves?: 'only' } = {}): void => {
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
    if (mesh) splat(body, points, Array.from({ length: count }, (_, i) => i), liquid.spacingM, centre, side, around);
    const tiles = spillTiles(points, count, centre, side, liquid.spacingM);
    while (spills.length < tiles.length) spills.push(surface(`liquid-spill-${spills.length}`));
    spills.forEach((cubes, k) => {
      const tile = tiles[k];
      cubes.visible = tile !== undefined;
      if (!tile) return;
      place(cubes, tile.centre, tile.side);
      if (mesh) splat(cubes, points, tile.members, liquid.spacingM, tile.centre, tile.side, around);
    });
  };
  update(0);
  return { group, update };
}

// The particles outside the body's grid, by the tile of space they are in (with those near enough
// to its edge to reach into it), the fullest MAX_SPILL_TILES tiles.
// Each tile's grid spans only its particles (a stream's thin column gets a grid as fine as the body's).
function spillTiles(points: readonly number[], count: number, centre: number[], side: number, spacingM: number): { centre: number[]; side: number; members: number[] }[] {
  const inBody = (i: number): boolean => [0, 1, 2].every((a) => Math.abs(points[3 * i + a]! / 1000 - centre[a]!) < side / 2);
  const byTile = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    if (inBody(i)) continue;
    const key = [0, 1, 2].map((a) => Math.floor(points[3 * i + a]! / 1000 / TILE_M)).join(',');
    const list = byTile.get(key) ?? [];
    list.push(i);
    byTile.set(key, list);
  }
  return [...byTile.entries()]
    .filter(([, members]) => members.length >= MIN_TILE_PARTICLES)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SPILL_TILES)
    .map(([key]) => {
      const c = key.split(',').map((k) => (Number(k) + 0.5) * TILE_M);
      const near = (i: number): boolean => [0, 1, 2].every((a) => Math.abs(points[3 * i + a]! / 1000 - c[a]!) < TILE_M / 2 + 0.02);
      const members = Array.from({ length: count }, (_, i) => i).filter((i) => !inBody(i) && near(i));
      const lo = [0, 1, 2].map((a) => Math.min(...members.map((i) => points[3 * i + a]! / 1000)));
      const hi = [0, 1, 2].map((a) => Math.max(...members.map((i) => points[3 * i + a]! / 1000)));
      const span = Math.max(hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!) + 6 * spacingM;
      return { centre: [0, 1, 2].map((a) => (lo[a]! + hi[a]!) / 2), side: Math.min(TILE_M + 0.04, span), members };
    });
}

// The bounds of the body of the liquid: the smallest cube about its median point that holds
// BULK_SHARE of the particles. Drops flung far away or a thin spill across a table would otherwise
// spread the grid so thin that the body of the liquid lost its shape; they are left undrawn.
function bulkBounds(points: readonly number[], count: number): { lo: number[]; hi: number[] } {
  const median = [0, 1, 2].map((a) => {
    const v = Array.from({ length: count }, (_, i) => points[3 * i + a]! / 1000).sort((p, q) => p - q);
    return v[Math.floor((count - 1) / 2)]!;
  });
  const reach = Array.from({ length: count }, (_, i) => Math.max(...[0, 1, 2].map((a) => Math.abs(points[3 * i + a]! / 1000 - median[a]!)))).sort((p, q) => p - q);
  const half = Math.min(MAX_HALF_M, reach[Math.floor(BULK_SHARE * (count - 1))]!);
  return { lo: median.map((m) => m - half), hi: median.map((m) => m + half) };
}

// Puts a grid of `side` metres about `centre` (the marching cubes span -1..1 in their own frame).
function place(surface: MarchingCubes, centre: number[], side: number): void {
  const size = surface.resolution;
  surface.position.set(centre[0]!, centre[1]!, centre[2]!);
  surface.scale.setScalar(((side / (size - 3)) * size) / 2);
}

// Fills a grid of `side` metres about `centre` from the given particles (positions in mm); the grid
// is placed there first (place()).
function splat(surface: MarchingCubes, points: readonly number[], members: readonly number[], spacingM: number, centre: number[], side: number, walls: readonly LiquidWall[]): void {
  const size = surface.resolution;
  const cell = side / (size - 3);
  const reachM = Math.max(REACH_SPACINGS * spacingM, 1.5 * cell);
  const R = reachM / cell;
  surface.reset();
  const field = surface.field;
  const origin = centre.map((c) => c - (cell * size) / 2);
  for (const i of members) {
    const gx = (points[3 * i]! / 1000 - origin[0]!) / cell, gy = (points[3 * i + 1]! / 1000 - origin[1]!) / cell, gz = (points[3 * i + 2]! / 1000 - origin[2]!) / cell;
    for (let z = Math.max(1, Math.ceil(gz - R)); z <= Math.min(size - 2, Math.floor(gz + R)); z++) {
      for (let y = Math.max(1, Math.ceil(gy - R)); y <= Math.min(size - 2, Math.floor(gy + R)); y++) {
        for (let x = Math.max(1, Math.ceil(gx - R)); x <= Math.min(size - 2, Math.floor(gx + R)); x++) {
          const q = 1 - ((x - gx) ** 2 + (y - gy) ** 2 + (z - gz) ** 2) / (R * R);
          if (q > 0) field[x + y * size + z * size * size]! += q * q;
        }
      }
    }
  }
  if (walls.length > 0) clipToCavities(surface, origin, cell, walls);
  // A liquid at rest fills the grid to 0.957 R^3 / (spacing in cells)^3 (the bump's integral per particle volume).
  surface.isolation = (0.5 * 0.9574 * R ** 3) / (spacingM / cell) ** 3;
  surface.update();
}

// Empties the grid's cells in a container's wall or floor, or within a cell of its cavity's side,
// so the surface drawn stays inside the cavity, just behind the wall.
function clipToCavities(surface: MarchingCubes, origin: number[], cell: number, walls: readonly LiquidWall[]): void {
  const size = surface.resolution;
  const field = surface.field;
  for (let z = 1; z < size - 1; z++) {
    for (let y = 1; y < size - 1; y++) {
      for (let x = 1; x < size - 1; x++) {
        const at = x + y * size + z * size * size;
        if (field[at]! > 0 && inWall(walls, origin[0]! + x * cell, origin[1]! + y * cell, origin[2]! + z * cell, cell)) field[at] = 0;
      }
    }
  }
}

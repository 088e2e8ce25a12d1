// The liquid as the eye sees it: one smooth surface around the particles, not the particles. Each
// frame the particles are spread into a density grid over their bounds (a smooth bump per
// particle, wider than the spacing so neighbours merge), and marching cubes (three.js's) draws
// the level where the grid holds half the density of liquid at rest. Coloured as the liquid
// (catalog.ts), glossy for its highlights.
import * as THREE from 'three';
import { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { LiquidTrace } from '../../contract/world-trace-types';
import { liquidFacts } from './catalog';

const RESOLUTION = 52;
// The bump's radius, in particle spacings, and the most polygons a surface may have.
const REACH_SPACINGS = 1.6;
const MAX_POLYS = 60000;
const BULK_SHARE = 0.85;
// The grid never spans more than this about the body of the liquid (a kitchen table's worth).
const MAX_HALF_M = 0.16;

export interface LiquidView {
  group: THREE.Object3D;
  update(frame: number): void;
}

export function drawLiquid(liquid: LiquidTrace): LiquidView {
  const facts = liquidFacts(liquid.kind);
  // Drawn solid for now: the CPU rasterizer's blended surfaces behind a glass's wall came out too
  // faint to read; a clear liquid is lightened towards white by its transparency instead.
  const color = new THREE.Color(facts.color).lerp(new THREE.Color(0xffffff), 0.5 * (1 - facts.opacity));
  const material = new THREE.MeshPhongMaterial({ color, specular: 0xffffff, shininess: 120, side: THREE.DoubleSide });
  const surface = new MarchingCubes(RESOLUTION, material, false, false, MAX_POLYS);
  surface.name = `liquid:${liquid.kind}`;
  surface.frustumCulled = false;
  const update = (frame: number): void => {
    const points = liquid.frames[Math.min(frame, liquid.frames.length - 1)];
    if (!points) return;
    splat(surface, points, liquid.count, liquid.spacingM);
  };
  update(0);
  return { group: surface, update };
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

// Fills the grid from the particles (positions in mm) and places the grid over their bounds.
function splat(surface: MarchingCubes, points: readonly number[], count: number, spacingM: number): void {
  const { lo, hi } = bulkBounds(points, count);
  const pad = 3 * spacingM;
  const side = Math.max(hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!) + 2 * pad;
  const centre = [0, 1, 2].map((a) => (lo[a]! + hi[a]!) / 2);
  const size = surface.resolution;
  const cell = side / (size - 3);
  const reachM = Math.max(REACH_SPACINGS * spacingM, 1.5 * cell);
  const R = reachM / cell;
  surface.reset();
  const field = surface.field;
  const origin = centre.map((c) => c - (cell * size) / 2);
  for (let i = 0; i < count; i++) {
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
  // A liquid at rest fills the grid to 0.957 R^3 / (spacing in cells)^3 (the bump's integral per particle volume).
  surface.isolation = (0.5 * 0.9574 * R ** 3) / (spacingM / cell) ** 3;
  surface.position.set(centre[0]!, centre[1]!, centre[2]!);
  surface.scale.setScalar((cell * size) / 2);
  surface.update();
}

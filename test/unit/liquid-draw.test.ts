// Spilled liquid is drawn: a glass's worth of liquid and a puddle half a metre away on the table
// both get a surface (the puddle by its own grid, as fine as the body's), where before only the
// body's grid, at most a kitchen table's span about it, was drawn and the puddle left out.
import { describe, expect, it } from 'vitest';
import type { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { LiquidTrace } from '../../main/contract/world-trace-types';
import { nativeRender, type NativeRender } from '../../main/engine/frames/native-render';
import { drawLiquid, type LiquidView } from '../../main/engine/liquids/draw';

const SPACING = 0.005;

// A block of particles (mm) nx by ny by nz from corner (x, y, z) metres.
function block(x: number, y: number, z: number, nx: number, ny: number, nz: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < nx; i++) for (let j = 0; j < ny; j++) for (let k = 0; k < nz; k++) out.push(Math.round((x + i * SPACING) * 1000), Math.round((y + j * SPACING) * 1000), Math.round((z + k * SPACING) * 1000));
  return out;
}

// The world-space x range of a surface's drawn vertices.
function drawnX(cubes: MarchingCubes): [number, number] {
  const pos = cubes.geometry.getAttribute('position');
  let lo = Infinity, hi = -Infinity;
  for (let v = 0; v < cubes.count; v++) {
    const x = pos.getX(v) * cubes.scale.x + cubes.position.x;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return [lo, hi];
}

const meshesOf = (view: LiquidView): readonly MarchingCubes[] => view.surfaces;

describe('liquid surface', () => {
  it('draws a puddle spilled away from the body of the liquid', () => {
    const body = block(0, 0.8, 0, 12, 16, 12);
    const puddle = block(0.5, 0.78, 0, 14, 2, 14);
    const points = [...body, ...puddle];
    const liquid: LiquidTrace = { kind: 'water', spacingM: SPACING, count: points.length / 3, frames: [points] };
    const view = drawLiquid(liquid);
    const surfaces = meshesOf(view);
    const drawn = surfaces.filter((s) => s.visible && s.count > 0);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    const spans = drawn.map(drawnX);
    // One surface about the body (x 0 to 0.06 m), one about the puddle (x 0.5 to 0.57 m).
    expect(spans.some(([lo, hi]) => lo < 0.01 && hi > 0.04 && hi < 0.1)).toBe(true);
    expect(spans.some(([lo, hi]) => lo > 0.45 && lo < 0.51 && hi > 0.55 && hi < 0.62)).toBe(true);
  });

  // Motion blur looks at the frame before only for where things are: posing the liquid there must put
  // its grids where meshing it would, and leave the meshed surface of the frame drawn alone.
  it('places its grids at a frame without meshing them when only moves are asked for', () => {
    const still = [...block(0, 0.8, 0, 12, 16, 12), ...block(0.5, 0.78, 0, 14, 2, 14)];
    const moved = still.map((v, i) => (i % 3 === 0 ? v + 40 : v));
    const liquid: LiquidTrace = { kind: 'water', spacingM: SPACING, count: still.length / 3, frames: [still, moved] };
    const placed = drawLiquid(liquid);
    const meshed = drawLiquid(liquid);
    const before = meshesOf(placed).map((s) => [s.count, s.geometry.getAttribute('position').getX(0)]);
    placed.update(1, { moves: 'only' });
    meshed.update(1);
    const surfaces = meshesOf;
    expect(surfaces(placed).map((s) => [s.visible, s.position.toArray(), s.scale.x])).toEqual(surfaces(meshed).map((s) => [s.visible, s.position.toArray(), s.scale.x]));
    expect(surfaces(placed)[0]!.position.x).toBeGreaterThan(surfaces(drawLiquid(liquid))[0]!.position.x);
    expect(surfaces(placed).map((s) => [s.count, s.geometry.getAttribute('position').getX(0)])).toEqual(before);
  });

  // A still glass of water is the same particles every frame: its grids are not splatted and meshed
  // again (they were the same bytes), until a particle moves.
  it('meshes a frame of the same particles only once', () => {
    const native = nativeRender();
    if (!native) return;
    let splats = 0;
    const counting = Object.create(native) as NativeRender;
    Object.defineProperty(counting, 'splatBumps', { value: (...args: Parameters<NativeRender['splatBumps']>) => { splats++; native.splatBumps(...args); } });
    const still = block(0, 0.8, 0, 12, 16, 12);
    const nudged = still.map((v, i) => (i === 1 ? v + 1 : v));
    const liquid: LiquidTrace = { kind: 'water', spacingM: SPACING, count: still.length / 3, frames: [still, [...still], [...still], nudged] };
    const view = drawLiquid(liquid, () => [], 24, counting);
    const first = Array.from(view.surfaces[0]!.positionArray.subarray(0, 3 * view.surfaces[0]!.count));
    expect(splats).toBe(1);
    view.update(1);
    view.update(2);
    expect(splats).toBe(1);
    expect(Array.from(view.surfaces[0]!.positionArray.subarray(0, 3 * view.surfaces[0]!.count))).toEqual(first);
    view.update(3);
    expect(splats).toBe(2);
  });
});

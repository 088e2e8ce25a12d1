// The meniscus of a still glass of water follows one level line at the wall (liquids/rim-level.ts),
// not the surface's edge there, which the wall clip cuts in steps of a grid cell (2 mm): the
// particles of a glass of water at rest are meshed as a frame is drawn, and the water line found
// at the wall is level to a tenth of a millimetre round the glass where the surface's own top at
// the wall rises and falls by a millimetre or more, and it lies at the water's level.
import { describe, expect, it } from 'vitest';
import type { LiquidTrace } from '../../main/contract/world-trace-types';
import { LiquidSurfaceMesh } from '../../main/engine/frames/clear/liquid-surface';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { drawLiquid } from '../../main/engine/liquids/draw';
import { fillParticles } from '../../main/engine/liquids/fill';
import type { LiquidWall } from '../../main/engine/liquids/walls';
import { objectModule } from '../../main/engine/objects';

const SPACING = 0.004;

describe('the water line at a glass wall', () => {
  const shape = new ContainerShape(objectModule('glass'));
  const glass = new ContainerCollider(shape);
  const position = [0.1, shape.heightM / 2 + 0.75, -0.05] as const;
  const rotation = { x: 0, y: 0, z: 0, w: 1 };
  glass.moveTo({ position: { x: position[0], y: position[1], z: position[2] }, rotation });
  const levelM = shape.heightM * 0.7;
  const metres = fillParticles(glass, levelM, SPACING);
  const points = metres.map((m) => Math.round(m * 1000));
  const liquid: LiquidTrace = { kind: 'water', spacingM: SPACING, count: points.length / 3, frames: [points] };
  const wall: LiquidWall = { shape, position, rotation };
  const view = drawLiquid(liquid, () => [wall]);
  const seen = view.group.children.find((c): c is LiquidSurfaceMesh => c instanceof LiquidSurfaceMesh)!;
  const bottom = position[1] - shape.heightM / 2;

  it('is one level line round the wall, at the water surface, though the surface edge there is stepped', () => {
    expect(seen.rims).toHaveLength(1);
    const rim = seen.rims[0]!;
    const heights = Array.from({ length: rim.points.length / 3 }, (_, k) => rim.points[3 * k + 1]! - bottom);
    const spread = Math.max(...heights) - Math.min(...heights);
    expect(spread).toBeLessThan(0.0001);
    // The top particles' centres lie half a spacing below the level; the surface drawn a little above them.
    const topParticle = Math.max(...metres.filter((_, i) => i % 3 === 1)) - bottom;
    expect(Math.abs(heights[0]! - topParticle)).toBeLessThan(2 * SPACING);
    // Each point lies on the cavity's side at its height.
    for (let k = 0; k < heights.length; k++) {
      const r = Math.hypot(rim.points[3 * k]! - position[0], rim.points[3 * k + 2]! - position[2]);
      expect(Math.abs(r - shape.rIn(heights[k]!))).toBeLessThan(1e-9);
    }
    // The surface's own top at the wall: the highest upward-facing vertex near the wall per sector
    // of 10 degrees rises and falls by far more.
    const body = view.surfaces[0]!;
    const cell = (2 * body.scale.x) / body.resolution;
    const sectors = new Array<number>(36).fill(-Infinity);
    for (let v = 0; v < body.count; v++) {
      const x = body.position.x + body.scale.x * body.positionArray[3 * v]! - position[0];
      const y = body.position.y + body.scale.x * body.positionArray[3 * v + 1]! - bottom;
      const z = body.position.z + body.scale.x * body.positionArray[3 * v + 2]! - position[2];
      const n = [body.normalArray[3 * v]!, body.normalArray[3 * v + 1]!, body.normalArray[3 * v + 2]!];
      if (n[1]! < 0.6 * Math.hypot(n[0]!, n[1]!, n[2]!) || Math.hypot(x, z) < shape.rIn(y) - 2.5 * cell) continue;
      const s = Math.min(35, Math.floor((Math.atan2(z, x) / (2 * Math.PI) + 0.5) * 36));
      sectors[s] = Math.max(sectors[s]!, y);
    }
    const edge = sectors.filter((h) => h > -Infinity);
    expect(Math.max(...edge) - Math.min(...edge)).toBeGreaterThan(0.0005);
  });

  it('is drawn in a mug of coffee, whose surface stops up to three cells short of the wall in places', () => {
    // Its top vertices nearest the wall were 2.6-2.9 cells in from it in a third of the sectors: no
    // line was found, and the ring followed the surface's ragged edge (a wavy grey band at the back
    // of the close-up's mug).
    for (const form of ['mug', 'cup'] as const) {
      const vessel = new ContainerShape(objectModule(form));
      const collider = new ContainerCollider(vessel);
      const at = [0, vessel.heightM / 2 + 0.75, 0] as const;
      collider.moveTo({ position: { x: at[0], y: at[1], z: at[2] }, rotation });
      const filled = fillParticles(collider, vessel.heightM * 0.8, SPACING).map((m) => Math.round(m * 1000));
      const drawn = drawLiquid({ kind: 'coffee', spacingM: SPACING, count: filled.length / 3, frames: [filled] }, () => [{ shape: vessel, position: at, rotation }]);
      const mesh = drawn.group.children.find((c): c is LiquidSurfaceMesh => c instanceof LiquidSurfaceMesh)!;
      expect(mesh.rims, form).toHaveLength(1);
    }
  });

  it('is not drawn for a surface that meets the wall only part of the way round', () => {
    // The same water with half the glass's ring of it taken away: no level to read all round.
    const kept: number[] = [];
    for (let i = 0; i < points.length; i += 3) if (points[i]! / 1000 < position[0] || points[i + 1]! / 1000 < bottom + levelM * 0.6) kept.push(points[i]!, points[i + 1]!, points[i + 2]!);
    const cut = drawLiquid({ ...liquid, count: kept.length / 3, frames: [kept] }, () => [wall]);
    const mesh = cut.group.children.find((c): c is LiquidSurfaceMesh => c instanceof LiquidSurfaceMesh)!;
    expect(mesh.rims).toHaveLength(0);
  });
});

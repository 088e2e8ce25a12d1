// The containers' walls as the liquid's drawing needs them: where each container is at a frame (from
// the trace), so the surface can be kept inside its cavity. The particles keep a radius off the wall
// and the surface is drawn a little beyond the particles (draw.ts), so without this the surface
// would poke through a glass's wall: partly in front of it (drawn unveiled) and partly behind (seen
// through it), a pale patchwork instead of the liquid's colour behind the glass.
import type { ScenePlan } from '../../contract/scene-plan';
import { FLOATS_PER_BODY } from '../../contract/world-trace';
import type { WorldTrace } from '../../contract/world-trace-types';
import { objectModule } from '../objects';
import { ContainerShape, rotate } from './container';
import { CONTAINER_FORMS } from './floaters';

export interface LiquidWall {
  shape: ContainerShape;
  position: readonly [number, number, number];
  // Unit quaternion x, y, z, w.
  rotation: { x: number; y: number; z: number; w: number };
}

export type WallsAt = (frame: number) => LiquidWall[];

export function liquidWalls(plan: ScenePlan, trace: WorldTrace): WallsAt {
  const vessels = plan.entities.flatMap((e) => {
    const k = trace.bodies.findIndex((b) => b.id === e.id);
    return e.kind === 'object' && e.form && CONTAINER_FORMS.has(e.form) && k >= 0 ? [{ k, shape: new ContainerShape(objectModule(e.form)) }] : [];
  });
  return (frame) => {
    const row = trace.frames[Math.min(Math.max(0, frame), trace.frames.length - 1)] ?? [];
    return vessels.map(({ k, shape }) => {
      const o = k * FLOATS_PER_BODY;
      return { shape, position: [row[o]!, row[o + 1]!, row[o + 2]!], rotation: { x: row[o + 3]!, y: row[o + 4]!, z: row[o + 5]!, w: row[o + 6]! } };
    });
  };
}

// Whether a point (world, m) is in a container's wall or floor, or within `gapM` of its cavity's
// side: the liquid's surface is kept out of there.
export function inWall(walls: readonly LiquidWall[], x: number, y: number, z: number, gapM: number): boolean {
  const v = [0, 0, 0];
  for (const w of walls) {
    v[0] = x - w.position[0]; v[1] = y - w.position[1]; v[2] = z - w.position[2];
    rotate(v, w.rotation, true);
    const s = w.shape;
    const h = v[1]! + s.heightM / 2;
    if (h < 0 || h > s.heightM) continue;
    const r = Math.hypot(v[0]!, v[2]!);
    if (r > s.rOut(h) + gapM) continue;
    if (h < s.floorM || r > s.rIn(h) - gapM) return true;
  }
  return false;
}

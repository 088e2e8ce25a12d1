// The height of what a person could stand on under a point: a table's top, a stair's tread, a ramp's
// surface, else the ground (0). A cameo's card stands its feet on it.
import type { ScenePlan } from '../../../contract/scene-plan';
import { rampGeometry, tableGeometry } from '../../simulate/fixtures';
import { stairsGeometry } from '../../simulate/stairs';

export function surfaceHeight(plan: ScenePlan): (x: number, z: number) => number {
  const tops = plan.entities.flatMap((e) => {
    if (e.kind === 'table') {
      const g = tableGeometry(e);
      const [cx, , cz] = g.top.center;
      const [hx, , hz] = g.top.halfExtents;
      return [(x: number, z: number) => (Math.abs(x - cx) <= hx && Math.abs(z - cz) <= hz ? g.topY : 0)];
    }
    if (e.kind === 'stairs') {
      const g = stairsGeometry(e);
      const hz = e.size[2] ?? 0.6;
      return [(x: number, z: number) => (Math.abs(z - e.position[2]) <= hz ? g.treadY(x) : 0)];
    }
    if (e.kind === 'ramp') {
      const g = rampGeometry(e);
      const [cx, , cz] = e.position;
      const hx = e.size[0] ?? 1, hz = e.size[2] ?? 0.4;
      return [(x: number, z: number) => (Math.abs(x - cx) <= hx && Math.abs(z - cz) <= hz ? g.surfaceY(x) : 0)];
    }
    return [];
  });
  return (x, z) => tops.reduce((m, f) => Math.max(m, f(x, z)), 0);
}

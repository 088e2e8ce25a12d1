// Geometry of a flight of stairs, shared by the simulator (one box collider per step) and the frames
// (the same boxes drawn), so what a ball bounces on is what is drawn.
//
// Convention: position = centre of the flight's bounding box, size = half extents [hx, hy, hz]. The
// top step is at the -x end; the flight descends towards +x and its last step meets the floor at
// x + hx. Each step is a block from the floor to its tread, so the flight is solid underneath.
import type { Entity } from '../../contract/world-trace-types';
import type { BoxPart } from './fixtures';

// A comfortable stair: a 17 cm rise and a 28 cm tread (building codes allow about 15-19 and 25-30).
export const STEP_RISE_M = 0.17;
export const STEP_TREAD_M = 0.28;

export interface StairsGeometry {
  steps: BoxPart[];
  // Height of the tread under x (0 beyond the flight), and the top tread's height.
  treadY(x: number): number;
  topY: number;
  // x of the top tread's front edge (the first drop), and of the flight's high end.
  topEdgeX: number;
  highEndX: number;
}

export function stairsGeometry(entity: Pick<Entity, 'position' | 'size'>): StairsGeometry {
  const [cx, cy, cz] = entity.position;
  const hx = entity.size[0] ?? 1.12;
  const hy = entity.size[1] ?? 0.68;
  const hz = entity.size[2] ?? 0.6;
  const count = Math.max(1, Math.round((2 * hy) / STEP_RISE_M));
  const rise = (2 * hy) / count;
  const tread = (2 * hx) / count;
  const bottom = cy - hy;
  const high = cx - hx;
  const steps: BoxPart[] = [];
  for (let k = 0; k < count; k++) {
    // Step k counts from the top: its tread is (count - k) rises up, from x = high + k*tread.
    const top = bottom + (count - k) * rise;
    const x0 = high + k * tread;
    steps.push({ center: [x0 + tread / 2, (bottom + top) / 2, cz], halfExtents: [tread / 2, (top - bottom) / 2, hz] });
  }
  return {
    steps,
    treadY: (x) => {
      if (x < high || x > cx + hx) return 0;
      const k = Math.min(count - 1, Math.floor((x - high) / tread));
      return bottom + (count - k) * rise;
    },
    topY: bottom + count * rise,
    topEdgeX: high + tread,
    highEndX: high,
  };
}

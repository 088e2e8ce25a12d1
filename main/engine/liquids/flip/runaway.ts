// The FLIP liquid's guard against a particle the flow has lost: one whose place or velocity is not
// a number, that is faster than any pour or tap makes water go, or that has left the scene. Left
// in, one such particle spread the grid (grid.ts, laid over every particle) past its most cells and
// stopped the take; so it is parked where the lost wait (grid.ts's parkLost), out of the flow, and
// counted (flip.ts's work: the bench prints it). The liquid's volume (volume.ts) counts it as lost,
// so the volume checks still see it.
import { isParked, parkLost, PARKED_M } from './grid';

// Faster than this (m/s) no water in a scene goes: a fall from 10 m reaches 14 m/s.
const RUNAWAY_MPS = 50;
// The scene's extent (m): the set is a room about the origin, its floor at 0.
const SCENE_M = 20;

// Parks every runaway particle of the n at x (velocities v); returns how many it parked.
export function parkRunaways(x: Float64Array, v: Float64Array, n: number): number {
  let parked = 0;
  for (let i = 0; i < n; i++) {
    const px = x[3 * i]!, py = x[3 * i + 1]!, pz = x[3 * i + 2]!;
    const vx = v[3 * i]!, vy = v[3 * i + 1]!, vz = v[3 * i + 2]!;
    const speed2 = vx * vx + vy * vy + vz * vz;
    // A parked particle (a tap's waiting, or one lost already) is far above the scene by design,
    // and still; one thrown far off is not still (and a NaN place is never parked).
    if (speed2 === 0 && py > PARKED_M && isParked(x, i)) continue;
    const inside = Math.abs(px) <= SCENE_M && py >= -SCENE_M && py <= SCENE_M && Math.abs(pz) <= SCENE_M;
    if (inside && speed2 <= RUNAWAY_MPS * RUNAWAY_MPS) continue;
    parkLost(x, v, i, n);
    parked++;
  }
  return parked;
}

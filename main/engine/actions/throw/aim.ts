// Aiming a throw at a point: the launch velocity that brings a ball from `from` to `to` under the
// project's gravity (no drag: the simulation has none for a ball in flight), flying level at
// `acrossMps` along the ground, and how long it is in the air.
import type { Vec3 } from '../../../contract/scene-plan';
import { GRAVITY } from '../../physics/constants';

export interface Aim {
  velocity: Vec3;
  flightSec: number;
}

export function aimAt(from: Vec3, to: Vec3, acrossMps: number): Aim {
  const dx = to[0] - from[0];
  const dz = to[2] - from[2];
  const flightSec = Math.max(Math.hypot(dx, dz) / Math.max(acrossMps, 0.5), 0.1);
  // y(T) = from + vy T - g T^2 / 2 = to.
  const vy = (to[1] - from[1] + 0.5 * GRAVITY * flightSec * flightSec) / flightSec;
  return { velocity: [dx / flightSec, vy, dz / flightSec], flightSec };
}

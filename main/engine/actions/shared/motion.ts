// Small kinematics every action's schedule uses: facing, spin, step rounding.
import type { Entity, ScenePlan, Vec3 } from '../../../contract/world-trace-types';

export function plus(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function scaled(v: Vec3, k: number): Vec3 {
  return [v[0] * k, v[1] * k, v[2] * k];
}

// Spin for a ball moving horizontally at v that makes it roll, not skid, where it meets the floor.
export function rollingSpin(v: Vec3, radius: number): Vec3 {
  return [v[2] / radius, 0, -v[0] / radius];
}

export function facingTowards(from: Vec3, to: Vec3): number {
  // forward = (cos f, 0, -sin f), see body/skeleton.ts.
  return Math.atan2(-(to[2] - from[2]), to[0] - from[0]);
}

// Yaw that faces along a launch velocity; a straight-up (or zero) launch has no direction of its own.
export function facingAlong(v: Vec3, otherwise: () => number): number {
  return Math.hypot(v[0], v[2]) > 1e-6 ? Math.atan2(-v[2], v[0]) : otherwise();
}

// A bystander faces the middle of everything else in the scene, or the camera side (+z) when alone.
export function idleFacing(plan: ScenePlan, person: Entity): number {
  const others = plan.entities.filter((e) => e.id !== person.id && e.kind !== 'person');
  if (others.length === 0) return -Math.PI / 2;
  const c: Vec3 = [0, 0, 0];
  for (const e of others) {
    c[0] += e.position[0] / others.length;
    c[2] += e.position[2] / others.length;
  }
  if (Math.hypot(c[0] - person.position[0], c[2] - person.position[2]) < 0.05) return -Math.PI / 2;
  return facingTowards(person.position, c);
}

export const stepAt = (t: number, dt: number): number => Math.max(0, Math.round(t / dt));

export const byId = (plan: ScenePlan, id: string): Entity | undefined => plan.entities.find((e) => e.id === id);

// Velocity that carries a ball horizontally from `from` to `to` in `sec`, pushed down at `down` m/s.
export function pushVelocity(from: Vec3, to: Vec3 | undefined, sec: number, down: number): Vec3 {
  if (!to || sec <= 0) return [0, -down, 0];
  return [(to[0] - from[0]) / sec, -down, (to[2] - from[2]) / sec];
}

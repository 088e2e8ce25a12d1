// A regenerated range needs the world to go differently from where the range starts, without any
// body jumping or changing course in mid-air. Real bounces are never exactly alike: a ball's seam,
// a scuff on the floor or a box's corner sends each one off a few degrees and a few percent apart.
// So inside the range, every bounce that begins there comes off with such a seeded difference (its
// direction along the surface turned by a few degrees, its speeds off and along the surface scaled by
// a few percent, a little sideways deflection); outside it, physics runs untouched. The numbers for
// a bounce come from (seed, step, body), so re-running a range from any stored state gives the same.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Vec3 } from '../../contract/world-trace-types';
import { deriveSeed, mulberry32 } from '../seeded-random';
import type { BegunImpact } from './contacts';
import type { BounceVariation } from './run-state';

// Slower than this into the surface (m/s) is settling or rolling, not a bounce: left alone.
const MIN_BOUNCE_SPEED = 0.5;
// Spread of the variation (one standard deviation), about what separates two real bounces.
const TURN_SD_RAD = (5 * Math.PI) / 180;
const SPEED_SD = 0.04;
const DEFLECT_SD = 0.03;
const MAX_SCALE_CHANGE = 0.1;

const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const add = (a: Vec3, b: Vec3, k = 1): Vec3 => [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
const clampScale = (x: number): number => Math.min(1 + MAX_SCALE_CHANGE, Math.max(1 - MAX_SCALE_CHANGE, x));

// A unit vector along the surface (perpendicular to n), whatever n is.
function tangent(n: Vec3): Vec3 {
  const t = cross(n, Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]);
  const l = Math.hypot(...t) || 1;
  return [t[0] / l, t[1] / l, t[2] / l];
}

// The velocity a bounce leaves with, varied: v = vn * n + vt, with vt turned about n.
export function variedVelocity(v: Vec3, n: Vec3, seed: number): Vec3 {
  const rng = mulberry32(seed);
  const vnSpeed = dot(v, n);
  const vt = add(v, n, -vnSpeed);
  const turn = rng.normal(0, TURN_SD_RAD);
  // Rodrigues' rotation of vt about n (vt is perpendicular to n, so the n-term vanishes).
  const turned = add(vt.map((x) => x * Math.cos(turn)) as Vec3, cross(n, vt), Math.sin(turn));
  const t1 = tangent(n);
  const t2 = cross(n, t1);
  const side = rng.uniform(0, 2 * Math.PI);
  const deflect = Math.abs(vnSpeed) * rng.normal(0, DEFLECT_SD);
  const along = add(turned.map((x) => x * clampScale(rng.normal(1, SPEED_SD))) as Vec3, add(t1.map((x) => x * Math.cos(side)) as Vec3, t2, Math.sin(side)), deflect);
  return add(along, n, vnSpeed * clampScale(rng.normal(1, SPEED_SD)));
}

export function varyBounces(begun: readonly BegunImpact[], step: number, variation: BounceVariation | null): void {
  if (!variation || step < variation.fromStep || step >= variation.toStep) return;
  const done = new Set<number>();
  for (const impact of begun) {
    if (impact.closing < MIN_BOUNCE_SPEED) continue;
    impact.bodies.forEach((body: RigidBody, side) => {
      if (!body.isDynamic() || done.has(body.handle)) return;
      done.add(body.handle);
      // The normal points from the first body to the second; the second body leaves along -n.
      const n: Vec3 = side === 0 ? impact.normal : [-impact.normal[0], -impact.normal[1], -impact.normal[2]];
      const away: Vec3 = [-n[0], -n[1], -n[2]];
      const v = body.linvel();
      const next = variedVelocity([v.x, v.y, v.z], away, deriveSeed(variation.seed, `bounce:${step}:${body.handle}`));
      body.setLinvel({ x: next[0], y: next[1], z: next[2] }, true);
    });
  }
}

// The liquid's solids as the native solver reads them (native/liquid/src/colliders.cc): one flat
// list of numbers, [count, then each solid as its kind code and its numbers], written afresh before
// every step so a moving container or stone is where its rigid body is now.
//   floor:     FLOOR, y
//   box:       BOX, half x y z, pose, motion, immersed (1 or 0), mass
//   sphere:    SPHERE, radius, centre x y z, motion, mass
//   container: CONTAINER, pose, pose at the last step, motion, height, floor, outer profile, cavity profile
// A pose is position x y z then rotation x y z w; a motion is velocity, angular velocity and centre of
// mass (x y z each, motion.ts); a mass is in the liquid's particles' masses (0: one the liquid does
// not move within its step: fluid-solids.ts's massInParticles); a profile is its point count, then
// (radius, height) pairs.
import type { Pose } from './container';

export const SOLID_CODE = { floor: 1, box: 2, sphere: 3, container: 4 } as const;

export function pushPose(out: number[], pose: Pose): void {
  const { position: t, rotation: q } = pose;
  out.push(t.x, t.y, t.z, q.x, q.y, q.z, q.w);
}

export function pushProfile(out: number[], profile: readonly (readonly [number, number])[]): void {
  out.push(profile.length);
  for (const [r, y] of profile) out.push(r, y);
}

// A person reaching with their right hand for a point (the wrist of their own hand at work on a
// table, engine/hands/): they lean from the hips towards it only as far as it needs, and the arm bends
// at the elbow, down and out, to put the wrist there. Applied to a pose after their rig made it, so
// whatever they were doing (standing, breathing) carries on around the reach.
import { BODY, type Joint, type PersonPose } from './skeleton';
import { twoBone } from './ik';
import { add, cross, len, normalize, scale, sub, type V } from './vector';

// The most a person standing at a table bends forward from the hips to reach something (rad): 45
// degrees, a deep lean over the table; at 57 a child reaching up to a tower's top was drawn lying
// across the table. And how far short of a straight arm the reach stays (a locked elbow looks wrong).
export const MAX_LEAN = Math.PI / 4;
const REACH_SHARE = 0.96;

// How far from the shoulder a person of height H (m) puts their wrist without leaning (m).
export const armReachM = (H: number): number => REACH_SHARE * (BODY.upperArm + BODY.forearm) * H;
// Joints that move with the upper body when it leans from the hips.
const UPPER: readonly Joint[] = ['chest', 'neck', 'head', 'chin', 'shoulderL', 'elbowL', 'handL', 'shoulderR', 'elbowR', 'handR'];

// Rotates p about the axis through `pivot` along unit `k` by angle a (Rodrigues).
function rotateAbout(p: V, pivot: V, k: V, a: number): V {
  const v = sub(p, pivot);
  const c = Math.cos(a), s = Math.sin(a);
  const kv = k[0] * v[0] + k[1] * v[1] + k[2] * v[2];
  return add(pivot, add(add(scale(v, c), scale(cross(k, v), s)), scale(k, kv * (1 - c))));
}

// How far the upper body leans for the right shoulder to come within reach of `wrist`: the least lean
// that does, found by bisection (so it changes smoothly as the wrist moves). When no lean up to the
// most there is does, the one that brings the shoulder nearest (a wrist above the shoulder is not
// reached by bending down: taking the most lean there drew a child flat across the table for a
// frame while his hand went up).
function leanFor(pose: PersonPose, wrist: V, pivot: V, axis: V, reach: number): number {
  const gap = (a: number): number => len(sub(rotateAbout(pose.shoulderR as V, pivot, axis, a), wrist));
  const within = (a: number): boolean => gap(a) <= reach;
  if (within(0)) return 0;
  if (!within(MAX_LEAN)) return nearestLean(gap);
  let lo = 0, hi = MAX_LEAN;
  for (let i = 0; i < 20; i++) {
    const m = (lo + hi) / 2;
    if (within(m)) hi = m;
    else lo = m;
  }
  return hi;
}

// The lean in [0, MAX_LEAN] that brings the shoulder nearest the wrist (its distance to a fixed
// point, turning about one axis, has one least value over a range this short): ternary search.
function nearestLean(gap: (a: number) => number): number {
  let lo = 0, hi = MAX_LEAN;
  for (let i = 0; i < 30; i++) {
    const m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3;
    if (gap(m1) <= gap(m2)) hi = m2;
    else lo = m1;
  }
  return (lo + hi) / 2;
}

// Bends the pose (in place) so its right wrist is at `wrist`; H is the person's height (m).
export function reachRight(pose: PersonPose, wrist: V, H: number): void {
  const upper = BODY.upperArm * H, fore = BODY.forearm * H;
  const left = normalize(sub(pose.shoulderL as V, pose.shoulderR as V), [1, 0, 0]);
  const pivot = pose.pelvis as V;
  // Bend at the hips towards the wrist, about the level axis across that direction (up x towards:
  // turning about it tips the chest towards the wrist).
  const towards = normalize([wrist[0] - pivot[0], 0, wrist[2] - pivot[2]], [0, 0, 1]);
  const axis = cross([0, 1, 0], towards);
  const lean = leanFor(pose, wrist, pivot, axis, armReachM(H));
  if (lean > 0) for (const j of UPPER) pose[j] = rotateAbout(pose[j] as V, pivot, axis, lean);
  // The elbow bends down and out to the right (away from the body).
  const pole: V = [-left[0] * 0.6, -1, -left[2] * 0.6];
  const arm = twoBone(pose.shoulderR as V, wrist, upper, fore, pole);
  pose.elbowR = arm.joint;
  pose.handR = arm.end;
}

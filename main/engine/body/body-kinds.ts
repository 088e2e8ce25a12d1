// Where men's, women's and children's frames differ, as fractions of standing height: a woman's
// shoulders are narrower than a man's and her hips wider (shoulders about 1.15 times the hips'
// width against a man's 1.4, from adult surveys), her neck slimmer. The simulator poses everyone on
// the one skeleton (skeleton.ts BODY); the drawn body moves the shoulder joints to its kind's spread.
import { idleRig } from './idle';
import { poseFromRig } from './pose-from-rig';
import { BODY, type PersonPose } from './skeleton';
import { add, scale, sub, type V } from './vector';

export type BodyKind = 'masc' | 'fem' | 'child';

export interface BodyKindProportions {
  // Half the distance between the shoulder joints.
  shoulderHalfWidth: number;
  // Half the hips' width over the flesh at the pelvis.
  hipHalfWidth: number;
  // The neck's half-width at its base and under the skull.
  neckHalfWidth: number;
}

export const BODY_KINDS: Record<BodyKind, BodyKindProportions> = {
  masc: { shoulderHalfWidth: BODY.shoulderHalfWidth, hipHalfWidth: 0.084, neckHalfWidth: 0.034 },
  fem: { shoulderHalfWidth: 0.094, hipHalfWidth: 0.097, neckHalfWidth: 0.029 },
  child: { shoulderHalfWidth: 0.1, hipHalfWidth: 0.08, neckHalfWidth: 0.031 },
};

// Moves a pose's shoulder joints (in place) to the kind's spread for a person of height H: each
// slides along the line between them, the elbow half as far, the hand stays where the rig put it
// (it may hold something), so the arm turns a degree or two about it.
export function spreadShoulders(pose: PersonPose, kind: BodyKind, H: number): void {
  const half = BODY_KINDS[kind].shoulderHalfWidth * H;
  const l = pose.shoulderL as V, r = pose.shoulderR as V;
  const across = sub(r, l);
  const now = Math.hypot(across[0], across[1], across[2]) / 2;
  if (now < 1e-6 || Math.abs(now - half) < 1e-6) return;
  const step = scale(across, (half - now) / (2 * now));
  for (const [s, k] of [['R', 1], ['L', -1]] as const) {
    const move = scale(step, k);
    pose[`shoulder${s}`] = add(pose[`shoulder${s}`] as V, move);
    pose[`elbow${s}`] = add(pose[`elbow${s}`] as V, scale(move, 0.5));
  }
}

// How high a person standing at rest reaches (m above their feet), for a person of height H: their
// shoulders (what they build up to at a table: a child's tower stops below them) and the crown of
// their head, as the idle pose stands them (the skeleton's bare fractions put the shoulders 1-2 cm
// higher than any pose does).
export function standingReachM(H: number): { shoulderM: number; crownM: number } {
  const pose = poseFromRig(idleRig, { entityId: 'reach', animation: 'idle', startSec: 0, releaseSec: 0, facing: 0, position: [0, 0, 0] }, H, 0);
  return { shoulderM: Math.min(pose.shoulderL[1], pose.shoulderR[1]), crownM: pose.head[1] + BODY.headRadius * H };
}

// A person's pose at any moment, for whichever action their track plays: shared by the simulation
// (where a held ball sits until release) and the frames (where the limbs are drawn), so the two can
// never disagree. Action modules never import this file; they pose with their own rig.
import type { ActorTrack, Vec3 } from '../../contract/world-trace-types';
import { heldBallCentre } from '../body/hold';
import { idleRig } from '../body/idle';
import { poseFromRig } from '../body/pose-from-rig';
import type { PersonPose, PersonPoseFn } from '../body/skeleton';
import { poseRigFor } from './index';

export const personPose: PersonPoseFn = (track, heightM, t): PersonPose => poseFromRig(poseRigFor(track.animation)?.rig ?? idleRig, track, heightM, t);

// Where a held ball's centre is at time t (valid up to the release).
export function ballHoldPosition(track: ActorTrack, heightM: number, t: number, ballRadius: number): Vec3 {
  return heldBallCentre(personPose(track, heightM, t), poseRigFor(track.animation)?.hold ?? 'two-hands', ballRadius);
}

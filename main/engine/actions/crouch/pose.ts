// Crouching: the knees bend, the hips drop and go back, the back leans forward and the hands come to
// rest over the knees, the feet planted where they stood; held, or risen from again. A person's hand
// then reaches the floor (a ball rolled from the hand, a thing picked up: their own hand, engine/
// hands/, takes the right arm over, the left stays on its knee). Every height is a share of the
// person's own proportions (body/skeleton.ts).
import type { ActorTrack } from '../../../contract/world-trace-types';
import { CROUCH_DOWN_SEC } from '../../../contract/plan-rules';
import { buildPose } from '../../body/build-pose';
import { idleRig } from '../../body/idle';
import { channel, type Key } from '../../body/keyframes';
import type { BodyState, Rig } from '../../body/rig';
import { BODY } from '../../body/skeleton';
import { lerp, lerpV, mid, sub, type V } from '../../body/vector';

// Going down and coming back up (s): a deliberate crouch, not a drop. The plan's rules check a
// rise against the descent, so its length lives with them (contract/plan-rules.ts).
export const DOWN_SEC = CROUCH_DOWN_SEC;
export const UP_SEC = 0.8;

// The pelvis at the bottom, from the leg's own lengths: its hip joint a little above the knee's
// height (the ankle's, and most of a shin), the thighs just short of level: a deep crouch a person
// holds on flat feet. Lower, the knees fold past a squat people hold; higher, a hand on a 1.75 m man
// stopped 8 cm short of a ball on the floor.
const HIP_OVER_ANKLE_SHINS = 0.7;
// How far the pelvis goes back behind the ankles (in thigh lengths): the weight stays over the feet
// as the back leans forward (the test measures the centre of mass between heel and toe).
const HIPS_BACK_THIGHS = 0.5;
// The back's lean forward from upright (rad, ~60 degrees): shoulders over the knees.
const LEAN_RAD = 1.05;
// The head comes up against the lean, looking ahead along the floor rather than at the feet (rad).
const LOOK_AHEAD_RAD = -0.3;
// The palms cup the fronts of the knees: this far ahead of the knee joint and below it (in shin
// lengths). In a crouch this deep the shoulders sit right over the knees, so a palm on TOP of the
// knee (a quarter shin above the joint, as before) folded the arm to a sixth of its length and drew
// the hands in front of the chest; over the front, the forearm lies across the knee as people rest.
const PALM_AHEAD_SHINS = 0.25;
const PALM_BELOW_SHINS = 0.1;
// The elbows' pole (body/rig.ts elbowUp): out to the sides and forward over the knees, not tucked
// back into the thighs as a hanging arm's are.
const ELBOWS_OVER_KNEES = 0.7;

// The pelvis's drop (m) and where it sits back from the stance point (forward, m) at the bottom.
export function crouchHips(H: number): { drop: number; back: number } {
  const hipY = (BODY.ankleHeight + HIP_OVER_ANKLE_SHINS * BODY.shin) * H;
  return { drop: BODY.hipHeight * H - hipY, back: HIPS_BACK_THIGHS * BODY.thigh * H };
}

// The body at the bottom of the crouch, its feet where standing put them (the idle rig's), the palms
// on the knees (placed from the legs' own bend, which buildPose works out).
function crouched(stand: BodyState, H: number): BodyState {
  const { drop, back } = crouchHips(H);
  // buildPose sets the pelvis back a quarter of the drop by itself; the root takes it the rest of the way.
  const body: BodyState = { ...stand, drop, lean: LEAN_RAD, headTilt: LOOK_AHEAD_RAD, root: [-(back - 0.25 * drop), 0], sway: 0, breathe: 0 };
  const pose = buildPose({ entityId: '', animation: 'idle', startSec: 0, releaseSec: 0, facing: 0, position: [0, 0, 0] }, H, body);
  const shoulders = mid(pose.shoulderL as V, pose.shoulderR as V);
  const onKnee = (knee: V): V => {
    const d = sub(knee, shoulders);
    return [d[0] + PALM_AHEAD_SHINS * BODY.shin * H, d[1] - PALM_BELOW_SHINS * BODY.shin * H, d[2]];
  };
  return { ...body, elbowUp: ELBOWS_OVER_KNEES, handR: onKnee(pose.kneeR as V), handL: onKnee(pose.kneeL as V) };
}

// When the crouch goes down (startSec), reaches the bottom (releaseSec) and starts back up (the
// first beat; none: held to the end of the clip).
export interface CrouchTimes {
  down: number;
  bottom: number;
  rise: number | null;
}
export const crouchTimes = (track: ActorTrack): CrouchTimes => ({ down: track.startSec, bottom: track.releaseSec, rise: track.beats?.[0] ?? null });

// How far down the crouch is at t (0 standing .. 1 at the bottom), eased at both ends.
export function crouchDepth(times: CrouchTimes, t: number): number {
  const keys: Key[] = [[times.down, 0], [times.bottom, 1]];
  if (times.rise !== null) keys.push([times.rise, 1], [times.rise + UP_SEC, 0]);
  return channel(keys, t);
}


export function crouchRig(track: ActorTrack, H: number): Rig {
  const idle = idleRig(track, H);
  const times = crouchTimes(track);
  const bottom = crouched(idle(0), H);
  return (t) => {
    const stand = idle(t);
    const u = crouchDepth(times, t);
    if (u <= 0) return stand;
    const root = bottom.root ?? [0, 0];
    return {
      ...stand,
      drop: lerp(stand.drop, bottom.drop, u),
      lean: lerp(stand.lean, bottom.lean, u),
      headTilt: lerp(stand.headTilt, bottom.headTilt, u),
      elbowUp: lerp(stand.elbowUp, bottom.elbowUp, u),
      root: [root[0] * u, 0],
      handR: lerpV(stand.handR, bottom.handR, u),
      handL: lerpV(stand.handL, bottom.handL, u),
      // Breath and sway settle as the body folds: a crouched back hardly sways.
      sway: stand.sway * (1 - u),
      breathe: stand.breathe * (1 - 0.5 * u),
    };
  };
}

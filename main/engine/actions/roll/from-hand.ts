// A ball rolled along the floor from a person's hand ("a man rolls a ball across the floor"): they
// hold it at their side, crouch (actions/crouch/) while the arm takes it back, swing it forward
// like a pendulum from the shoulder down to the floor and let go at the bottom of the swing, where
// the hand moves level; the ball leaves at the hand's own speed there, rolling. They rise after.
// The ball is carried (held still by its control) until the release, so it is where the palm is.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import { poseFromRig } from '../../body/pose-from-rig';
import { heightOf } from '../../body/skeleton';
import { PALM_HALF, palmHanging } from '../../hands/hand-shape';
import { HandScript, poseAt, type HandPlan } from '../../hands/path';
import { crouchRig, DOWN_SEC, UP_SEC } from '../crouch/pose';
import { crouchTrack } from '../crouch/schedule';
import { handId } from '../shared/hand-moves';
import { rollingSpin } from '../shared/motion';
import type { OwnArm } from '../shared/own-hand';

// The swing: back this far from straight down (rad), then forward to the bottom (s), where the
// fingers open; the follow-through carries on up in front, slowing (s); then a pause before rising.
const BACK_RAD = 0.5;
export const SWING_SEC = 0.35;
const FOLLOW_SEC = 0.3;
const PAUSE_SEC = 0.25;
// The swing's plane is out to the side of the right shoulder by this share of the height, so the
// ball passes beside the right foot, not over it.
const OUT_SHARE = 0.05;
// The ball's lowest point in the swing is this far above resting on the floor (m): let go, it
// drops onto the floor and is heard touching down.
const ABOVE_FLOOR_M = 0.005;
// Standing, the ball is held at the side: the palm this far forward of and below the shoulder
// (shares of the height), within the arm's reach.
const CARRY_AHEAD = 0.08;
const CARRY_BELOW = 0.28;
// The swing is written as level keys this far apart (s), so its speed runs on through the release.
const SAMPLE_SEC = 1 / 60;

export interface Bowl {
  plan: HandPlan;
  track: ActorTrack;
  releaseSec: number;
  // The ball's centre while it is held, and its velocity and spin when let go.
  ballAt: (t: number) => Vec3;
  velocity: Vec3;
  angvel: Vec3;
}

// The bowl for a person (facing +x, the way the ball rolls) who lets go at releaseSec; `arm`: their
// own arm (ownArm), whose resting hand the path comes back to.
export function bowlFromHand(person: Entity, ballRadius: number, releaseSec: number, arm?: OwnArm): Bowl {
  const H = heightOf(person);
  const downSec = releaseSec - SWING_SEC - DOWN_SEC;
  const track = crouchTrack(person.id, person.position, 0, downSec, releaseSec + FOLLOW_SEC + PAUSE_SEC);
  const standing = poseFromRig(crouchRig, track, H, 0).shoulderR;
  const pivot = poseFromRig(crouchRig, track, H, downSec + DOWN_SEC).shoulderR;
  const out = OUT_SHARE * H;
  const R = pivot[1] - (ballRadius + ABOVE_FLOOR_M);
  const palmAt = (theta: number): Vec3 => [pivot[0] + R * Math.sin(theta), pivot[1] - R * Math.cos(theta), pivot[2] + out];
  const q = palmHanging(-1, 0);
  const carry: Vec3 = [standing[0] + CARRY_AHEAD * H, standing[1] - CARRY_BELOW * H, standing[2] + out];
  const s = new HandScript(0, carry, q).to(downSec, carry).to(DOWN_SEC, palmAt(-BACK_RAD));
  // Down and forward, speeding up (theta = -BACK (1 - u^2)), then on up in front, slowing at the
  // rate it came: the angle it carries on through is the swing's speed times half its time.
  const omega = (2 * BACK_RAD) / SWING_SEC;
  const on = (omega * FOLLOW_SEC) / 2;
  for (let k = 1; k * SAMPLE_SEC <= SWING_SEC + 1e-9; k++) s.to(SAMPLE_SEC, palmAt(-BACK_RAD * (1 - ((k * SAMPLE_SEC) / SWING_SEC) ** 2)), 'linear');
  const released = s.t;
  for (let k = 1; k * SAMPLE_SEC <= FOLLOW_SEC + 1e-9; k++) {
    const u = (k * SAMPLE_SEC) / FOLLOW_SEC;
    s.to(SAMPLE_SEC, palmAt(on * (1 - (1 - u) ** 2)), 'linear');
  }
  s.to(PAUSE_SEC, s.last.p).to(UP_SEC, arm?.rest ?? carry, 'smooth', arm?.restQ ?? q);
  const ahead = ballRadius + PALM_HALF[1];
  const ballAt = (t: number): Vec3 => {
    const p = poseAt(s.keys, Math.min(t, released)).p;
    return [p[0] + ahead, p[1], p[2]];
  };
  // The ball's velocity at the release is the hand's over the swing's last step.
  const a = ballAt(released - SAMPLE_SEC), b = ballAt(released);
  const velocity: Vec3 = [(b[0] - a[0]) / SAMPLE_SEC, (b[1] - a[1]) / SAMPLE_SEC, (b[2] - a[2]) / SAMPLE_SEC];
  const wrapM = ballRadius;
  const plan: HandPlan = { id: handId(), keys: s.keys, grips: [], wraps: [{ t: 0, closes: true, wrapM }, { t: released, closes: false, wrapM }], shoulder: arm?.shoulder ?? standing, ...(arm ? { owner: arm.owner } : {}) };
  return { plan, track, releaseSec: released, ballAt, velocity, angvel: rollingSpin(velocity, ballRadius) };
}

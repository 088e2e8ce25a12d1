// The dribble: gather the ball at the belly, push it down with both hands, then meet every bounce
// with the right palm at the top and push it down again.
import type { ActorTrack, Vec3 } from '../../../contract/world-trace-types';
import { channel, vchannel, vkeys, type Key } from '../../body/keyframes';
import { poseFromRig } from '../../body/pose-from-rig';
import { HOLD_HALF_SPREAD, restHand, type Rig } from '../../body/rig';
import { heldBallCentre } from '../../body/hold';
import { add, sub, type V } from '../../body/vector';

// Dribble: the gather starts at startSec; both hands push the ball down for the first bounce this
// much later. Between beats the hand pushes for a moment, then rises to meet the ball again.
export const DRIBBLE_FIRST_PUSH_AFTER_START = 0.5;
// Beat interval used to pose a dribble whose track has no beats yet (before the simulation).
export const DEFAULT_DRIBBLE_BEAT_SEC = 0.6;
// Length of the push stroke after each beat.
const DRIBBLE_PUSH_SEC = 0.07;
// The palm centre sits this far (fraction of height) above the top of the ball it is pushing.
const DRIBBLE_PALM_ABOVE_BALL = 0.02;


// After the catch, how long the hands take to bring the ball from the top of its bounce to both palms.
export const DRIBBLE_GATHER_SEC = 0.3;

// The moments the hand meets the ball (the first is the two-handed push that starts the dribble).
export function dribbleBeats(track: ActorTrack): number[] {
  if (track.beats && track.beats.length > 0) return track.beats;
  const out: number[] = [];
  for (let i = 0; i < 40; i++) out.push(track.releaseSec + i * DEFAULT_DRIBBLE_BEAT_SEC);
  return out;
}

export function dribbleRig(track: ActorTrack, H: number): Rig {
  const beats = dribbleBeats(track);
  const t0 = beats[0] ?? track.releaseSec;
  const s = Math.min(track.startSec, t0 - 0.05);
  const HS = HOLD_HALF_SPREAD;
  // The ball held at the belly, then carried to the right front where it is pushed down.
  const m0: V = [0.17 * H, -0.24 * H, 0.02 * H];
  const m1: V = [0.18 * H, -0.2 * H, 0.08 * H];
  const pushed = add(m1, [0.01 * H, -0.05 * H, 0]);
  const top: V = [0.19 * H, -0.22 * H, 0.17 * H];
  const bottom: V = [0.17 * H, -0.265 * H, 0.165 * H];
  const guard: V = [0.14 * H, -0.18 * H, -0.2 * H];
  const rTimes = [0, s, t0, t0 + DRIBBLE_PUSH_SEC];
  const rValues: V[] = [add(m0, [0, 0, HS]), add(m0, [0, 0, HS]), add(m1, [0, 0, HS]), add(pushed, [0, 0, HS])];
  // Every later beat: the palm arrives on top of the ball as it stops rising, rides it down for the
  // push, and rises again to meet the next bounce.
  const caught = track.catchSec;
  for (let i = 1; i < beats.length; i++) {
    const b = beats[i] as number;
    if (b <= (rTimes[rTimes.length - 1] as number) + 0.05 || (caught !== undefined && b >= caught)) continue;
    rTimes.push(b, b + DRIBBLE_PUSH_SEC);
    rValues.push(top, bottom);
  }
  const lTimes = [0, s, t0, t0 + DRIBBLE_PUSH_SEC, t0 + 0.35];
  const lValues: V[] = [sub(m0, [0, 0, HS]), sub(m0, [0, 0, HS]), sub(m1, [0, 0, HS]), sub(pushed, [0, 0, HS]), guard];
  if (caught !== undefined) {
    // The catch: the palm takes the ball on top of its last bounce, the left hand comes to its other
    // side, and both bring it back to the belly where the dribble began.
    rTimes.push(caught, caught + DRIBBLE_GATHER_SEC, caught + DRIBBLE_GATHER_SEC + 0.4);
    rValues.push(top, add(m1, [0, 0, HS]), add(m0, [0, 0, HS]));
    lTimes.push(Math.max(caught - 0.1, t0 + 0.4), caught + DRIBBLE_GATHER_SEC, caught + DRIBBLE_GATHER_SEC + 0.4);
    lValues.push(guard, sub(m1, [0, 0, HS]), sub(m0, [0, 0, HS]));
  } else {
    // After the last beat (only inside the clip when the floor is too dead to dribble on) the arm relaxes.
    rTimes.push((rTimes[rTimes.length - 1] as number) + 0.6);
    rValues.push(restHand(H, 1));
  }
  const handR = vkeys(rTimes, rValues);
  const handL = vkeys(lTimes, lValues);
  // Knees: a low athletic stance, with a small dip after each push.
  const dropKeys: Key[] = [[s, 0.03 * H], [t0, 0.07 * H]];
  for (let i = 1; i < beats.length; i++) {
    const b = beats[i] as number;
    const next = beats[i + 1];
    if (b <= t0 + 0.1 || (track.catchSec !== undefined && b >= track.catchSec)) continue;
    dropKeys.push([b, 0.07 * H]);
    if (next !== undefined && next - b > 0.25) dropKeys.push([b + 0.12, 0.078 * H]);
  }
  const lean: Key[] = [[s, 0.06], [t0, 0.18]];
  // Holding the caught ball, the dribbler straightens up.
  if (caught !== undefined) {
    dropKeys.push([caught + DRIBBLE_GATHER_SEC + 0.4, 0.03 * H]);
    lean.push([caught, 0.18], [caught + DRIBBLE_GATHER_SEC + 0.4, 0.06]);
  }
  // Right foot back, left foot forward: the ball bounces ahead of the right foot, clear of it.
  const footR: V = [-0.05 * H, 0, 0.1 * H];
  const footL: V = [0.06 * H, 0, -0.09 * H];
  return (t) => ({
    drop: channel(dropKeys, t),
    lift: 0,
    lean: channel(lean, t),
    headTilt: 0.1,
    handR: vchannel(handR, t),
    handL: vchannel(handL, t),
    elbowUp: 0,
    footR,
    footL,
    // A dribbler's pose repeats exactly from beat to beat, so the hand meets each bounce at the
    // same place; no breathing sway here.
    sway: 0,
    breathe: 0,
  });
}

// Where the centre of the ball is when the right palm sits on top of it at beat `index` (>= 1).
export function dribbleBallTop(track: ActorTrack, heightM: number, ballRadius: number, index: number): Vec3 {
  const beats = dribbleBeats(track);
  const t = beats[Math.min(Math.max(index, 1), beats.length - 1)] ?? track.releaseSec;
  const hand = poseFromRig(dribbleRig, track, heightM, t).handR;
  return [hand[0], hand[1] - ballRadius - DRIBBLE_PALM_ABOVE_BALL * heightM, hand[2]];
}

export const dribblePose = (track: ActorTrack, heightM: number, t: number) => poseFromRig(dribbleRig, track, heightM, t);

// Where the caught ball's centre is at time t (after the catch): under the palm that took it,
// moving over to between both palms as the left hand comes to it.
export function dribbleCaughtBall(track: ActorTrack, heightM: number, ballRadius: number, t: number): Vec3 {
  const pose = poseFromRig(dribbleRig, track, heightM, t);
  const hand = pose.handR;
  const palm: V = [hand[0], hand[1] - ballRadius - DRIBBLE_PALM_ABOVE_BALL * heightM, hand[2]];
  const both = heldBallCentre(pose, 'two-hands', ballRadius);
  const x = Math.min(Math.max((t - (track.catchSec ?? t)) / DRIBBLE_GATHER_SEC, 0), 1);
  const k = x * x * (3 - 2 * x);
  return [palm[0] + (both[0] - palm[0]) * k, palm[1] + (both[1] - palm[1]) * k, palm[2] + (both[2] - palm[2]) * k];
}

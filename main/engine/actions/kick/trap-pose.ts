// The trap: the one a ball is passed to stands facing the passer, lifts the right foot a little ahead
// as the ball comes (the track's releaseSec), and puts the sole on top of it, holding it there.
import type { ActorTrack, Vec3 } from '../../../contract/world-trace-types';
import { channel, vchannel, vkeys, type Key } from '../../body/keyframes';
import { breathing, restHand, toWorld, type Rig } from '../../body/rig';
import { BODY } from '../../body/skeleton';

// The foot is up this long before the ball arrives; the ball stops under the sole this far ahead of
// the stance and this far to the right (fractions of height).
const LIFT_BEFORE_SEC = 0.35;
const TRAP_AHEAD = 0.2;
const TRAP_RIGHT = 0.06;
// How far the ankle sits above the top of the ball it is on (fraction of height): the shoe's sole.
const SOLE = 0.01;

// Where the trapped ball's centre rests on the ground (radius r).
export function trapPoint(track: ActorTrack, H: number, r: number): Vec3 {
  const p = toWorld(track, [TRAP_AHEAD * H, r, TRAP_RIGHT * H]);
  return [p[0], p[1], p[2]];
}

export function trapRig(track: ActorTrack, H: number, r = 0.11): Rig {
  const arrive = track.releaseSec;
  const lift = Math.max(track.startSec, arrive - LIFT_BEFORE_SEC);
  // Ankle heights above its rest: raised over the ball's path, then on top of the ball. The ankle is
  // a little behind the toe that covers the ball.
  const onBall = 2 * r + SOLE * H - BODY.ankleHeight * H;
  const at: [number, number, number] = [TRAP_AHEAD * H - 0.05 * H, onBall, TRAP_RIGHT * H];
  const foot = vkeys([lift - 0.3, lift, arrive, arrive + 0.1], [[-0.02 * H, 0, 0.07 * H], [0.06 * H, onBall + 0.04 * H, 0.07 * H], [at[0], onBall + 0.02 * H, at[2]], at]);
  const lean: Key[] = [[lift, 0.02], [arrive, 0.08]];
  const breath = breathing(track, H);
  return (t) => {
    const { sway, breathe } = breath(t);
    return {
      drop: 0.02 * H,
      lift: 0,
      lean: channel(lean, t),
      headTilt: 0.15,
      handR: restHand(H, 1),
      handL: [0.04 * H, -0.3 * H, -0.16 * H],
      elbowUp: 0,
      footR: vchannel(foot, t),
      footL: [-0.02 * H, 0, -0.07 * H],
      sway: sway * 0.3,
      breathe,
    };
  };
}

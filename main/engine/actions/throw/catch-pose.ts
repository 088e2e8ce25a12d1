// The catch: the one thrown to raises both hands in front of the chest, palms open towards the
// thrower, closes them on the ball as it arrives (the track's releaseSec), gives with it into the
// chest, and holds it there.
import type { ActorTrack, Vec3 } from '../../../contract/world-trace-types';
import { heldBallCentre } from '../../body/hold';
import { channel, vchannel, vkeys, type Key } from '../../body/keyframes';
import { poseFromRig } from '../../body/pose-from-rig';
import { breathing, HOLD_HALF_SPREAD, restHand, type Rig } from '../../body/rig';
import type { V } from '../../body/vector';

// The hands are up and open this long before the ball arrives, and bring it in to the chest over this long after.
const READY_BEFORE_SEC = 0.4;
export const CATCH_GIVE_SEC = 0.35;
// Half the gap between the open palms waiting for the ball (metres).
const OPEN_HALF_SPREAD = 0.17;

// Where the hands wait (forward, up from the shoulders, right; fractions of height), and where they hold the caught ball.
const reach = (H: number, halfSpread: number, side: 1 | -1): V => [0.25 * H, -0.09 * H, side * halfSpread];
const hug = (H: number, side: 1 | -1): V => [0.17 * H, -0.16 * H, side * HOLD_HALF_SPREAD];

export function catchRig(track: ActorTrack, H: number): Rig {
  const arrive = track.releaseSec;
  const ready = Math.max(track.startSec + 0.05, arrive - READY_BEFORE_SEC);
  const s = Math.min(track.startSec, ready - 0.3);
  const hand = (side: 1 | -1) =>
    vkeys([s, ready, arrive, arrive + CATCH_GIVE_SEC], [restHand(H, side), reach(H, OPEN_HALF_SPREAD, side), reach(H, HOLD_HALF_SPREAD, side), hug(H, side)]);
  const right = hand(1);
  const left = hand(-1);
  const breath = breathing(track, H);
  // Knees give a little as the ball is taken; the body leans into the reach.
  const drop: Key[] = [[s, 0.01 * H], [ready, 0.03 * H], [arrive + 0.1, 0.05 * H], [arrive + CATCH_GIVE_SEC + 0.4, 0.02 * H]];
  const lean: Key[] = [[s, 0.02], [ready, 0.12], [arrive, 0.1], [arrive + CATCH_GIVE_SEC, 0.02]];
  return (t) => {
    const { sway, breathe } = breath(t);
    return {
      drop: channel(drop, t),
      lift: 0,
      lean: channel(lean, t),
      headTilt: 0.05,
      handR: vchannel(right, t),
      handL: vchannel(left, t),
      elbowUp: 0,
      footR: [-0.03 * H, 0, 0.07 * H],
      footL: [0.04 * H, 0, -0.07 * H],
      sway: sway * 0.3,
      breathe,
    };
  };
}

// Where the ball's centre is between the catcher's palms at time t.
export function caughtBallAt(track: ActorTrack, H: number, ballRadius: number, t: number): Vec3 {
  return heldBallCentre(poseFromRig(catchRig, track, H, t), 'two-hands', ballRadius);
}

// The hand that flips a coin: a loose fist, thumb up, the coin lying on the curled index finger
// over the thumb from the first frame (palmFacing: the thumb's side of the palm is up). At the
// flick the hand snaps up a little as the thumb throws the coin off, then draws back out of its way
// (a person's own hand to their side) before the coin comes down.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { PALM_HALF, palmFacing } from '../../hands/hand-shape';
import { HandScript, type HandPlan } from '../../hands/path';
import { armOf, handId, leave, shoulderFor } from '../shared/hand-moves';
import type { OwnArm } from '../shared/own-hand';

// The snap: this far up (m) in this long (s), then held a moment.
const SNAP_M = 0.03;
const SNAP_SEC = 0.06;
const HOLD_SEC = 0.08;
// Between the coin's underside and the fist's top (m).
const GAP_M = 0.001;
// The fingers curl round this much (m, a radius) in the fist: loosely closed, their tips back at the
// palm (free-hand.ts curlAt). With no wrap the hand was drawn open and flat, thumb up, the coin
// lying behind the thumb (0-1 px of it in a close-up's first 0.4 s).
const FIST_WRAP_M = 0.016;

// The fist's centre under a coin lying flat at `coin` (half thickness `halfM`), its top (the
// thumb's side, +z of the palm's frame, up) just under the coin, the palm facing +x (the coin
// flies off that way), the fingers pointing away from the camera.
export function fistUnder(coin: Vec3, halfM: number): Vec3 {
  return [coin[0] - 0.01, coin[1] - halfM - GAP_M - PALM_HALF[2], coin[2]];
}

export function flipHandPlan(coin: Entity, flickSec: number, arm?: OwnArm): HandPlan {
  const at = fistUnder(coin.position, coin.size[1] ?? 0.001);
  const s = new HandScript(0, at, palmFacing(1, 0)).to(flickSec, at);
  s.to(SNAP_SEC, [at[0], at[1] + SNAP_M, at[2]], 'out').wait(HOLD_SEC);
  const whose = armOf(arm, () => shoulderFor(at, 1, 0));
  leave(s, whose.shoulder, arm);
  return { id: handId(), keys: s.keys, grips: s.grips, wraps: [{ t: 0, closes: true, wrapM: FIST_WRAP_M }], ...whose };
}

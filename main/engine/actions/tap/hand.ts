// A person's own hand at the tap ("a man fills the glass from the tap"): it comes up from their side
// to the lever on the pillar's top, lifts it as the water starts, goes back to their side, and comes
// again to push it down as the water stops. Kinora's tap is one plumbed-in piece (no moving lever),
// so the water is let out by the flow's schedule; the hand is there at the moments it starts and stops.
import type { Vec3 } from '../../../contract/scene-plan';
import { PALM_HALF, palmDown } from '../../hands/hand-shape';
import { HandScript, type HandPlan } from '../../hands/path';
import { objectModule } from '../../objects';
import { handId } from '../shared/hand-moves';
import type { OwnArm } from '../shared/own-hand';
import { RAISE_SEC } from '../shared/own-hand';

// How long the hand takes to reach the lever from the side (after RAISE_SEC of coming up), how far
// it lifts it, and how long it lingers there (s, m).
const REACH_SEC = 0.45;
const LEVER_M = 0.025;
const TURN_SEC = 0.25;
const BACK_SEC = 0.7;

// Where the lever is (world): over the pillar (the tallest part), on top of the tap (the spout
// leaves the pillar's top).
export function leverTop(tapAt: Vec3): Vec3 {
  const parts = objectModule('tap').parts ?? [];
  const pillar = parts.reduce((a, b) => (b.half[1] > a.half[1] ? b : a));
  const top = Math.max(...parts.map((p) => p.center[1] + p.half[1]));
  return [tapAt[0] + pillar.center[0], tapAt[1] + top, tapAt[2] + pillar.center[2]];
}

export function tapHandPlan(tapAt: Vec3, startSec: number, stopSec: number, arm: OwnArm): HandPlan {
  const top = leverTop(tapAt);
  const on: Vec3 = [top[0], top[1] + PALM_HALF[1] + 0.005, top[2]];
  const q = palmDown(-1, 0);
  const s = new HandScript(Math.max(0, startSec - REACH_SEC - RAISE_SEC - TURN_SEC), arm.rest, arm.restQ)
    .to(RAISE_SEC + REACH_SEC, on, 'smooth', q)
    .by(TURN_SEC, [0, LEVER_M, 0])
    .to(BACK_SEC, arm.rest, 'smooth', arm.restQ);
  const reachAgain = stopSec - TURN_SEC - REACH_SEC - RAISE_SEC;
  if (reachAgain > s.t + 0.2) {
    s.wait(reachAgain - s.t)
      .to(RAISE_SEC + REACH_SEC, [on[0], on[1] + LEVER_M, on[2]], 'smooth', q)
      .by(TURN_SEC, [0, -LEVER_M, 0])
      .to(BACK_SEC, arm.rest, 'smooth', arm.restQ);
  }
  return { id: handId(), keys: s.keys, grips: [], shoulder: arm.shoulder, owner: arm.owner };
}

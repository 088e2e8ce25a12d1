// The hand that spins a coin: it holds the coin up on its edge with the index fingertip on its top
// edge from the clip's first frame (a coin does not stand on its edge by itself), and flicks off
// that edge as the spin starts. The spin itself is the disk model's from that moment.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { FINGERS_M, PALM_HALF, palmHanging } from '../../hands/hand-shape';
import { HandScript, type HandPlan } from '../../hands/path';
import { armOf, handId, leave, shoulderFor } from '../shared/hand-moves';
import type { OwnArm } from '../shared/own-hand';

// The flick: the fingertip sweeps this far off the coin's top edge along it, and this far up (m).
const SWEEP_M = 0.06;
const LIFT_M = 0.04;
// Where the drawn index fingertip is from the palm's centre, relaxed (frames/hands curls it half a
// radian): along the fingers, a little over the palm's half length and the fingers' length curled;
// back towards the palm's face; and across towards the thumb, with the finger's thickness. Measured
// on the drawn hand (test/unit/hand-verbs.test.ts checks the fingertip meets the rim).
const TIP_ALONG_M = PALM_HALF[0] + 0.63 * FINGERS_M;
const TIP_CURL_M = 0.14 * FINGERS_M;
const INDEX_ACROSS_M = 0.68 * PALM_HALF[2] + 0.009;

export interface Flick {
  plan: HandPlan;
  // The rim point the fingertip holds and leaves as the spin starts (the coin's top edge).
  rim: Vec3;
}

// The fingertip's own radius: resting on the coin's top edge, its centre is this far above it (m).
const TIP_RADIUS_M = 0.007;

// The palm's centre that rests the index fingertip on the coin's top edge `top` (palm hanging, back
// towards +x, thumb towards +z).
function palmOnTop(top: Vec3): Vec3 {
  return [top[0] + TIP_CURL_M, top[1] + TIP_ALONG_M + TIP_RADIUS_M, top[2] - INDEX_ACROSS_M];
}

// The hold and the flick of `coin` (radius a, standing on its edge in the x = const plane, leaning
// `leanRad` from the table towards -x, so its top edge is a cos(lean) to the +x side of its
// centre). A coin cannot stand on its edge by itself: from the first frame the index fingertip
// rests on its top edge and holds it up, and at `touchSec` it flicks off that edge towards +z, the
// way the top edge turns as the coin spins (about -y, euler-disk.ts), at about the rim's speed.
export function flickPlan(coin: Entity, spinRadPerSec: number, touchSec: number, leanRad: number, arm?: OwnArm): Flick {
  const a = coin.size[0] ?? 0.012;
  const top: Vec3 = [coin.position[0] + a * Math.cos(leanRad), coin.position[1] + a * Math.sin(leanRad), coin.position[2]];
  const at = palmOnTop(top);
  const sweepSec = Math.min(0.3, Math.max(0.05, (2 * SWEEP_M) / Math.max(0.1, spinRadPerSec * a)));
  const s = new HandScript(0, at, palmHanging(1, 0)).to(touchSec, at);
  // (Up as well as along: the other fingers, hanging beside the index on the -z side, would sweep
  // over the top edge behind it.)
  s.to(sweepSec, [at[0], at[1] + LIFT_M, at[2] + SWEEP_M], 'out');
  s.wait(0.1).by(0.4, [0.02, 0.12, -0.06]);
  const whose = armOf(arm, () => shoulderFor(at, 0, 1));
  leave(s, whose.shoulder, arm);
  return { plan: { id: handId(), keys: s.keys, grips: s.grips, ...whose }, rim: top };
}

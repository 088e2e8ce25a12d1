// The flick that sets a coin spinning: the hand comes down beside the coin on the side nearer the
// person (-z), hanging, fingers down and the back of the hand leading, and sweeps along +x so that
// the index fingertip passes the coin's near rim at the moment the spin starts. A push along +x at
// the rim's -z side turns the coin about -y, the way its precession runs (euler-disk.ts), so the
// flick and the spin agree. The spin itself is the disk model's from that moment.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { FINGERS_M, PALM_HALF, palmHanging } from '../../hands/hand-shape';
import { HandScript, type HandPlan } from '../../hands/path';
import { armOf, handId, leave, shoulderFor } from '../shared/hand-moves';
import { RAISE_SEC, type OwnArm } from '../shared/own-hand';

// The sweep: from this far before the rim to as far past it (m), passing it at full speed.
const SWEEP_M = 0.06;
// The fingertip passes the rim this far out from it (m): a graze, not a blow through the coin.
const GRAZE_M = 0.003;
// Where the drawn index fingertip is from the palm's centre, relaxed (frames/hands curls it half a
// radian): along the fingers, a little over the palm's half length and the fingers' length curled;
// back towards the palm's face; and across towards the thumb, with the finger's thickness. Measured
// on the drawn hand (test/unit/hand-verbs.test.ts checks the fingertip meets the rim).
const TIP_ALONG_M = PALM_HALF[0] + 0.63 * FINGERS_M;
const TIP_CURL_M = 0.14 * FINGERS_M;
const INDEX_ACROSS_M = 0.68 * PALM_HALF[2] + 0.009;
const REACH_SEC = 0.6;

export interface Flick {
  plan: HandPlan;
  // The rim point the fingertip passes as the spin starts.
  rim: Vec3;
}

// The palm's centre that puts the index fingertip `GRAZE_M` off the rim point (palm hanging, back
// towards +x, thumb towards +z): up the fingers' reach, back (-x) the curl, and out (-z) the index.
function palmFor(rim: Vec3): Vec3 {
  return [rim[0] + TIP_CURL_M, rim[1] + TIP_ALONG_M, rim[2] - INDEX_ACROSS_M - GRAZE_M];
}

// The flick of `coin` (radius a, standing on its edge in the x = const plane), passing its near rim
// at `touchSec` at about the rim's speed at `spinRadPerSec`.
export function flickPlan(coin: Entity, spinRadPerSec: number, touchSec: number, arm?: OwnArm): Flick {
  const a = coin.size[0] ?? 0.012;
  const rim: Vec3 = [coin.position[0], coin.position[1], coin.position[2] - a];
  const at = palmFor(rim);
  const q = palmHanging(1, 0);
  // Eased in, the sweep passes the rim at twice its mean speed: the rim's speed, within bounds.
  const sweepSec = Math.min(0.3, Math.max(0.05, (2 * SWEEP_M) / Math.max(0.1, spinRadPerSec * a)));
  const from: Vec3 = [at[0] - SWEEP_M, at[1], at[2]];
  const above: Vec3 = [from[0] - 0.08, from[1] + 0.1, from[2] - 0.05];
  // The fingers pass the rim at touchSec exactly: a late spin would start with no finger on it, so
  // a short lead shortens the raise and the reach, never the moment.
  const lead = Math.max(0, touchSec - sweepSec);
  const raiseSec = arm ? Math.min(RAISE_SEC, 0.4 * lead) : 0;
  const reachSec = Math.min(REACH_SEC, lead - raiseSec);
  const t0 = touchSec - sweepSec - reachSec - raiseSec;
  const s = arm ? new HandScript(t0, arm.rest, arm.restQ).to(raiseSec, above, 'smooth', q) : new HandScript(t0, above, q);
  s.to(reachSec, from).to(sweepSec, at, 'in').to(sweepSec, [at[0] + SWEEP_M, at[1], at[2]], 'out');
  s.wait(0.1).by(0.4, [0.02, 0.12, -0.06]);
  const whose = armOf(arm, () => shoulderFor(from, 1, 0));
  leave(s, whose.shoulder, arm);
  return { plan: { id: handId(), keys: s.keys, grips: s.grips, ...whose }, rim };
}

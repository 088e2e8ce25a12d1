// The hand that stirs: it holds the spoon's handle near its top end between thumb and fingers and
// goes where the spoon goes; a person's own hand brings the spoon up from their side first. When it
// lays the spoon down (lay-down.ts) it turns with it to hold the handle from above, opens, and draws
// back. Its keys are the spoon's path with the grip's offset, 20 a second; the spoon stays the
// moved (kinematic) body until it is let go, so the liquid's interface to it is the same with or
// without the hand drawn.
import type { Vec3 } from '../../../contract/scene-plan';
import { PALM_HALF, palmDown, palmFacing } from '../../hands/hand-shape';
import type { HandKey, HandPlan } from '../../hands/path';
import { handId } from '../shared/hand-moves';
import type { OwnArm } from '../shared/own-hand';
import { layShare, spoonAt, WITHDRAW_SEC } from './lay-down';
import { longAxis, mul, type Quat, type StirPath } from './path';

const KEYS_PER_SEC = 20;
// The palm's centre is this far below the handle's top end, and this far in front of it (m).
const BELOW_TOP_M = 0.02;
const HANDLE_CLEAR_M = 0.006;
// A hand from outside the frame draws back this share of the way to where its arm comes from.
const BACK_SHARE = 0.7;
// Where the arm of a hand from outside the frame comes from, from the palm's first place: the
// camera's right, up and towards it (m).
export const OUTSIDE_ARM: Vec3 = [0.35, 0.25, 0.2];

// The hand at time t: its grip axis (the palm's z) along the handle and its palm against it, near
// the handle's top end, wherever the spoon goes. Upright, a hand from outside the frame holds the
// handle on the camera's side (the camera looks from +z); a person's own, standing across the table,
// on theirs, so their hand and arm stay behind the spoon and the cup's mouth is seen. As the spoon
// tips (in over the rim, out over it, down onto the table) the hand turns with the handle, and as
// it is laid down the wrist rolls the palm round the handle to hold it from above. (Held level while
// the spoon tipped, the hand was up to 89 degrees off the handle, gripping air beside it.)
function handAt(path: StirPath, t: number, grip: Quat): { p: Vec3; q: Quat } {
  const s = spoonAt(path, t);
  const l = longAxis(s.rotation);
  // The shortest turn from upright (how the grip holds it) to the handle's way now, then the roll.
  const swing = unit([l[2], 0, -l[0], 1 + l[1]]);
  const r = (Math.PI * layShare(path, t)) / 2;
  const roll: Quat = [l[0] * Math.sin(r), l[1] * Math.sin(r), l[2] * Math.sin(r), Math.cos(r)];
  const q = mul(roll, mul(swing, grip));
  // The palm's back is its y: the palm's centre stands off the handle that way.
  const back = rotate(q, [0, 1, 0]);
  const h = path.halfLengthM - BELOW_TOP_M, off = HANDLE_CLEAR_M + PALM_HALF[1];
  return { p: [0, 1, 2].map((i) => s.position[i]! + l[i]! * h + back[i]! * off) as unknown as Vec3, q };
}

const unit = (q: Quat): Quat => {
  const n = Math.hypot(...q) || 1;
  return q.map((v) => v / n) as unknown as Quat;
};

// v turned by q.
function rotate(q: Quat, v: Vec3): Vec3 {
  const r = mul(mul(q, [v[0], v[1], v[2], 0]), [-q[0], -q[1], -q[2], q[3]]);
  return [r[0], r[1], r[2]];
}

// Where the spoon's centre is while a person's hand hangs at `rest` holding it (before it brings it
// up to the cup).
export function spoonAtRest(path: StirPath, arm: OwnArm): Vec3 {
  const top = path.halfLengthM - BELOW_TOP_M;
  const off = HANDLE_CLEAR_M + PALM_HALF[1];
  return [arm.rest[0], arm.rest[1] - top, arm.rest[2] + off];
}

export function stirHandPlan(path: StirPath, durationSec: number, arm?: OwnArm): HandPlan {
  const grip = palmFacing(0, arm ? 1 : -1);
  const down = path.lay ? palmDown(-path.lay.handle[0], -path.lay.handle[1]) : grip;
  const held = path.lay?.releaseSec ?? durationSec;
  // A spoon taken up from the table is held from then (the hand before that is another action's).
  const takenSec = path.take?.startSec ?? 0;
  const keys: HandKey[] = [{ t: takenSec, ...handAt(path, takenSec, grip), ease: 'smooth' }];
  for (let k = Math.floor(takenSec * KEYS_PER_SEC) + 1; k * (1 / KEYS_PER_SEC) < held; k++) {
    const t = k / KEYS_PER_SEC;
    keys.push({ t, ...handAt(path, t, grip), ease: 'smooth' });
  }
  keys.push({ t: held, ...handAt(path, held, grip), ease: 'smooth' });
  const first = keys[0]!.p;
  const shoulder: Vec3 = arm ? arm.shoulder : [first[0] + OUTSIDE_ARM[0], first[1] + OUTSIDE_ARM[1], first[2] + OUTSIDE_ARM[2]];
  const wraps = [{ t: takenSec, closes: true, wrapM: HANDLE_CLEAR_M }];
  if (path.lay) {
    const at = keys[keys.length - 1]!.p;
    const back: Vec3 = arm ? arm.rest : [at[0] + (shoulder[0] - at[0]) * BACK_SHARE, at[1] + (shoulder[1] - at[1]) * BACK_SHARE, at[2] + (shoulder[2] - at[2]) * BACK_SHARE];
    keys.push({ t: held + WITHDRAW_SEC, p: back, q: arm ? arm.restQ : down, ease: 'smooth' });
    wraps.push({ t: held, closes: false, wrapM: HANDLE_CLEAR_M });
  }
  return { id: handId(), keys, grips: [], wraps, shoulder, ...(arm ? { owner: arm.owner } : {}) };
}

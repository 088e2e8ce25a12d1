// The hand that stirs: it holds the spoon's handle near its top end between thumb and fingers and
// goes where the spoon goes; a person's own hand brings the spoon up from their side first. When it
// lays the spoon down (lay-down.ts) it turns with it to hold the handle from above, opens, and draws
// back. Its keys are the spoon's path with the grip's offset, 20 a second; the spoon stays the
// moved (kinematic) body until it is let go, so the liquid's interface to it is the same with or
// without the hand drawn.
import type { Vec3 } from '../../../contract/scene-plan';
import { PALM_HALF, palmDown, palmFacing } from '../../hands/hand-shape';
import { slerp, type HandKey, type HandPlan } from '../../hands/path';
import { handId } from '../shared/hand-moves';
import type { OwnArm } from '../shared/own-hand';
import { layShare, spoonAt, WITHDRAW_SEC } from './lay-down';
import { longAxis, type Quat, type StirPath } from './path';

const KEYS_PER_SEC = 20;
// The palm's centre is this far below the handle's top end, and this far in front of it (m).
const BELOW_TOP_M = 0.02;
const HANDLE_CLEAR_M = 0.006;
// A hand from outside the frame draws back this share of the way to where its arm comes from.
const BACK_SHARE = 0.7;
// Where the arm of a hand from outside the frame comes from, from the palm's first place: the
// camera's right, up and towards it (m).
export const OUTSIDE_ARM: Vec3 = [0.35, 0.25, 0.2];

// The handle's grip point (BELOW_TOP_M from its end) turned with the spoon: q applied to (0, 0, h).
function alongHandle(q: Quat, h: number): Vec3 {
  return longAxis(q).map((v) => v * h) as unknown as Vec3;
}

// Where the palm's centre is at time t. Upright, a hand from outside the frame holds the handle on
// the camera's side (the camera looks from +z); a person's own, standing across the table, on
// theirs, so their hand and arm stay behind the spoon and the cup's mouth is seen. Lying, from above.
function palmAt(path: StirPath, t: number, own: boolean): Vec3 {
  const s = spoonAt(path, t);
  const top = alongHandle(s.rotation, path.halfLengthM - BELOW_TOP_M);
  const u = layShare(path, t);
  const side = (own ? -1 : 1) * (1 - u);
  const n = Math.hypot(side, u) || 1;
  const off = HANDLE_CLEAR_M + PALM_HALF[1];
  return [s.position[0] + top[0], s.position[1] + top[1] + (u / n) * off, s.position[2] + top[2] + (side / n) * off];
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
  const keys: HandKey[] = [];
  for (let k = 0; k * (1 / KEYS_PER_SEC) < held; k++) {
    const t = k / KEYS_PER_SEC;
    keys.push({ t, p: palmAt(path, t, Boolean(arm)), q: slerp(grip, down, layShare(path, t)), ease: 'smooth' });
  }
  keys.push({ t: held, p: palmAt(path, held, Boolean(arm)), q: down, ease: 'smooth' });
  const first = keys[0]!.p;
  const shoulder: Vec3 = arm ? arm.shoulder : [first[0] + OUTSIDE_ARM[0], first[1] + OUTSIDE_ARM[1], first[2] + OUTSIDE_ARM[2]];
  const wraps = [{ t: 0, closes: true, wrapM: HANDLE_CLEAR_M }];
  if (path.lay) {
    const at = keys[keys.length - 1]!.p;
    const back: Vec3 = arm ? arm.rest : [at[0] + (shoulder[0] - at[0]) * BACK_SHARE, at[1] + (shoulder[1] - at[1]) * BACK_SHARE, at[2] + (shoulder[2] - at[2]) * BACK_SHARE];
    keys.push({ t: held + WITHDRAW_SEC, p: back, q: arm ? arm.restQ : down, ease: 'smooth' });
    wraps.push({ t: held, closes: false, wrapM: HANDLE_CLEAR_M });
  }
  return { id: handId(), keys, grips: [], wraps, shoulder, ...(arm ? { owner: arm.owner } : {}) };
}

// The hand that stirs: it holds the spoon's handle near its top end between thumb and fingers and
// goes where the spoon goes; a person's own hand brings the spoon up from their side first. Its keys
// are the spoon's path with the grip's offset, 20 a second; the spoon stays the moved (kinematic)
// body, so the liquid's interface to it is the same with or without the hand drawn.
import type { Vec3 } from '../../../contract/scene-plan';
import { PALM_HALF, palmFacing } from '../../hands/hand-shape';
import type { HandKey, HandPlan } from '../../hands/path';
import { handId } from '../shared/hand-moves';
import type { OwnArm } from '../shared/own-hand';
import { spoonPose, type StirPath } from './path';

const KEYS_PER_SEC = 20;
// The palm's centre is this far below the handle's top end, and this far in front of it (m).
const BELOW_TOP_M = 0.02;
const HANDLE_CLEAR_M = 0.006;
// The fingers close round the handle from the start (a person's own hand brings it up held).
const WRAPS = [{ t: 0, closes: true, wrapM: HANDLE_CLEAR_M }];

// Where the palm's centre is from the spoon's centre. A hand from outside the frame holds the handle
// on the camera's side (the camera looks from +z); a person's own, standing across the table, on
// theirs, so their hand and arm stay behind the spoon and the cup's mouth is seen.
const gripOffset = (path: StirPath, own: boolean): Vec3 => [0, path.halfLengthM - BELOW_TOP_M, (own ? -1 : 1) * (HANDLE_CLEAR_M + PALM_HALF[1])];

// Where the spoon's centre is while a person's hand hangs at `rest` holding it (before it brings it
// up to the cup).
export function spoonAtRest(path: StirPath, arm: OwnArm): Vec3 {
  const off = gripOffset(path, true);
  return [arm.rest[0] - off[0], arm.rest[1] - off[1], arm.rest[2] - off[2]];
}

export function stirHandPlan(path: StirPath, durationSec: number, arm?: OwnArm): HandPlan {
  const grip = palmFacing(0, arm ? 1 : -1);
  const off = gripOffset(path, Boolean(arm));
  const keys: HandKey[] = [];
  for (let k = 0; k <= Math.ceil(durationSec * KEYS_PER_SEC); k++) {
    const t = k / KEYS_PER_SEC;
    const s = spoonPose(path, t).position;
    keys.push({ t, p: [s[0] + off[0], s[1] + off[1], s[2] + off[2]], q: grip, ease: 'smooth' });
  }
  if (arm) return { id: handId(), keys, grips: [], wraps: WRAPS, shoulder: arm.shoulder, owner: arm.owner };
  const first = keys[0]!.p;
  // The arm comes from the camera's right, up and towards it.
  return { id: handId(), keys, grips: [], wraps: WRAPS, shoulder: [first[0] + 0.35, first[1] + 0.25, first[2] + 0.2] };
}

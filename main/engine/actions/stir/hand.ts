// The hand that stirs: it holds the spoon's handle near its top end between thumb and fingers,
// the palm on the camera's side of it (so the hand is seen), and goes where the spoon goes. Its keys
// are the spoon's path with the grip's offset, 20 a second; the spoon stays the moved (kinematic)
// body, so the liquid's interface to it is the same with or without the hand drawn.
import type { Vec3 } from '../../../contract/scene-plan';
import { PALM_HALF, palmFacing } from '../../hands/hand-shape';
import type { HandKey, HandPlan } from '../../hands/path';
import { handId } from '../shared/hand-moves';
import { spoonPose, type StirPath } from './path';

const KEYS_PER_SEC = 20;
// The palm's centre is this far below the handle's top end, and this far in front of it (m).
const BELOW_TOP_M = 0.02;
const HANDLE_CLEAR_M = 0.006;

export function stirHandPlan(path: StirPath, durationSec: number): HandPlan {
  const grip = palmFacing(0, -1);
  const keys: HandKey[] = [];
  for (let k = 0; k <= Math.ceil(durationSec * KEYS_PER_SEC); k++) {
    const t = k / KEYS_PER_SEC;
    const s = spoonPose(path, t).position;
    const p: Vec3 = [s[0], s[1] + path.halfLengthM - BELOW_TOP_M, s[2] + HANDLE_CLEAR_M + PALM_HALF[1]];
    keys.push({ t, p, q: grip, ease: 'smooth' });
  }
  const first = keys[0]!.p;
  // The arm comes from the camera's right, up and towards it.
  return { id: handId(), keys, grips: [], shoulder: [first[0] + 0.35, first[1] + 0.25, first[2] + 0.2] };
}

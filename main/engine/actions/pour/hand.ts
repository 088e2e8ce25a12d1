// The hand that pours: it holds the jug by its handle (a jug without one round its side), and goes
// with the jug as it tips (the jug's path, motion.ts, is how a hand tips it). The hand's keys are
// the jug's pose with the grip's offset, 20 a second; the jug stays the moved (kinematic) body, so
// the liquid's interface to it is the same with or without a hand.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { PALM_HALF, palmFacing } from '../../hands/hand-shape';
import { slerp, type HandKey, type HandPlan, type Quat } from '../../hands/path';
import type { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import { heightOf } from '../../objects/geometry';
import { handleGrip } from '../../objects/handle';
import { handId } from '../shared/hand-moves';
import { overTheEdge, RAISE_SEC, type OwnArm } from '../shared/own-hand';
import { jugPose, SET_DOWN_SEC, type TipPath } from './motion';

const KEYS_PER_SEC = 20;
// The palm is this far up the jug's side from its middle (towards the rim): where a hand holds a jug.
const UP_SHARE = 0.15;
// Having let go of a jug it set down, the hand rises off it this far (m) in this long (s).
const LET_GO_UP_M = 0.08;
const LET_GO_SEC = 0.3;

function mul(a: Quat, b: Quat): Quat {
  return [
    a[3] * b[0] + a[0] * b[3] + a[1] * b[2] - a[2] * b[1],
    a[3] * b[1] - a[0] * b[2] + a[1] * b[3] + a[2] * b[0],
    a[3] * b[2] + a[0] * b[1] - a[1] * b[0] + a[2] * b[3],
    a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2],
  ];
}

// Where the palm holds the jug, in the jug's frame, how it is turned, and the radius its fingers
// wrap. By its handle (on the jug's back, +x: the lip pours over -x), the palm on the handle's outer
// bar facing the jug, the fingers round the bar; a jug without one (a bottle) round its side: on
// its +z side (-z for a person's own hand), a little towards its back, the palm facing it.
function holdOf(jug: Entity, from: ContainerShape, side: 1 | -1): { local: Vec3; grip: Quat; wrapM: number } {
  const o = objectModule(jug.form);
  const bar = handleGrip(o);
  if (bar && o.handle) {
    const k = (jug.size[1] ?? heightOf(o) / 2) / (heightOf(o) / 2);
    // The knuckles just past the bar, so the fingers close round it.
    const local: Vec3 = [k * bar[0] + PALM_HALF[1], k * bar[1], -0.9 * PALM_HALF[0] + (k * o.handle.thickM) / 2];
    return { local, grip: palmFacing(-1, 0), wrapM: (k * o.handle.thickM) / 2 };
  }
  const r = from.rOut(from.heightM / 2);
  const local: Vec3 = [0.3 * r, UP_SHARE * from.heightM, side * (Math.sqrt(1 - 0.09) * r + PALM_HALF[1] + 0.002)];
  return { local, grip: palmFacing(0, -side), wrapM: r };
}

// The hand's way up from the person's side over the worktop's edge to the jug (own-hand.ts), when
// the straight way goes into it: up to the point over the edge at full speed, then on to the jug,
// each leg taking its share of the raise by its length, so the hand does not stop at the bend.
function overKeys(arm: OwnArm, rest: HandKey, at: HandKey): HandKey[] {
  const bend = overTheEdge(arm, at.p);
  if (!bend) return [];
  const d1 = Math.hypot(...bend.map((v, i) => v - rest.p[i]!)), d2 = Math.hypot(...bend.map((v, i) => v - at.p[i]!));
  at.ease = 'out';
  return [{ t: rest.t + ((at.t - rest.t) * d1) / (d1 + d2), p: bend, q: slerp(rest.q, at.q, d1 / (d1 + d2)), ease: 'in' }];
}

export function pourHandPlan(jug: Entity, path: TipPath, from: ContainerShape, startSec: number, durationSec: number, arm?: OwnArm): HandPlan {
  const { local, grip, wrapM } = holdOf(jug, from, arm ? -1 : 1);
  // A person's own hand comes up from their side to the jug first.
  const keys: HandKey[] = arm ? [{ t: 0, p: arm.rest, q: arm.restQ, ease: 'smooth' }] : [];
  // A jug set down is let go once it stands on the table.
  const heldSec = path.setDownSec === undefined ? durationSec : Math.min(durationSec, path.setDownSec + SET_DOWN_SEC);
  const firstK = arm ? Math.ceil(RAISE_SEC * KEYS_PER_SEC) : 0;
  for (let k = firstK; k <= Math.ceil(heldSec * KEYS_PER_SEC); k++) {
    const t = k / KEYS_PER_SEC;
    const pose = jugPose(path, from, startSec, t);
    const c = Math.cos(pose.angle), s = Math.sin(pose.angle);
    const p: Vec3 = [pose.position[0] + c * local[0] - s * local[1], pose.position[1] + s * local[0] + c * local[1], pose.position[2] + local[2]];
    const turn: Quat = [0, 0, Math.sin(pose.angle / 2), Math.cos(pose.angle / 2)];
    keys.push({ t, p, q: mul(turn, grip), ease: 'smooth' });
    if (arm && k === firstK) keys.splice(1, 0, ...overKeys(arm, keys[0]!, keys[1]!));
  }
  const first = keys[0]?.p ?? jug.position;
  // The arm comes from beyond the jug, away from the glass, up and towards the camera's right.
  const whose = arm ? { shoulder: arm.shoulder, owner: arm.owner } : { shoulder: [first[0] + 0.35, first[1] + 0.25, first[2] + 0.2] as Vec3 };
  // The fingers are round the jug once the hand is at it.
  const wraps = [{ t: arm ? RAISE_SEC : 0, closes: true, wrapM }];
  if (heldSec < durationSec) {
    const at = keys[keys.length - 1]!;
    wraps.push({ t: heldSec, closes: false, wrapM });
    keys.push({ t: heldSec + LET_GO_SEC, p: [at.p[0], at.p[1] + LET_GO_UP_M, at.p[2]], q: at.q, ease: 'smooth' });
  }
  return { id: handId(), keys, grips: [], wraps, ...whose };
}

// The pose of a person at a moment, shared by the simulation (where the ball sits in the hands
// until release) and the renderer (where the limbs are drawn), so the two can never disagree.
//
// The figure is procedural: a handful of smooth keyframed channels (crouch depth, lean, where the
// hands are, how far apart they are, where the elbows point) drive two-bone IK for arms and legs.
// Everything is a pure function of (track, height, time), so the same take always draws the same
// body and the simulator can ask where the ball is without keeping any state.
//
// Conventions (shared with the renderer):
// - y is up, the person stands on the floor y = 0 at track.position (the point between the feet).
// - track.facing is a yaw about +y, 0 = facing +x, positive turns counter-clockwise seen from above
//   (the same sense as three.js `rotation.y`), so forward = (cos f, 0, -sin f), right = (sin f, 0, cos f).
// - 'foot' joints are ankles; 'hand' joints are palm centres; 'head' is the centre of the skull.
import type { ActorTrack, Vec3 } from '../../contract/world-trace-types';

export const JOINTS = [
  'pelvis', 'chest', 'neck', 'head',
  'shoulderL', 'elbowL', 'handL', 'shoulderR', 'elbowR', 'handR',
  'hipL', 'kneeL', 'footL', 'hipR', 'kneeR', 'footR',
] as const;
export type Joint = (typeof JOINTS)[number];

// World-space positions (metres) of every joint.
export type PersonPose = Record<Joint, Vec3>;

export type PersonPoseFn = (track: ActorTrack, heightM: number, t: number) => PersonPose;

// Body proportions as fractions of standing height (adult averages, rounded).
export const BODY = {
  ankleHeight: 0.045,
  hipHeight: 0.53,
  thigh: 0.245,
  shin: 0.24,
  hipHalfWidth: 0.05,
  spineToChest: 0.19,
  spineToShoulders: 0.285,
  spineToNeck: 0.3,
  neckToHead: 0.105,
  shoulderHalfWidth: 0.11,
  upperArm: 0.17,
  forearm: 0.16,
  headRadius: 0.065,
} as const;

// Timing of the animations, so the simulator schedules the release where the pose releases.
export const SHOOT_RELEASE_AFTER_START = 0.9;
export const THROW_RELEASE_AFTER_START = 0.55;
// Kick: the run-up (two steps) starts at startSec and the foot meets the ball this much later.
export const KICK_CONTACT_AFTER_START = 1.0;
// Dribble: the gather starts at startSec; both hands push the ball down for the first bounce this
// much later. Between beats the hand pushes for a moment, then rises to meet the ball again.
export const DRIBBLE_FIRST_PUSH_AFTER_START = 0.5;
// Beat interval used to pose a dribble whose track has no beats yet (before the simulation).
export const DEFAULT_DRIBBLE_BEAT_SEC = 0.6;
// Length of the push stroke after each beat.
const DRIBBLE_PUSH_SEC = 0.07;
// The palm centre sits this far (fraction of height) above the top of the ball it is pushing.
const DRIBBLE_PALM_ABOVE_BALL = 0.02;
// The kicking shoe strikes with its front: this far ahead of the ankle, this far below it
// (fractions of height; the renderer's shoe reaches 0.107 H ahead of the ankle).
const KICK_STRIKE_AHEAD = 0.1;
const KICK_STRIKE_BELOW_ANKLE = 0.012;
// Kicking-ankle height above the floor at contact, and the kick line (right of the stance centre).
const KICK_CONTACT_ANKLE = 0.075;
const KICK_LINE_Z = 0.06;
// Jump shot: the feet leave the floor a little before the release so the ball goes at the top of the jump.
const SHOOT_TAKEOFF_BEFORE_RELEASE = 0.1;
const SHOOT_JUMP_HEIGHT = 0.07; // fraction of height (about 13 cm for a 1.9 m player)
const GRAVITY = 9.81;
// Half the distance between the palms while both hands hold a ball (metres). Slightly less than a
// basketball's radius so the palms press on the ball's sides.
const HOLD_HALF_SPREAD = 0.1;

// ---------- small vector helpers (kept local: this file must stay dependency-free and pure) ----------

type V = [number, number, number];
const add = (a: V, b: V): V => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const scale = (a: V, s: number): V => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: V, b: V): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const len = (a: V): number => Math.hypot(a[0], a[1], a[2]);
const mid = (a: V, b: V): V => scale(add(a, b), 0.5);
function normalize(a: V, fallback: V): V {
  const l = len(a);
  return l > 1e-9 ? scale(a, 1 / l) : fallback;
}

// Two-bone IK: the middle joint for a chain root -> mid -> end of lengths l1, l2 reaching for
// `target`, bending towards `pole`. Returns the middle joint and the end (which is the target unless
// it was out of reach, in which case the chain stretches straight towards it).
function twoBone(root: V, target: V, l1: number, l2: number, pole: V): { joint: V; end: V } {
  const toTarget = sub(target, root);
  const raw = len(toTarget);
  const axis = normalize(toTarget, [0, -1, 0]);
  const d = Math.min(Math.max(raw, Math.abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6);
  const along = (l1 * l1 - l2 * l2 + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(l1 * l1 - along * along, 0));
  const perp = normalize(sub(pole, scale(axis, dot(pole, axis))), [1, 0, 0]);
  return { joint: add(add(root, scale(axis, along)), scale(perp, h)), end: add(root, scale(axis, d)) };
}

// ---------- keyframed channels ----------

type Key = readonly [time: number, value: number];

// Monotone cubic (Fritsch-Carlson) interpolation: smooth (C1) through every key, and it never
// overshoots, so a knee that should stop at "straight" never bends backwards between keys.
function channel(keys: readonly Key[], t: number): number {
  const n = keys.length;
  const first = keys[0];
  const last = keys[n - 1];
  if (!first || !last) return 0;
  if (t <= first[0]) return first[1];
  if (t >= last[0]) return last[1];
  let i = 0;
  while (i < n - 2 && t > (keys[i + 1] as Key)[0]) i++;
  const k0 = keys[i] as Key;
  const k1 = keys[i + 1] as Key;
  // Interior tangents from the neighbouring slopes; zero at the ends and at turning points so the
  // motion eases in and out and never overshoots a key.
  const slope = (a: number): number => {
    const p = keys[a - 1];
    const c = keys[a] as Key;
    const nx = keys[a + 1];
    if (!p || !nx) return 0;
    const s0 = (c[1] - p[1]) / (c[0] - p[0]);
    const s1 = (nx[1] - c[1]) / (nx[0] - c[0]);
    if (s0 * s1 <= 0) return 0;
    return harmonic(s0, s1, c[0] - p[0], nx[0] - c[0]);
  };
  const h = k1[0] - k0[0];
  const u = (t - k0[0]) / h;
  const m0 = slope(i) * h;
  const m1 = slope(i + 1) * h;
  const u2 = u * u;
  const u3 = u2 * u;
  return (2 * u3 - 3 * u2 + 1) * k0[1] + (u3 - 2 * u2 + u) * m0 + (-2 * u3 + 3 * u2) * k1[1] + (u3 - u2) * m1;
}

// Weighted harmonic mean of neighbouring slopes (Fritsch-Butland form), which keeps the curve monotone.
function harmonic(s0: number, s1: number, h0: number, h1: number): number {
  const w1 = 2 * h1 + h0;
  const w2 = h1 + 2 * h0;
  return (w1 + w2) / (w1 / s0 + w2 / s1);
}

// A 3-vector channel: three scalar channels sharing key times, split once when the rig is built.
type VKeys = readonly [Key[], Key[], Key[]];
function vkeys(times: readonly number[], values: readonly V[]): VKeys {
  const pick = (c: 0 | 1 | 2): Key[] => times.map((time, i) => [time, (values[i] as V)[c]] as const);
  return [pick(0), pick(1), pick(2)];
}
const vchannel = (k: VKeys, t: number): V => [channel(k[0], t), channel(k[1], t), channel(k[2], t)];

// ---------- the animation state in the body's local frame ----------

// Local frame: x forward, y up, z to the person's right. Units: metres unless noted.
interface BodyState {
  drop: number; // how far the pelvis sinks by bending the knees (metres)
  lift: number; // jump height of the whole body above the floor (metres)
  lean: number; // forward lean of the spine (radians)
  headTilt: number; // extra head pitch, negative looks up (radians)
  // Hand targets relative to the shoulder centre (metres): the right and left palm.
  handR: V;
  handL: V;
  // Elbow pole blend: 0 = elbows hang down and out, 1 = elbows point forward (shooting form).
  elbowUp: number;
  // Feet relative to the stance point; y is how far each foot is raised (metres).
  footR: V;
  footL: V;
  // Sideways sway of the pelvis (metres), from breathing and weight shifts.
  sway: number;
  // Where the pelvis is relative to the stance point (metres, forward / right); the feet are placed
  // independently, so a run-up moves this while the feet step.
  root?: readonly [number, number];
  breathe: number; // chest rise (metres)
}

// An animation compiled for one track and height: all keyframes are laid out once, so evaluating
// a moment allocates almost nothing (the simulator asks for a pose at every physics step).
type Rig = (t: number) => BodyState;

// Deterministic per-actor phase so two idle people do not breathe in lockstep.
function phaseOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

function breathing(track: ActorTrack, H: number): (t: number) => { sway: number; breathe: number } {
  const p = phaseOf(track.entityId) * Math.PI * 2;
  return (t) => ({
    breathe: 0.003 * H * Math.sin(2 * Math.PI * 0.25 * t + p),
    sway: 0.006 * Math.sin(2 * Math.PI * 0.11 * t + p * 1.7),
  });
}

// Arms hanging at the sides, relative to the shoulder centre.
const restHand = (H: number, side: 1 | -1): V => [0.02 * H, -0.32 * H, side * 0.12 * H];

function idleRig(track: ActorTrack, H: number): Rig {
  const breath = breathing(track, H);
  const phase = phaseOf(track.entityId) * 6;
  return (t) => {
    const { sway, breathe } = breath(t);
    // Hands swing a touch with the breath so a standing figure never freezes.
    const swing = 0.004 * H * Math.sin(2 * Math.PI * 0.25 * t + phase);
    return {
      drop: 0.01 * H,
      lift: 0,
      lean: 0.04,
      headTilt: 0,
      handR: add(restHand(H, 1), [swing, 0, 0]),
      handL: add(restHand(H, -1), [-swing, 0, 0]),
      elbowUp: 0,
      footR: [0.01 * H, 0, 0.06 * H],
      footL: [-0.01 * H, 0, -0.06 * H],
      sway,
      breathe,
    };
  };
}

export interface JumpTimes {
  takeoffSec: number;
  landingSec: number;
}

// When the shooter's feet leave and meet the floor; the simulator emits the landing footsteps here.
export function shootJumpTimes(track: ActorTrack, heightM: number): JumpTimes {
  const takeoffSec = Math.max(track.startSec, track.releaseSec - SHOOT_TAKEOFF_BEFORE_RELEASE);
  const h = SHOOT_JUMP_HEIGHT * heightM;
  return { takeoffSec, landingSec: takeoffSec + 2 * Math.sqrt((2 * h) / GRAVITY) };
}

// The moment the thrower's front (left) foot plants during the stride.
export function throwPlantSec(track: ActorTrack): number {
  const R = Math.max(track.releaseSec - track.startSec, 0.05);
  return track.startSec + 0.85 * R;
}

function shootRig(track: ActorTrack, H: number): Rig {
  const s = track.startSec;
  const R = Math.max(track.releaseSec - s, 0.05);
  const r = s + R;
  const { takeoffSec, landingSec } = shootJumpTimes(track, H);
  const breath = breathing(track, H);
  const air = landingSec - takeoffSec;

  // Knees: athletic stance, dip on the gather, extend for the jump, absorb the landing, stand.
  const drop: Key[] = [
    [s, 0.02 * H],
    [s + 0.45 * R, 0.085 * H],
    [takeoffSec, 0.004 * H],
    [landingSec, 0.004 * H],
    [landingSec + 0.12, 0.05 * H],
    [landingSec + 0.7, 0.012 * H],
  ];
  const lean: Key[] = [
    [s, 0.12],
    [s + 0.45 * R, 0.22],
    [r - 0.12, 0.06],
    [r, 0.0],
    [r + 0.3, 0.02],
    [landingSec + 0.12, 0.14],
    [landingSec + 0.7, 0.05],
  ];
  const headTilt: Key[] = [[s, -0.05], [r - 0.2, -0.2], [r + 0.5, -0.2], [r + 1.3, 0]];
  // Where the palms' midpoint goes (relative to the shoulder centre): belly, chest, set point above
  // the forehead, full extension at release, wrist flick, then the arms come down.
  const palms = vkeys(
    [s, s + 0.45 * R, r - 0.12 * R, r, r + 0.15, r + 0.55, r + 1.25],
    [
      [0.17 * H, -0.24 * H, 0.02 * H],
      [0.15 * H, -0.1 * H, 0.03 * H],
      [0.07 * H, 0.2 * H, 0.04 * H],
      [0.1 * H, 0.28 * H, 0.04 * H],
      [0.16 * H, 0.24 * H, 0.04 * H],
      [0.17 * H, 0.19 * H, 0.04 * H],
      [0.02 * H, -0.32 * H, 0],
    ],
  );
  // Palms stay a ball-width apart while holding, then relax to the sides of the body.
  const spread: Key[] = [[r + 0.55, HOLD_HALF_SPREAD], [r + 1.25, 0.12 * H]];
  const elbowUp: Key[] = [[s, 0], [s + 0.45 * R, 0.25], [r - 0.12 * R, 1], [r + 0.55, 1], [r + 1.25, 0]];

  return (t) => {
    const { sway, breathe } = breath(t);
    // Airborne height: a real ballistic arc between takeoff and landing.
    const lift = t > takeoffSec && t < landingSec ? (4 * SHOOT_JUMP_HEIGHT * H * (t - takeoffSec) * (landingSec - t)) / (air * air) : 0;
    const m = vchannel(palms, t);
    const w = channel(spread, t);
    // Feet: shooting (right) foot a little ahead; both tuck slightly while airborne.
    const tuck = lift * 0.12;
    return {
      drop: channel(drop, t),
      lift,
      lean: channel(lean, t),
      headTilt: channel(headTilt, t),
      handR: [m[0], m[1], m[2] + w],
      handL: [m[0], m[1], m[2] - w],
      elbowUp: channel(elbowUp, t),
      footR: [0.03 * H, -tuck, 0.06 * H],
      footL: [-0.015 * H, -tuck, -0.06 * H],
      sway: sway * 0.3,
      breathe,
    };
  };
}

function throwRig(track: ActorTrack, H: number): Rig {
  const s = track.startSec;
  const R = Math.max(track.releaseSec - s, 0.05);
  const r = s + R;
  const breath = breathing(track, H);
  const times = [s, s + 0.25 * R, s + 0.5 * R, s + 0.8 * R, r, r + 0.25, r + 1.0];
  // Overhand throw with the right arm: ball at the chest, arm swings down and back (going round the
  // shoulder, never through it, so the elbow cannot flip), up with the elbow high, whips forward,
  // follows through across the body, relaxes.
  const right = vkeys(times, [
    [0.2 * H, -0.15 * H, 0.06 * H],
    [-0.02 * H, -0.27 * H, 0.16 * H],
    [-0.2 * H, 0.04 * H, 0.2 * H],
    [-0.04 * H, 0.24 * H, 0.14 * H],
    [0.2 * H, 0.22 * H, 0.1 * H],
    [0.26 * H, -0.1 * H, -0.02 * H],
    restHand(H, 1),
  ]);
  // The glove arm points at the target during the wind-up, then tucks in.
  const left = vkeys(times, [
    [0.2 * H, -0.15 * H, -0.04 * H],
    [0.24 * H, -0.02 * H, -0.08 * H],
    [0.28 * H, 0.08 * H, -0.1 * H],
    [0.26 * H, 0.06 * H, -0.1 * H],
    [0.1 * H, -0.14 * H, -0.1 * H],
    [0.06 * H, -0.2 * H, -0.1 * H],
    restHand(H, -1),
  ]);
  const lean: Key[] = [[s, 0.05], [s + 0.5 * R, -0.1], [r, 0.18], [r + 0.25, 0.28], [r + 1.0, 0.06]];
  const drop: Key[] = [[s, 0.015 * H], [s + 0.5 * R, 0.03 * H], [r + 0.1, 0.06 * H], [r + 1.0, 0.015 * H]];
  const elbowUp: Key[] = [[s, 0], [s + 0.5 * R, 0.6], [r, 0.6], [r + 0.4, 0]];
  // Stride: the front (left) foot lifts and plants forward before the release.
  const lifted = s + 0.3 * R;
  const plant = throwPlantSec(track);
  const stride: Key[] = [[lifted, 0], [plant, 0.16 * H]];

  return (t) => {
    const { sway, breathe } = breath(t);
    const raise = t > lifted && t < plant ? 0.05 * H * Math.sin((Math.PI * (t - lifted)) / (plant - lifted)) : 0;
    return {
      drop: channel(drop, t),
      lift: 0,
      lean: channel(lean, t),
      headTilt: 0,
      handR: vchannel(right, t),
      handL: vchannel(left, t),
      elbowUp: channel(elbowUp, t),
      footR: [-0.02 * H, 0, 0.06 * H],
      footL: [-0.02 * H + channel(stride, t), raise, -0.06 * H],
      sway: sway * 0.3,
      breathe,
    };
  };
}

// ---------- kick ----------

// The kick's timetable: the run-up's two steps, the plant of the support (left) foot beside the
// ball, the strike with the right foot at releaseSec, the follow-through and the recovery steps.
export interface KickTimes {
  startSec: number;
  stepSec: number; // right foot lands from the first run-up step
  plantSec: number; // left foot plants beside the ball
  contactSec: number; // right foot meets the ball
  landSec: number; // right foot comes down after the follow-through
  recoverSec: number; // left foot steps up beside it
}

export function kickTimes(track: ActorTrack): KickTimes {
  const c = track.releaseSec;
  const D = Math.max(c - track.startSec, 0.6);
  const s = c - D;
  return { startSec: s, stepSec: s + 0.42 * D, plantSec: s + 0.9 * D, contactSec: c, landSec: c + 0.5, recoverSec: c + 0.85 };
}

// When and with which foot the kicker's feet meet the floor (for footstep sounds).
export function kickFootsteps(track: ActorTrack): { t: number; foot: 'footL' | 'footR' }[] {
  const k = kickTimes(track);
  return [
    { t: k.stepSec, foot: 'footR' },
    { t: k.plantSec, foot: 'footL' },
    { t: k.landSec, foot: 'footR' },
    { t: k.recoverSec, foot: 'footL' },
  ];
}

function kickRig(track: ActorTrack, H: number): Rig {
  const k = kickTimes(track);
  const s = k.startSec;
  const c = k.contactSec;
  const D = c - s;
  const breath = breathing(track, H);
  const xStart = -0.62 * H;
  const xStep = -0.28 * H;
  const xPlant = 0.06 * H;
  const zPlant = -0.09 * H;
  const xLand = 0.34 * H;
  const contactRaise = (KICK_CONTACT_ANKLE - BODY.ankleHeight) * H;
  // Right (kicking) foot: a run-up step, toe-off, heel up behind, the strike (moving straight
  // forward, at its lowest), the follow-through up and forward, then down into a step.
  const rightX: Key[] = [
    [s + 0.12 * D, xStart],
    [k.stepSec, xStep],
    [s + 0.72 * D, xStep],
    [c - 0.09, -0.3 * H],
    [c, 0],
    [c + 0.12, 0.38 * H],
    [c + 0.22, 0.4 * H],
    [k.landSec, xLand],
  ];
  const rightY: Key[] = [
    [s + 0.12 * D, 0],
    [(s + 0.12 * D + k.stepSec) / 2, 0.05 * H],
    [k.stepSec, 0],
    [s + 0.72 * D, 0],
    [c - 0.09, 0.2 * H],
    [c, contactRaise],
    [c + 0.16, 0.28 * H],
    [k.landSec, 0],
  ];
  // Left (support) foot: one long step to beside the ball, planted through the strike, then it
  // steps up next to the kicking foot.
  const leftX: Key[] = [[s + 0.38 * D, xStart], [k.plantSec, xPlant], [k.landSec + 0.05, xPlant], [k.recoverSec, xLand - 0.04 * H]];
  const leftY: Key[] = [
    [s + 0.38 * D, 0],
    [(s + 0.38 * D + k.plantSec) / 2, 0.06 * H],
    [k.plantSec, 0],
    [k.landSec + 0.05, 0],
    [(k.landSec + 0.05 + k.recoverSec) / 2, 0.04 * H],
    [k.recoverSec, 0],
  ];
  const leftZ: Key[] = [[s + 0.38 * D, -0.06 * H], [k.plantSec, zPlant], [k.landSec + 0.05, zPlant], [k.recoverSec, -0.06 * H]];
  // The pelvis travels with the steps, settles behind the plant foot for the strike, and carries on
  // over the landing foot.
  const rootX: Key[] = [[s, xStart], [k.stepSec, -0.45 * H], [k.plantSec, -0.03 * H], [c, 0], [k.landSec, 0.2 * H], [k.recoverSec + 0.1, 0.32 * H]];
  const rootZ: Key[] = [[s + 0.8 * D, 0], [c, -0.03 * H], [k.landSec, 0]];
  const drop: Key[] = [[s, 0.015 * H], [s + 0.3 * D, 0.05 * H], [k.plantSec, 0.06 * H], [c, 0.05 * H], [k.landSec, 0.045 * H], [k.recoverSec + 0.1, 0.015 * H]];
  const lean: Key[] = [[s, 0.05], [s + 0.5 * D, 0.15], [c - 0.13, 0.06], [c, -0.08], [c + 0.2, 0], [k.recoverSec + 0.1, 0.05]];
  const headTilt: Key[] = [[s, 0.12], [c, 0.35], [c + 0.3, 0.1], [k.recoverSec + 0.1, 0]];
  // Arms swing against the legs in the run-up; at the strike the left arm goes out for balance
  // and the right arm back, then both relax.
  const armTimes = [s, k.stepSec, k.plantSec, c, c + 0.4, k.recoverSec + 0.1];
  const handR = vkeys(armTimes, [
    restHand(H, 1),
    [-0.1 * H, -0.28 * H, 0.13 * H],
    [0.12 * H, -0.25 * H, 0.1 * H],
    [-0.12 * H, -0.2 * H, 0.2 * H],
    [0.05 * H, -0.26 * H, 0.14 * H],
    restHand(H, 1),
  ]);
  const handL = vkeys(armTimes, [
    restHand(H, -1),
    [0.12 * H, -0.25 * H, -0.1 * H],
    [-0.1 * H, -0.28 * H, -0.13 * H],
    [0.1 * H, -0.08 * H, -0.3 * H],
    [0.06 * H, -0.24 * H, -0.16 * H],
    restHand(H, -1),
  ]);
  return (t) => {
    const { sway, breathe } = breath(t);
    return {
      drop: channel(drop, t),
      lift: 0,
      lean: channel(lean, t),
      headTilt: channel(headTilt, t),
      handR: vchannel(handR, t),
      handL: vchannel(handL, t),
      elbowUp: 0,
      footR: [channel(rightX, t), channel(rightY, t), KICK_LINE_Z * H],
      footL: [channel(leftX, t), channel(leftY, t), channel(leftZ, t)],
      sway: sway * 0.3,
      breathe,
      root: [channel(rootX, t), channel(rootZ, t)],
    };
  };
}

// Local (forward, up, right) to world for a track.
function toWorld(track: ActorTrack, p: V): V {
  const f = track.facing;
  return [
    track.position[0] + Math.cos(f) * p[0] + Math.sin(f) * p[2],
    track.position[1] + p[1],
    track.position[2] - Math.sin(f) * p[0] + Math.cos(f) * p[2],
  ];
}

// The point of the kicking shoe that strikes the ball (its front, just above the sole), in world
// space, at the contact time.
export function kickStrikePoint(track: ActorTrack, heightM: number): Vec3 {
  const H = heightM;
  const p = toWorld(track, [KICK_STRIKE_AHEAD * H, (KICK_CONTACT_ANKLE - KICK_STRIKE_BELOW_ANKLE) * H, KICK_LINE_Z * H]);
  return [p[0], p[1], p[2]];
}

// Where a ball of radius r must rest on the floor (its centre) for the kicking shoe to meet it
// exactly at the contact time, and the point on its surface that the shoe touches.
export function kickBallRestPosition(track: ActorTrack, heightM: number, ballRadius: number): { centre: Vec3; contact: Vec3 } {
  const r = ballRadius;
  const strike = kickStrikePoint(track, heightM);
  // The shoe touches the back of the ball at the strike point's height (at most the ball's middle:
  // a tiny ball is met by the toe's underside at its equator).
  const y = Math.min(Math.max(strike[1], 0.25 * r), r);
  const ahead = Math.sqrt(Math.max(r * r - (r - y) * (r - y), 0));
  const fwd: V = [Math.cos(track.facing), 0, -Math.sin(track.facing)];
  const contact: Vec3 = [strike[0], y, strike[2]];
  return { centre: [strike[0] + fwd[0] * ahead, r, strike[2] + fwd[2] * ahead], contact };
}

// The stance point (track.position) that puts the kick's contact on a ball resting at `ball`.
export function kickStanceFor(ball: Vec3, facing: number, heightM: number, ballRadius: number): Vec3 {
  const probe: ActorTrack = { entityId: '', animation: 'kick', startSec: 0, releaseSec: KICK_CONTACT_AFTER_START, facing, position: [0, 0, 0] };
  const { centre } = kickBallRestPosition(probe, heightM, ballRadius);
  return [ball[0] - centre[0], 0, ball[2] - centre[2]];
}

// ---------- dribble ----------

// The moments the hand meets the ball (the first is the two-handed push that starts the dribble).
export function dribbleBeats(track: ActorTrack): number[] {
  if (track.beats && track.beats.length > 0) return track.beats;
  const out: number[] = [];
  for (let i = 0; i < 40; i++) out.push(track.releaseSec + i * DEFAULT_DRIBBLE_BEAT_SEC);
  return out;
}

function dribbleRig(track: ActorTrack, H: number): Rig {
  const beats = dribbleBeats(track);
  const t0 = beats[0] ?? track.releaseSec;
  const s = Math.min(track.startSec, t0 - 0.05);
  const HS = HOLD_HALF_SPREAD;
  // The ball held at the belly, then carried to the right front where it is pushed down.
  const m0: V = [0.17 * H, -0.24 * H, 0.02 * H];
  const m1: V = [0.18 * H, -0.2 * H, 0.08 * H];
  const pushed = add(m1, [0.01 * H, -0.05 * H, 0]);
  const top: V = [0.19 * H, -0.22 * H, 0.17 * H];
  const bottom: V = [0.17 * H, -0.265 * H, 0.165 * H];
  const guard: V = [0.14 * H, -0.18 * H, -0.2 * H];
  const rTimes = [0, s, t0, t0 + DRIBBLE_PUSH_SEC];
  const rValues: V[] = [add(m0, [0, 0, HS]), add(m0, [0, 0, HS]), add(m1, [0, 0, HS]), add(pushed, [0, 0, HS])];
  // Every later beat: the palm arrives on top of the ball as it stops rising, rides it down for the
  // push, and rises again to meet the next bounce.
  for (let i = 1; i < beats.length; i++) {
    const b = beats[i] as number;
    if (b <= (rTimes[rTimes.length - 1] as number) + 0.05) continue;
    rTimes.push(b, b + DRIBBLE_PUSH_SEC);
    rValues.push(top, bottom);
  }
  // After the last beat (only inside the clip when the floor is too dead to dribble on) the arm relaxes.
  rTimes.push((rTimes[rTimes.length - 1] as number) + 0.6);
  rValues.push(restHand(H, 1));
  const handR = vkeys(rTimes, rValues);
  const handL = vkeys([0, s, t0, t0 + DRIBBLE_PUSH_SEC, t0 + 0.35], [
    sub(m0, [0, 0, HS]),
    sub(m0, [0, 0, HS]),
    sub(m1, [0, 0, HS]),
    sub(pushed, [0, 0, HS]),
    guard,
  ]);
  // Knees: a low athletic stance, with a small dip after each push.
  const dropKeys: Key[] = [[s, 0.03 * H], [t0, 0.07 * H]];
  for (let i = 1; i < beats.length; i++) {
    const b = beats[i] as number;
    const next = beats[i + 1];
    if (b <= t0 + 0.1) continue;
    dropKeys.push([b, 0.07 * H]);
    if (next !== undefined && next - b > 0.25) dropKeys.push([b + 0.12, 0.078 * H]);
  }
  const lean: Key[] = [[s, 0.06], [t0, 0.18]];
  // Right foot back, left foot forward: the ball bounces ahead of the right foot, clear of it.
  const footR: V = [-0.05 * H, 0, 0.1 * H];
  const footL: V = [0.06 * H, 0, -0.09 * H];
  return (t) => ({
    drop: channel(dropKeys, t),
    lift: 0,
    lean: channel(lean, t),
    headTilt: 0.1,
    handR: vchannel(handR, t),
    handL: vchannel(handL, t),
    elbowUp: 0,
    footR,
    footL,
    // A dribbler's pose repeats exactly from beat to beat, so the hand meets each bounce at the
    // same place; no breathing sway here.
    sway: 0,
    breathe: 0,
  });
}

// Where the centre of the ball is when the right palm sits on top of it at beat `index` (>= 1).
export function dribbleBallTop(track: ActorTrack, heightM: number, ballRadius: number, index: number): Vec3 {
  const beats = dribbleBeats(track);
  const t = beats[Math.min(Math.max(index, 1), beats.length - 1)] ?? track.releaseSec;
  const hand = personPose(track, heightM, t).handR;
  return [hand[0], hand[1] - ballRadius - DRIBBLE_PALM_ABOVE_BALL * heightM, hand[2]];
}

function buildRig(track: ActorTrack, H: number): Rig {
  switch (track.animation) {
    case 'shoot':
      return shootRig(track, H);
    case 'throw':
      return throwRig(track, H);
    case 'kick':
      return kickRig(track, H);
    case 'dribble':
      return dribbleRig(track, H);
    case 'idle':
      return idleRig(track, H);
  }
}

// Compiled rigs, keyed by everything they depend on (not by object identity, so a caller that edits
// a track in place still gets a fresh rig). Bounded: a scene has a handful of people.
const rigs = new Map<string, Rig>();
const MAX_RIGS = 64;

function rigFor(track: ActorTrack, H: number): Rig {
  const key = `${track.entityId}|${track.animation}|${track.startSec}|${track.releaseSec}|${track.facing}|${track.position.join(',')}|${H}|${track.beats?.join(',') ?? ''}`;
  let rig = rigs.get(key);
  if (!rig) {
    rig = buildRig(track, H);
    if (rigs.size >= MAX_RIGS) {
      const oldest = rigs.keys().next().value;
      if (oldest !== undefined) rigs.delete(oldest);
    }
    rigs.set(key, rig);
  }
  return rig;
}

// ---------- from body state to world-space joints ----------

function buildPose(track: ActorTrack, H: number, st: BodyState): PersonPose {
  const f = track.facing;
  const fwd: V = [Math.cos(f), 0, -Math.sin(f)];
  const right: V = [Math.sin(f), 0, Math.cos(f)];
  const base: V = [track.position[0], track.position[1], track.position[2]];
  // Local (x forward, y up, z right) to world.
  const w = (p: V): V => add(base, add(add(scale(fwd, p[0]), [0, p[1], 0]), scale(right, p[2])));

  const root = st.root ?? [0, 0];
  const pelvis: V = [root[0] - 0.25 * st.drop, BODY.hipHeight * H - st.drop + st.lift, st.sway + root[1]];
  const spine: V = [Math.sin(st.lean), Math.cos(st.lean), 0];
  const chest = add(add(pelvis, scale(spine, BODY.spineToChest * H)), [0, st.breathe, 0]);
  const shoulderC = add(add(pelvis, scale(spine, BODY.spineToShoulders * H)), [0, st.breathe * 0.7, 0]);
  const neck = add(add(pelvis, scale(spine, BODY.spineToNeck * H)), [0, st.breathe * 0.6, 0]);
  const headAngle = st.lean * 0.4 + st.headTilt;
  const head = add(neck, scale([Math.sin(headAngle), Math.cos(headAngle), 0], BODY.neckToHead * H));
  const shoulderR = add(shoulderC, [0, 0, BODY.shoulderHalfWidth * H]);
  const shoulderL = add(shoulderC, [0, 0, -BODY.shoulderHalfWidth * H]);

  // Elbows: hanging arms bend backwards-outwards; shooting arms point the elbow forward.
  const e = st.elbowUp;
  const poleFor = (side: 1 | -1): V => [-0.5 + 1.5 * e, -0.8 + 0.5 * e, side * (0.6 - 0.2 * e)];
  const armR = twoBone(shoulderR, add(shoulderC, st.handR), BODY.upperArm * H, BODY.forearm * H, poleFor(1));
  const armL = twoBone(shoulderL, add(shoulderC, st.handL), BODY.upperArm * H, BODY.forearm * H, poleFor(-1));

  const hipR = add(pelvis, [0, 0, BODY.hipHalfWidth * H]);
  const hipL = add(pelvis, [0, 0, -BODY.hipHalfWidth * H]);
  const ankle = BODY.ankleHeight * H;
  const footRTarget: V = [st.footR[0], ankle + st.lift + st.footR[1], st.footR[2]];
  const footLTarget: V = [st.footL[0], ankle + st.lift + st.footL[1], st.footL[2]];
  // Knees bend forward and a little outward.
  const legR = twoBone(hipR, footRTarget, BODY.thigh * H, BODY.shin * H, [1, 0, 0.15]);
  const legL = twoBone(hipL, footLTarget, BODY.thigh * H, BODY.shin * H, [1, 0, -0.15]);

  return {
    pelvis: w(pelvis),
    chest: w(chest),
    neck: w(neck),
    head: w(head),
    shoulderL: w(shoulderL),
    elbowL: w(armL.joint),
    handL: w(armL.end),
    shoulderR: w(shoulderR),
    elbowR: w(armR.joint),
    handR: w(armR.end),
    hipL: w(hipL),
    kneeL: w(legL.joint),
    footL: w(legL.end),
    hipR: w(hipR),
    kneeR: w(legR.joint),
    footR: w(legR.end),
  };
}

export const personPose: PersonPoseFn = (track, heightM, t) => buildPose(track, heightM, rigFor(track, heightM)(t));

// Where a held ball's centre is: for a two-handed hold (shoot, idle) the palms press on the ball's
// sides and the ball sits beyond the fingers, along the forearms; for a one-handed throw it sits in
// the right palm, beyond the forearm. Valid for t <= releaseSec; after that physics owns the ball.
export function ballHoldPosition(track: ActorTrack, heightM: number, t: number, ballRadius: number): Vec3 {
  const pose = personPose(track, heightM, t);
  const handR = pose.handR as V;
  const elbowR = pose.elbowR as V;
  if (track.animation === 'throw') {
    const n = normalize(sub(handR, elbowR), [0, 1, 0]);
    const p = add(handR, scale(n, ballRadius));
    return [p[0], p[1], p[2]];
  }
  const handL = pose.handL as V;
  const elbowL = pose.elbowL as V;
  const palms = mid(handL, handR);
  const across = sub(handR, handL);
  const halfSpread = len(across) / 2;
  const axis = normalize(across, [0, 0, 1]);
  // Out along the forearms, made perpendicular to the palm-to-palm line so both palms sit exactly on
  // the ball's surface.
  const out = sub(palms, mid(elbowL, elbowR));
  const n = normalize(sub(out, scale(axis, dot(out, axis))), [0, 1, 0]);
  // Pythagoras: with the palms on the ball's sides, its centre is this far past the palms' midpoint.
  const p = add(palms, scale(n, Math.sqrt(Math.max(ballRadius * ballRadius - halfSpread * halfSpread, 0))));
  return [p[0], p[1], p[2]];
}

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

function buildRig(track: ActorTrack, H: number): Rig {
  switch (track.animation) {
    case 'shoot':
      return shootRig(track, H);
    case 'throw':
      return throwRig(track, H);
    case 'idle':
      return idleRig(track, H);
  }
}

// Compiled rigs, keyed by everything they depend on (not by object identity, so a caller that edits
// a track in place still gets a fresh rig). Bounded: a scene has a handful of people.
const rigs = new Map<string, Rig>();
const MAX_RIGS = 64;

function rigFor(track: ActorTrack, H: number): Rig {
  const key = `${track.entityId}|${track.animation}|${track.startSec}|${track.releaseSec}|${track.facing}|${track.position.join(',')}|${H}`;
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

  const pelvis: V = [-0.25 * st.drop, BODY.hipHeight * H - st.drop + st.lift, st.sway];
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

// How a hand stirs with a spoon: it dips the spoon upright into the liquid (DIP_SEC before the
// stirring starts), moves it round in circles at TURNS_PER_SEC, a little off the cup's axis so that
// once a turn the bowl reaches the far wall (where a real spoon clinks), then lifts it out
// (LIFT_SEC) and lays it down on the table (lay-down.ts), or holds it above the cup in a clip too
// short for that. A person's own hand first brings it up from their side. The spoon's broad face is turned along its motion, as a
// stirring hand holds it, so it pushes the liquid round rather than slicing through it. It goes in
// and comes out tilted over the rim towards the hand's side (tiltedOut), not straight up: lifted
// upright out of a mug, the hand holding the handle's top rose 12 cm over the cup, out of the top
// of the frame, and the spoon was seen to hang and fall through the air with no hand on it.
import type { Vec3 } from '../../../contract/scene-plan';
import { slerp } from '../../hands/path';
import type { ContainerShape } from '../../liquids/container';
import type { ObjectModule } from '../../objects/types';

export const DIP_SEC = 0.45;
export const LIFT_SEC = 0.5;
const TURNS_PER_SEC = 1.5;
// The stir speeds up over this long (s).
const SPIN_UP_SEC = 0.4;
// The bowl's lowest point above the cup's floor while stirring (m).
const ABOVE_FLOOR_M = 0.012;
// Tilted out, the bowl's lowest point clears the rim by this much (m); it comes up by the wall
// opposite the hand's side, this share of the way from the axis to that wall, and the handle leans
// over the rim on the hand's side, clear of the rim by RIM_ROOM_M, as far as it can: as the bowl
// rises the spoon tilts just enough that the handle's top (and the hand on it) does not rise.
const RIM_CLEAR_M = 0.012;
const BACK_WALL_SHARE = 0.6;
const RIM_ROOM_M = 0.006;
// The circle's radius and its centre's offset from the axis, as shares of the room the bowl has to
// the wall; their sum passes the wall, so the bowl is stopped there (the hand pushes it to the wall).
const CIRCLE_SHARE = 0.6;
const OFFSET_SHARE = 0.7;
// In a wide vessel (a pot, a bowl) a hand stirs round its middle, not in a small circle by one wall:
// the circle's centre is at most this far off the axis (m) and the circle passes the wall by this
// share of the room, so the bowl still meets the wall once a turn. Measured ("a man stirs a pot of
// soup on the stove", seed 1): by the 0.6/0.7 shares the spoon went round a 5 cm circle 6 cm off the
// axis of a 19 cm pot and the soup turned at 0.70 rad/s; round the middle, 2.2.
const MAX_OFFSET_M = 0.02;
const PAST_WALL_SHARE = 0.15;

export type Quat = readonly [number, number, number, number];

export interface StirPath {
  // The cup's axis (x, z) and its floor's height.
  axis: readonly [number, number];
  floorY: number;
  // The spoon's centre height while stirring, its half length, the bowl's half width across.
  centreY: number;
  halfLengthM: number;
  bowlHalfM: number;
  // The farthest the spoon's centre may be from the axis (the bowl touches the wall), the circle.
  reachM: number;
  circleM: number;
  offsetM: number;
  startSec: number;
  stirSec: number;
  // The rim's height and the mouth's radius; the way (x, z, unit) the spoon is tilted out over the
  // rim and laid down: towards the hand's arm.
  rimY: number;
  mouthM: number;
  out: readonly [number, number];
  // A person's own hand brings the spoon up from their side (where its centre is at t = 0) to over
  // the cup, until the dip begins.
  carriedFrom?: Vec3;
  // After stirring the hand lays the spoon down on the table and lets go (lay-down.ts), when the
  // clip has time for it; otherwise it holds it above the cup to the end.
  lay?: LayDown;
  // Before it stirs, the hand takes the spoon up from where it lies on the table (from startSec,
  // lay-down.ts), instead of holding it from the first frame.
  take?: Lying & { startSec: number };
}

// A spoon lying on the table: where its centre is, how it lies, and the way its handle points (x, z).
export interface Lying {
  at: Vec3;
  rotation: Quat;
  handle: readonly [number, number];
}

export interface LayDown extends Lying {
  startSec: number;
  releaseSec: number;
}

export function stirPath(cupAt: Vec3, cup: ContainerShape, spoon: ObjectModule, startSec: number, stirSec: number, towards: readonly [number, number]): StirPath {
  const parts = spoon.parts ?? [];
  const halfLengthM = Math.max(...parts.map((p) => Math.abs(p.center[2]) + p.half[2]));
  const bowlHalfM = Math.max(...parts.map((p) => p.half[0]));
  const floorY = cupAt[1] - cup.heightM / 2 + cup.floorM;
  const reachM = cup.rIn(cup.floorM + ABOVE_FLOOR_M) - bowlHalfM;
  const l = Math.hypot(towards[0], towards[1]) || 1;
  return {
    rimY: cupAt[1] + cup.heightM / 2, mouthM: cup.rIn(cup.heightM), out: [towards[0] / l, towards[1] / l],
    axis: [cupAt[0], cupAt[2]], floorY, centreY: floorY + ABOVE_FLOOR_M + halfLengthM, halfLengthM, bowlHalfM,
    reachM, ...circleIn(reachM), startSec, stirSec,
  };
}

// The circle the spoon's centre goes round and its centre's offset from the axis, for a cup whose
// room for the spoon is reachM: in a mug the 0.6/0.7 shares (a circle by the far wall), in a wide
// vessel round its middle.
function circleIn(reachM: number): { circleM: number; offsetM: number } {
  const offsetM = Math.min(OFFSET_SHARE * reachM, MAX_OFFSET_M);
  return { offsetM, circleM: Math.max(CIRCLE_SHARE * reachM, (1 + PAST_WALL_SHARE) * reachM - offsetM) };
}

const ease = (u: number): number => (u <= 0 ? 0 : u >= 1 ? 1 : u * u * (3 - 2 * u));

// The angle turned round the circle by time t (rad): speeding up, then steady, then held.
function turned(path: StirPath, t: number): number {
  const w = 2 * Math.PI * TURNS_PER_SEC;
  const s = Math.min(Math.max(0, t - path.startSec), path.stirSec);
  // From the side of the circle nearest the axis (the spoon goes in clear of the wall).
  return Math.PI + (s < SPIN_UP_SEC ? (w * s * s) / (2 * SPIN_UP_SEC) : w * (s - SPIN_UP_SEC / 2));
}

// The spoon's pose at time t: centre, and a turn taking its long axis (z) up, its width (x) towards
// the axis and its thin side (y) along its motion.
export function spoonPose(path: StirPath, t: number): { position: Vec3; rotation: Quat } {
  const dipAt = path.startSec - DIP_SEC;
  if (path.carriedFrom && t < dipAt) {
    const over = spoonPose({ ...path, carriedFrom: undefined }, dipAt);
    const u = ease(t / dipAt);
    // Upright in the hanging hand (where carriedFrom puts it), tilted as it reaches the rim.
    const rotation = slerp(upright(turned(path, dipAt)), over.rotation, u);
    return { position: over.position.map((v, i) => path.carriedFrom![i]! + (v - path.carriedFrom![i]!) * u) as unknown as Vec3, rotation };
  }
  const a = turned(path, t);
  let x = path.offsetM + path.circleM * Math.cos(a), z = path.circleM * Math.sin(a);
  const r = Math.hypot(x, z);
  if (r > path.reachM) { x *= path.reachM / r; z *= path.reachM / r; }
  const down = 1 - ease((t - (path.startSec - DIP_SEC)) / DIP_SEC);
  const up = ease((t - path.startSec - path.stirSec) / LIFT_SEC);
  const stirring = { position: [path.axis[0] + x, path.centreY, path.axis[1] + z] as Vec3, rotation: upright(a) };
  return tiltedOut(path, stirring, Math.max(down, up));
}

// The spoon `share` of the way out of the cup from its stirring pose: its bowl's tip rises to just
// over the rim by the far wall while the spoon turns towards lying with its handle over the rim
// on the hand's side. Share 1 is where the lay (lay-down.ts) takes it from, and where it is before
// it is dipped in.
function tiltedOut(path: StirPath, stirring: { position: Vec3; rotation: Quat }, share: number): { position: Vec3; rotation: Quat } {
  if (share <= 0) return stirring;
  const [dx, dz] = path.out;
  const p = stirring.position;
  const back = BACK_WALL_SHARE * (path.mouthM - path.bowlHalfM);
  const tip0: Vec3 = [p[0], p[1] - path.halfLengthM, p[2]];
  const tip1: Vec3 = [path.axis[0] - dx * back, path.rimY + RIM_CLEAR_M, path.axis[1] - dz * back];
  // The bowl goes over to the far wall first, where the handle has the whole mouth to lean over.
  const rise = ease(share), across = ease(Math.min(1, 1.6 * share));
  const tip: Vec3 = [tip0[0] + (tip1[0] - tip0[0]) * across, tip0[1] + (tip1[1] - tip0[1]) * rise, tip0[2] + (tip1[2] - tip0[2]) * across];
  const level = Math.acos(Math.max(-1, 1 - (tip[1] - tip0[1]) / (2 * path.halfLengthM)));
  const below = path.rimY - tip[1];
  const fromAxis = (tip[0] - path.axis[0]) * dx + (tip[2] - path.axis[1]) * dz;
  const room = below > 0 ? Math.atan2(Math.max(0, path.mouthM - RIM_ROOM_M - fromAxis), below) : Math.PI / 2;
  const tilt = Math.min(level, room);
  // Turned to lie along (dx, dz), then its handle raised to `tilt` from the vertical.
  const yaw = Math.atan2(dx, dz), pitch = -(Math.PI / 2 - tilt);
  const leaning = mul([0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)], [Math.sin(pitch / 2), 0, 0, Math.cos(pitch / 2)]);
  const rotation = slerp(stirring.rotation, leaning, ease(Math.min(1, 2 * share)));
  const axis = longAxis(rotation);
  return { position: [tip[0] + axis[0] * path.halfLengthM, tip[1] + axis[1] * path.halfLengthM, tip[2] + axis[2] * path.halfLengthM], rotation };
}

// Where the spoon's long axis (z, the handle's end) points under rotation q.
export function longAxis(q: Quat): Vec3 {
  const [x, y, z, w] = q;
  return [2 * (x * z + w * y), 2 * (y * z - w * x), 1 - 2 * (x * x + y * y)];
}

// The spoon upright at angle a round its circle: a quarter turn about x takes its long axis (z) up
// (the bowl, at -z, down) and its thin side (y) to -z; a turn of pi - a about the vertical then
// takes that thin side along the circle's tangent (-sin a, 0, cos a), its width across it.
function upright(a: number): Quat {
  const s = Math.SQRT1_2;
  const yaw = Math.PI - a;
  return mul([0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)], [-s, 0, 0, s]);
}

export function mul(a: Quat, b: Quat): Quat {
  return [
    a[3] * b[0] + a[0] * b[3] + a[1] * b[2] - a[2] * b[1],
    a[3] * b[1] - a[0] * b[2] + a[1] * b[3] + a[2] * b[0],
    a[3] * b[2] + a[0] * b[1] - a[1] * b[0] + a[2] * b[3],
    a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2],
  ];
}

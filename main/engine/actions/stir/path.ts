// How a hand stirs with a spoon: it dips the spoon upright into the liquid (DIP_SEC before the
// stirring starts), moves it round in circles at TURNS_PER_SEC, a little off the cup's axis so that
// once a turn the bowl reaches the far wall (where a real spoon clinks), then lifts it out
// (LIFT_SEC) and lays it down on the table (lay-down.ts), or holds it above the cup in a clip too
// short for that. A person's own hand first brings it up from their side. The spoon's broad face is turned along its motion, as a
// stirring hand holds it, so it pushes the liquid round rather than slicing through it.
import type { Vec3 } from '../../../contract/scene-plan';
import type { ContainerShape } from '../../liquids/container';
import type { ObjectModule } from '../../objects/types';

export const DIP_SEC = 0.45;
export const LIFT_SEC = 0.5;
const TURNS_PER_SEC = 1.5;
// The stir speeds up over this long (s).
const SPIN_UP_SEC = 0.4;
// The bowl's lowest point above the cup's floor while stirring, and how high it is lifted out (m).
const ABOVE_FLOOR_M = 0.012;
const LIFT_M = 0.12;
// The circle's radius and its centre's offset from the axis, as shares of the room the bowl has to
// the wall; their sum passes the wall, so the bowl is stopped there (the hand pushes it to the wall).
const CIRCLE_SHARE = 0.6;
const OFFSET_SHARE = 0.7;

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
  // A person's own hand brings the spoon up from their side (where its centre is at t = 0) to over
  // the cup, until the dip begins.
  carriedFrom?: Vec3;
  // After stirring the hand lays the spoon down on the table and lets go (lay-down.ts), when the
  // clip has time for it; otherwise it holds it above the cup to the end.
  lay?: LayDown;
}

export interface LayDown {
  startSec: number;
  releaseSec: number;
  // Where the spoon's centre is let go, how it lies there, and the way its handle points (x, z).
  at: Vec3;
  rotation: Quat;
  handle: readonly [number, number];
}

export function stirPath(cupAt: Vec3, cup: ContainerShape, spoon: ObjectModule, startSec: number, stirSec: number): StirPath {
  const parts = spoon.parts ?? [];
  const halfLengthM = Math.max(...parts.map((p) => Math.abs(p.center[2]) + p.half[2]));
  const bowlHalfM = Math.max(...parts.map((p) => p.half[0]));
  const floorY = cupAt[1] - cup.heightM / 2 + cup.floorM;
  const reachM = cup.rIn(cup.floorM + ABOVE_FLOOR_M) - bowlHalfM;
  return {
    axis: [cupAt[0], cupAt[2]], floorY, centreY: floorY + ABOVE_FLOOR_M + halfLengthM, halfLengthM, bowlHalfM,
    reachM, circleM: CIRCLE_SHARE * reachM, offsetM: OFFSET_SHARE * reachM, startSec, stirSec,
  };
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
    return { position: over.position.map((v, i) => path.carriedFrom![i]! + (v - path.carriedFrom![i]!) * u) as unknown as Vec3, rotation: over.rotation };
  }
  const a = turned(path, t);
  let x = path.offsetM + path.circleM * Math.cos(a), z = path.circleM * Math.sin(a);
  const r = Math.hypot(x, z);
  if (r > path.reachM) { x *= path.reachM / r; z *= path.reachM / r; }
  const down = 1 - ease((t - (path.startSec - DIP_SEC)) / DIP_SEC);
  const up = ease((t - path.startSec - path.stirSec) / LIFT_SEC);
  const y = path.centreY + LIFT_M * Math.max(down, up);
  return { position: [path.axis[0] + x, y, path.axis[1] + z], rotation: upright(a) };
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

// How a jug is tipped to pour, as a hand does it: it is brought in over the glass, tipping until
// its liquid is about to reach the lip (APPROACH_SEC), then tipped on slowly (POUR_RAD_PER_SEC) so
// the liquid runs out over the lip in a steady stream rather than a slosh. It turns about its lip,
// held over the receiving glass's rim and never lower than keeps its foot clear of the table. The
// jug is moved (kinematic): the hand that tips it is not drawn yet.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import type { ContainerShape } from '../../liquids/container';
import { KINEMATIC_BODY } from '../../physics/constants';
import type { StepHook } from '../../simulate/schedule-types';

// Rapier's KinematicPositionBased body type, by value: the parser loads this module and must not
// load the physics engine.
const APPROACH_SEC = 1.0;
const POUR_RAD_PER_SEC = 0.35;
const MAX_RAD = 2.2;
// Before the liquid reaches the lip, the approach stops this much short of it (rad).
const SHORT_RAD = 0.1;
// The lip is held over the receiving rim's near edge (this share of its radius), just above it (m),
// and the jug's foot at least this far above the table (m). The stream leaves the lip moving away
// from the jug, faster as the jug tips on (at 0.4-0.6 m/s it travels 5-8 cm while falling into a
// glass): held over the middle of the rim and 3.5 cm up, it landed on the far rim and a sixth of
// the liquid ran off the table; from the near edge, low, it lands inside.
const LIP_OVER = 1.0;
const LIP_ABOVE_M = 0.015;
const CLEAR_M = 0.02;

export interface TipPath {
  // Where the lip pours from, and how far aside (+x) the jug starts, upright and clear of the glass.
  pivot: Vec3;
  asideM: number;
  // The lowest the lip may be for the jug's foot to clear the table (table top + clearance + height).
  floorY: number;
  heightM: number;
  // The tip at which the liquid reaches the lip.
  pourRad: number;
  // When the hand starts to stand the jug back on the table (none: it pours to the end).
  setDownSec?: number;
}

// Tipping the jug back upright, carrying it back aside and standing it on the table (s).
export const SET_DOWN_SEC = 0.8;

export function tipPath(target: Entity, into: ContainerShape, from: ContainerShape, fill: number, tableTopY: number): TipPath {
  const [x, y, z] = target.position;
  const lipX = x + LIP_OVER * into.rIn(into.heightM);
  const level = from.floorM + fill * (from.heightM - from.floorM);
  const pourRad = Math.atan((from.heightM - level) / from.rIn(from.heightM));
  return {
    pivot: [lipX, y + into.heightM / 2 + LIP_ABOVE_M, z],
    asideM: x + into.rOut(into.heightM) + CLEAR_M - lipX + from.rOut(from.heightM),
    floorY: tableTopY + CLEAR_M,
    heightM: from.heightM,
    pourRad,
  };
}

const ease = (u: number): number => (u <= 0 ? 0 : u >= 1 ? 1 : u * u * (3 - 2 * u));

function tippedOver(path: TipPath, startSec: number, t: number): number {
  const u = (t - startSec) / APPROACH_SEC;
  const approach = Math.max(0, path.pourRad - SHORT_RAD);
  if (u <= 1) return approach * ease(u);
  return Math.min(MAX_RAD, approach + POUR_RAD_PER_SEC * (t - startSec - APPROACH_SEC));
}

// How far the jug is on its way back down to the table at t (0 before the set-down, 1 standing).
const setDown = (path: TipPath, t: number): number => (path.setDownSec === undefined ? 0 : ease((t - path.setDownSec) / SET_DOWN_SEC));

export function tipAngle(path: TipPath, startSec: number, t: number): number {
  const back = setDown(path, t);
  return back > 0 ? tippedOver(path, startSec, path.setDownSec!) * (1 - back) : tippedOver(path, startSec, t);
}

// The tip by which the jug has let out all it held (measured, "he pours coffee from a jug into a
// mug", seed 1: 2409 particles, the last of them in the mug 3.75 s after the pour starts, when the
// jug was at 2.0 rad), and how long the last of the stream takes to fall into the glass (s).
const EMPTY_RAD = 2.0;
const STREAM_SEC = 0.3;

// When the last of the liquid is in the glass: the jug can be set down.
export function pouredOutSec(path: TipPath, startSec: number): number {
  const approach = Math.max(0, path.pourRad - SHORT_RAD);
  return startSec + APPROACH_SEC + Math.max(0, EMPTY_RAD - approach) / POUR_RAD_PER_SEC + STREAM_SEC;
}

// The jug's pose at time t: turned about +z by the tip angle about its lip.
export function jugPose(path: TipPath, from: ContainerShape, startSec: number, t: number): { position: Vec3; angle: number } {
  const angle = tipAngle(path, startSec, t);
  // Set down, it goes back aside and down until its foot stands on the table.
  const back = setDown(path, t);
  const u = ease((t - startSec) / APPROACH_SEC) * (1 - back);
  const c = Math.cos(angle), s = Math.sin(angle);
  const held = Math.max(path.pivot[1], path.floorY + path.heightM * c);
  const pivot: Vec3 = [path.pivot[0] + path.asideM * (1 - u), held + (path.floorY - CLEAR_M + path.heightM * c - held) * back, path.pivot[2]];
  // The lip in the jug's frame (centred): its -x rim.
  const lx = -from.rOut(from.heightM), ly = from.heightM / 2;
  return { position: [pivot[0] - (c * lx - s * ly), pivot[1] - (s * lx + c * ly), pivot[2]], angle };
}

export function tipHook(jugId: string, path: TipPath, from: ContainerShape, startSec: number): StepHook {
  return {
    start: (world) => {
      const body = world.bodyOf(jugId);
      body.setBodyType(KINEMATIC_BODY, true);
      body.collider(0).setCollisionGroups(0);
    },
    beforeStep: (k, world) => {
      const pose = jugPose(path, from, startSec, (k + 1) * world.dt);
      const body = world.bodyOf(jugId);
      body.setNextKinematicTranslation({ x: pose.position[0], y: pose.position[1], z: pose.position[2] });
      body.setNextKinematicRotation({ x: 0, y: 0, z: Math.sin(pose.angle / 2), w: Math.cos(pose.angle / 2) });
    },
  };
}

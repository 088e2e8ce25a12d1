// Where a cameo cut off at the waist can sit or stand so a table (or a counter) hides the cut edge:
// on the table's far side from the camera, close to its edge, so the camera's line to the cut edge
// runs into the table top. Standing, a waist-up person's cut (about 0.96 m for 1.8 m) is above a
// table's top (0.75 m) and would show; seated, as they most likely were when they filmed it, their
// hips are one thigh's length lower (the thigh turns from upright to level), so the cut is too.
// The camera's line must then meet the top between its far edge (steeper, it would look down
// into the gap behind the table) and its near edge (flatter, it would look under the table).
import type { Entity, ScenePlan, Vec3 } from '../../contract/scene-plan';
import * as THREE from 'three';
import { BODY, heightOf } from '../body/skeleton';
import { CAMERA_ANGLES, facingTheCamera } from '../frames/camera/angles';
import { computeLayout } from '../frames/scene/layout';
import { settingModule } from '../settings';
import { personCapsule } from '../simulate/schedule';

// The least the table top rises above the cut edge (metres): its own thickness and a little more.
const TOP_MARGIN_M = 0.05;
// Space between the person's body and the table's edge, and between them and anyone beside them.
const EDGE_GAP_M = 0.04;
const SIDE_GAP_M = 0.1;

export interface TableSeat {
  tableId: string;
  // Where the person stands (feet), and how far their card is drawn below a standing person's.
  position: Vec3;
  dropM: number;
  // The cut edge's height as drawn and half its width, and the table top's height.
  cutM: number;
  cutHalfM: number;
  topM: number;
}

// A person's half width: their collider's radius (a cameo's measured from the footage).
const halfWidthOf = (e: Entity): number => personCapsule(e).radius;

// The horizontal way from the table towards the camera, for the angle the plan asks (as the camera
// rig turns it for a seated cameo: across the table, she faces the camera's side).
export function cameraWay(plan: ScenePlan): [number, number] {
  const layout = computeLayout(plan, settingModule(plan.setting.kind));
  const side = new THREE.Vector3(...layout.side), axis = new THREE.Vector3(...layout.axis);
  const way = CAMERA_ANGLES[plan.camera.angle].direction(facingTheCamera(axis, side), plan.camera.shot);
  const flat = Math.hypot(way.x, way.z);
  return flat < 1e-6 ? [side.x, side.z] : [way.x / flat, way.z / flat];
}

// Where a horizontal ray from (x, z) along (dx, dz) is over the table: the distances it enters and
// leaves, or null when it misses.
export function overTable(table: Entity, x: number, z: number, dx: number, dz: number): [number, number] | null {
  let near = 0, far = Infinity;
  const [cx, , cz] = table.position;
  for (const [p, d, c, h] of [[x, dx, cx, table.size[0]!], [z, dz, cz, table.size[2]!]] as const) {
    if (Math.abs(d) < 1e-9) {
      if (Math.abs(p - c) > h) return null;
      continue;
    }
    const [t0, t1] = [(c - h - p) / d, (c + h - p) / d].sort((a, b) => a - b) as [number, number];
    near = Math.max(near, t0);
    far = Math.min(far, t1);
  }
  return near < far ? [near, far] : null;
}

// The least run (metres) the camera's lines to the cut edge's middle and ends must have over the top.
const LEAST_RUN_M = 0.45;

// The seat behind `table` for `person` whose footage ends `standingCutM` above their feet in an edge
// `cutHalfM` either side of them; 'too-high' when even seated their cut would be above the top,
// 'no-room' when the table is too small for the edge where the others leave room.
export function seatBehind(plan: ScenePlan, table: Entity, person: Entity, standingCutM: number, cutHalfM: number): TableSeat | 'too-high' | 'no-room' {
  const heightM = heightOf(person);
  const topM = table.position[1] + (table.size[1] ?? 0.375);
  const dropM = standingCutM <= topM - TOP_MARGIN_M ? 0 : BODY.thigh * heightM;
  const cutM = standingCutM - dropM;
  if (cutM > topM - TOP_MARGIN_M) return 'too-high';
  const [dx, dz] = cameraWay(plan);
  const r = halfWidthOf(person);
  const half = Math.max(r, cutHalfM);
  const others = plan.entities.filter((e) => e.kind === 'person' && e.id !== person.id);
  // Straight back from the table's middle, away from the camera, to just clear its edge; then slid
  // along that edge, or further back (behind someone standing there), to make room for the others.
  const [cx, , cz] = table.position;
  const exit = overTable(table, cx, cz, -dx, -dz)![1];
  const face = Math.abs(cx - dx * exit - cx) >= table.size[0]! - 1e-6 ? Math.abs(dx) : Math.abs(dz);
  const back = exit + (r + EDGE_GAP_M) / Math.max(face, 0.3);
  const fits = (x: number, z: number): boolean =>
    [-1, 0, 1].every((k) => {
      const run = overTable(table, x - dz * k * half, z + dx * k * half, dx, dz);
      return run !== null && run[1] - run[0] >= LEAST_RUN_M;
    }) && others.every((o) => Math.hypot(o.position[0] - x, o.position[2] - z) >= r + halfWidthOf(o) + SIDE_GAP_M);
  for (const further of [0, 0.35, 0.7]) {
    for (const t of [0, 0.15, -0.15, 0.3, -0.3, 0.45, -0.45, 0.6, -0.6]) {
      const x = cx - dx * (back + further) - dz * t, z = cz - dz * (back + further) + dx * t;
      if (fits(x, z)) return { tableId: table.id, position: [round(x), 0, round(z)], dropM: round(dropM), cutM, cutHalfM: half, topM };
    }
  }
  return 'no-room';
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

// Where a cameo cut off at the waist can sit or stand so a table (or a counter) hides the cut edge:
// on the table's far side from the camera, close to its edge, so the camera's line to the cut edge
// runs into the table top. Standing, a waist-up person's cut (about 0.96 m for 1.8 m) is above a
// table's top (0.75 m) and would show; seated, as they most likely were when they filmed it, their
// hips are one thigh's length lower (the thigh turns from upright to level), so the cut is too.
// The camera's line must then meet the top between its far edge (steeper, it would look down
// into the gap behind the table) and its near edge (flatter, it would look under the table).
import type { Entity, ScenePlan, Vec3 } from '../../contract/scene-plan';
import { BODY } from '../body/skeleton';
import { computeLayout } from '../frames/scene/layout';
import { settingModule } from '../settings';
import { personCapsule } from '../simulate/schedule';

// The least the table top rises above the cut edge (metres): its own thickness and a little more.
const TOP_MARGIN_M = 0.05;
// Space between the person's body and the table's edge, and between them and anyone beside them.
const EDGE_GAP_M = 0.04;
const SIDE_GAP_M = 0.1;
// The camera's line meets the top at least this far inside its near and far edges (metres).
const EDGE_INSET_M = 0.08;

export interface TableSeat {
  tableId: string;
  // Where the person stands (feet), and how far their card is drawn below a standing person's.
  position: Vec3;
  dropM: number;
  // The cut edge's height as drawn, and the table top's.
  cutM: number;
  topM: number;
  // The slopes (rise over run, camera above the cut) between which the camera's line to the cut
  // edge meets the table top.
  leastSlope: number;
  mostSlope: number;
}

// A person's half width: their collider's radius (a cameo's measured from the footage).
const halfWidthOf = (e: Entity): number => personCapsule(e).radius;

// The horizontal way from the action towards the camera of a side view (the layout's side).
export function cameraSide(plan: ScenePlan): [number, number] {
  const side = computeLayout(plan, settingModule(plan.setting.kind)).side;
  return [side[0], side[2]];
}

// The seat behind `table` for `person` whose footage ends `standingCutM` above their feet, or null
// when even seated their cut would be above the top, or there is no room beside the others there.
export function seatBehind(plan: ScenePlan, table: Entity, person: Entity, standingCutM: number): TableSeat | null {
  const heightM = person.size[0] ?? 1.7;
  const topM = table.position[1] + (table.size[1] ?? 0.375);
  const dropM = standingCutM <= topM - TOP_MARGIN_M ? 0 : BODY.thigh * heightM;
  const cutM = standingCutM - dropM;
  if (cutM > topM - TOP_MARGIN_M) return null;
  const [sx, sz] = cameraSide(plan);
  const hx = table.size[0] ?? 0.7, hz = table.size[2] ?? 0.4;
  // Half the table's depth along the view, and half its length across it.
  const depth = Math.abs(sx) * hx + Math.abs(sz) * hz;
  const length = Math.abs(sz) * hx + Math.abs(sx) * hz;
  const r = halfWidthOf(person);
  const back = depth + r + EDGE_GAP_M;
  const others = plan.entities.filter((e) => e.kind === 'person' && e.id !== person.id);
  const room = Math.max(0, length - r);
  const along = [0, 0.5, -0.5, 1, -1].map((k) => k * room).find((t) => {
    const x = table.position[0] - sx * back + sz * t, z = table.position[2] - sz * back - sx * t;
    return others.every((o) => Math.hypot(o.position[0] - x, o.position[2] - z) >= r + halfWidthOf(o) + SIDE_GAP_M);
  });
  if (along === undefined) return null;
  const position: Vec3 = [round(table.position[0] - sx * back + sz * along), 0, round(table.position[2] - sz * back - sx * along)];
  const rise = topM - cutM;
  const gap = r + EDGE_GAP_M;
  return { tableId: table.id, position, dropM: round(dropM), cutM, topM, leastSlope: rise / (gap + 2 * depth - EDGE_INSET_M), mostSlope: rise / (gap + EDGE_INSET_M) };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

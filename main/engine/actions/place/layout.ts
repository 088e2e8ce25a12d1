// Where a placed thing starts and where it comes to rest: on the table beside what it goes onto (a
// plate, a bowl, a board), or on the table in front of a bookshelf standing behind it, on the shelf
// board nearest a hand's height.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { v3 } from '../../cast/arrange';
import { objectModule } from '../../objects';
import { heightOf } from '../../objects/geometry';
import { halfOf } from '../shared/hand-moves';
import { burnerSpots, isStove, standStove } from '../shared/stove-top';
import type { Surface } from '../shared/tabletop';

export interface PlaceLayout {
  // Where the placed thing's centre comes to rest, and the height its bottom clears on the way.
  rest: Vec3;
  clearY: number;
}

// Between the table's far edge and the shelf's front (m).
const SHELF_GAP_M = 0.08;
// Between the table's end and a stove's side (m).
const STOVE_GAP_M = 0.03;
// A hand sets things on the board nearest this height (m).
const HAND_HEIGHT_M = 1.0;

// The top of what a thing rests on when put on `onto`. A dish collides as the solid its profile
// turns out (simulate/world-builder.ts), so a cup set on a plate rests at the plate's rim height.
const topOf = (onto: Entity): number => onto.position[1] + halfOf(onto)[1];

// Lays the thing on the table beside what it goes onto (none: it is moved along the table).
export function layOnTable(thing: Entity, onto: Entity | undefined, s: Surface): void {
  thing.position = v3(-0.22, s.topY + halfOf(thing)[1], 0);
  if (onto && onto.kind !== 'table') onto.position = v3(0.15, s.topY + halfOf(onto)[1], 0);
}

// A bookshelf against the far side of the table, its open front to the table (and the camera); the
// thing on the table near its back edge, off to one side.
export function layBeside(thing: Entity, shelf: Entity, s: Surface, tableHalfDepthM: number): void {
  const halfH = shelf.size[1] ?? heightOf(objectModule(shelf.form)) / 2;
  shelf.position = v3(0, halfH, -(tableHalfDepthM + SHELF_GAP_M + halfOf(shelf)[2]));
  thing.position = v3(0.25, s.topY + halfOf(thing)[1], -(tableHalfDepthM - 0.2));
}

// A stove stands on the floor with the table's end beside its left side (the table moved along for
// it), the thing on the table near that end: set on the table at the middle, the stove stood on the
// table top (1.2 m up) and the kettle was set beside it onto the floor.
export function layBesideStove(thing: Entity, stove: Entity, table: Entity | undefined, s: Surface): void {
  standStove(stove);
  const left = stove.position[0] - (stove.size[0] ?? 0.3) - STOVE_GAP_M;
  if (table) table.position = v3(left - (table.size[0] ?? 0.7), table.position[1], table.position[2]);
  thing.position = v3(left - 0.15, s.topY + halfOf(thing)[1], 0);
}

// The tops of a shelf's boards (m), from its catalog parts.
function boardTops(shelf: Entity): number[] {
  const o = objectModule(shelf.form);
  const halfH = shelf.size[1] ?? heightOf(o) / 2;
  const scale = halfH / (heightOf(o) / 2);
  return (o.parts ?? []).filter((p) => p.half[1] < 0.02 && p.half[0] > 0.3).map((p) => shelf.position[1] + (p.center[1] + p.half[1]) * scale);
}

// Where the thing comes to rest on `onto`, from where the cast laid them out: on a shelf's board
// nearest a hand's height, on the table a little further along, or on top of (inside) the other thing.
export function restFor(thing: Entity, onto: Entity): PlaceLayout {
  const h = halfOf(thing)[1];
  const bottom = thing.position[1] - h;
  if (onto.kind === 'object' && onto.form === 'shelf') {
    const tops = boardTops(onto);
    const board = tops.reduce((a, b) => (Math.abs(b - HAND_HEIGHT_M) < Math.abs(a - HAND_HEIGHT_M) ? b : a), tops[0] ?? HAND_HEIGHT_M);
    return { rest: [onto.position[0], board + h, onto.position[2]], clearY: Math.max(board, bottom) };
  }
  // On a stove, on its front left burner (not the enamel between the rings).
  if (isStove(onto)) {
    const [x, z] = burnerSpots(onto)[0]!;
    return { rest: [x, topOf(onto) + h, z], clearY: Math.max(bottom, topOf(onto)) };
  }
  if (onto.kind === 'table' || onto.id === thing.id) return { rest: [thing.position[0] + 0.42, thing.position[1], thing.position[2]], clearY: bottom };
  const top = topOf(onto);
  return { rest: [onto.position[0], top + h, onto.position[2]], clearY: Math.max(bottom, onto.position[1] + halfOf(onto)[1]) };
}

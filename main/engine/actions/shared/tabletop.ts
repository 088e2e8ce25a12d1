// Where everyday things stand for the tabletop actions (slide, tip, spin, dominoes, a can rolled):
// on the table when the prompt has one (set in the middle of the scene), else on the floor; and how
// a thing stands up (a book lying flat is stood on its edge, a lathe thing stands on its base).
import type { Entity } from '../../../contract/scene-plan';
import { v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { objectModule } from '../../objects';
import { heightOf } from '../../objects/geometry';
import type { ObjectModule } from '../../objects/types';
import { tableGeometry } from '../../simulate/fixtures';

export interface Surface {
  // Height of the surface things stand on, and how far it runs along x either side of x = 0.
  topY: number;
  halfLengthM: number;
  friction: number;
}

// Friction of the floor as casting assumes it (the setting's own ground decides in the simulation).
const FLOOR_FRICTION = 0.5;

export function surfaceOf(scene: CastScene): Surface {
  const [table] = scene.of('table');
  if (!table) return { topY: 0, halfLengthM: 1.5, friction: FLOOR_FRICTION };
  table.position = v3(0, table.size[1] ?? 0.375, 0);
  return { topY: tableGeometry(table).topY, halfLengthM: (table.size[0] ?? 0.7) - 0.05, friction: table.friction };
}

// Half extents of a part-made thing along x, y, z (about its middle).
export function partsHalf(o: ObjectModule): [number, number, number] {
  const parts = o.parts ?? [];
  const span = (k: 0 | 1 | 2): number => Math.max(...parts.map((p) => Math.abs(p.center[k]) + p.half[k]));
  return [span(0), span(1), span(2)];
}

// Half extents of a thing lying as the catalog has it (x across, y up, z along), scaled to the entity.
export function lyingHalf(e: Entity): [number, number, number] {
  const o = objectModule(e.form);
  const scale = (e.size[1] ?? 1) / (heightOf(o) / 2);
  if (o.parts) return partsHalf(o).map((h) => h * scale) as [number, number, number];
  const r = Math.max(...o.profile.map((p) => p[0])) * scale;
  return [r, (heightOf(o) / 2) * scale, r];
}

export interface Standing {
  // How the thing is turned to stand (absent: as the catalog has it).
  rotation?: [number, number, number, number];
  // Half its height standing, and half its depth along x (the way it is pushed over), in metres.
  halfUpM: number;
  halfAlongM: number;
}

// A quarter turn about z: what was along x points up.
const X_UP: [number, number, number, number] = [0, 0, Math.SQRT1_2, Math.SQRT1_2];

// How a thing stands up, scaled to the entity: a lathe thing on its base (tipping about the base's
// rim); a box thing lying on its widest face is stood on its edge (a book on its long edge).
export function standing(e: Entity): Standing {
  const o = objectModule(e.form);
  const scale = (e.size[1] ?? 1) / (heightOf(o) / 2);
  if (!o.parts) {
    const base = Math.max(...o.profile.filter((p) => p[1] <= 0.01 * heightOf(o) + 1e-4).map((p) => p[0]));
    return { halfUpM: (heightOf(o) / 2) * scale, halfAlongM: base * scale };
  }
  const [hx, hy, hz] = partsHalf(o);
  if (hy < Math.min(hx, hz)) return { rotation: X_UP, halfUpM: hx * scale, halfAlongM: hy * scale };
  return { halfUpM: hy * scale, halfAlongM: hx * scale };
}

// Whether a thing lies as the catalog has it (in a stack, say), not stood up: turned, if at all,
// only about the vertical.
export const lyingFlat = (e: Entity): boolean => !e.rotation || Math.abs(e.rotation[0]) + Math.abs(e.rotation[2]) < 1e-6;

// Stands a thing at (x, z) on the surface, turned to stand.
export function standOn(e: Entity, s: Surface, x: number, z: number): Standing {
  const st = standing(e);
  e.position = v3(x, s.topY + st.halfUpM, z);
  if (st.rotation) e.rotation = st.rotation;
  return st;
}

// Whether a thing is tall enough to tip over (taller than it is deep), standing.
export const isTall = (e: Entity): boolean => {
  const st = standing(e);
  return st.halfUpM > 1.2 * st.halfAlongM;
};

// The words that put things on a shelf ("a vase rocks on the shelf"), and the shelf they name: it
// stands on the floor as furniture, the things on one of its boards.
const ON = new Set(['on', 'onto', 'upon']);
const SHELF_NOUNS = new Set(['shelf', 'shelves', 'bookshelf', 'bookcase']);
export function shelfUnder(scene: CastScene): Entity | undefined {
  const shelf = scene.of('object').find((e) => e.form === 'shelf');
  const words = scene.words.words;
  const said = words.some((w, i) => ON.has(w) && words.slice(i + 1, i + 4).some((n) => SHELF_NOUNS.has(n)));
  return shelf && said && scene.of('object').some((e) => e.form !== 'shelf') ? shelf : undefined;
}

// A shelf stands unturned (shelfSurface), its open front towards +z (the back panel at -z): a hand
// reaching a board comes in from there (the sign of z it comes from).
export const SHELF_FRONT_Z = 1;

// A hand sets things on the board nearest this height (m), within reach and in the picture.
const BOARD_AT_M = 1.0;

// Stands the shelf on the floor in the middle of the scene and returns its board nearest a hand's
// height as the surface (its boards from the catalog's parts: thin, wide slabs).
export function shelfSurface(shelf: Entity): Surface {
  const o = objectModule(shelf.form);
  const halfH = shelf.size[1] ?? heightOf(o) / 2;
  const scale = halfH / (heightOf(o) / 2);
  shelf.position = v3(0, halfH, 0);
  const boards = (o.parts ?? []).filter((p) => p.half[1] < 0.02 && p.half[0] > 0.3);
  const tops = boards.map((p) => ({ topY: halfH + (p.center[1] + p.half[1]) * scale, halfLengthM: p.half[0] * scale }));
  const best = tops.reduce((a, b) => (Math.abs(b.topY - BOARD_AT_M) < Math.abs(a.topY - BOARD_AT_M) ? b : a), tops[0] ?? { topY: BOARD_AT_M, halfLengthM: 0.35 });
  return { topY: best.topY, halfLengthM: best.halfLengthM - 0.05, friction: o.friction };
}

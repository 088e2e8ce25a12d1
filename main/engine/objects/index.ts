// OBJECTS: the only list of everyday objects. The parser reads their nouns, the cast their sizes,
// the simulator their shape, mass and fracture, the frames their profile. Object forms never import
// this file.
import type { ObjectForm } from '../../contract/scene-plan';
import { bottle, bowl, glass, mixingBowl, mug, plate, vase } from './forms';
import { book, board, brick, chair, domino, phone, remote, shelf } from './box-things';
import { apple, jug, pot, sink, spoon, stone, tap } from './kitchen';
import { kettle, stove } from './stove';
import { can, coin, cup, egg, orange, pencil, wheel } from './round-things';
import type { ObjectModule } from './types';

export const OBJECTS: readonly ObjectModule[] = [
  glass, plate, vase, bottle, bowl, mixingBowl, mug, jug, apple, stone,
  cup, coin, egg, orange, can, pencil, wheel, book, phone, domino, remote, board, chair, shelf, brick, spoon, tap, sink, pot, stove, kettle,
];

const BY_FORM = new Map<ObjectForm, ObjectModule>(OBJECTS.map((o) => [o.form, o]));

export function objectModule(form: ObjectForm | undefined): ObjectModule {
  const found = form ? BY_FORM.get(form) : undefined;
  if (!found) throw new Error(`No object module for "${form}".`);
  return found;
}

// Whether a form is one poured from (objects/types.ts pouredFrom): a jug, a bottle, a kettle.
export const isPouredFrom = (form: ObjectForm | undefined): boolean => (form ? BY_FORM.get(form)?.pouredFrom === true : false);

// What pouring and dropping things into a liquid share: which liquid the prompt names, which of
// its things hold liquids, and a table to stand them on (a kitchen's).
import type { Entity } from '../../../contract/scene-plan';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { placeAside, v3 } from '../../cast/arrange';
import { findLiquid, LIQUID_WORDS } from '../../liquids/catalog';
import { CONTAINER_FORMS } from '../../liquids/floaters';
import { heightOf } from '../../objects/geometry';
import { objectModule } from '../../objects';
import { tableGeometry } from '../../simulate/fixtures';
import { standStove, stoveOf } from './stove-top';

export const liquidSaid = (ctx: DraftContext): boolean => findLiquid(ctx.text) !== null;

export const isContainer = (e: Pick<Entity, 'kind' | 'form'>): boolean => e.kind === 'object' && e.form !== undefined && CONTAINER_FORMS.has(e.form);

export const containerDrafts = (ctx: DraftContext): number => ctx.draftsOf('object').filter((d) => d.target.kind === 'object' && CONTAINER_FORMS.has(d.target.form)).length;

// Whether the vessel named at word `m` is what something goes into ("into a bowl", "in the glass",
// "fills the kettle with water": what is filled), after the word at `after` (an action's verb:
// "stirs the soup in the pot, then pours it into a bowl" pours into the bowl). Not "filled": "a
// filled jug" is poured from.
const INTO_WORDS = new Set(['into', 'in', 'fills', 'fill', 'filling', 'refills', 'refill', 'refilling']);
export const namedInto = (words: readonly string[], m: number, after = -1): boolean => m > after && [words[m - 1], words[m - 2]].some((w) => INTO_WORDS.has(w ?? ''));

// The vessel the words put something into ("next to a glass of milk, water runs from the tap into a
// bowl": the bowl), if any of `containers` is (named after the word at `after`).
export function vesselNamedInto(scene: CastScene, containers: readonly Entity[], after = -1): Entity | undefined {
  return containers.find((c) => scene.mentionsOf(c).some((m) => namedInto(scene.words.words, m, after)));
}

// The vessel the words put something into, else the first of `containers`.
export const vesselInto = (scene: CastScene, containers: readonly Entity[]): Entity => vesselNamedInto(scene, containers) ?? containers[0]!;

// Puts the table in the middle of the room and returns the height of its top (0: no table, the floor).
// A stove the prompt names is what the vessel stands on instead (stove-top.ts), a table beside it.
export function tableTop(scene: CastScene): number {
  const [table] = scene.of('table');
  const stove = stoveOf(scene);
  if (stove) {
    if (table) placeAside([table], 1.6);
    return standStove(stove);
  }
  if (!table) return 0;
  table.position = v3(0, table.size[1] ?? 0.375, 0);
  return tableGeometry(table).topY;
}

// Stands a container upright on a surface at height `topY`, centred at (x, z).
export function standOn(e: Entity, x: number, topY: number, z: number): void {
  e.position = v3(x, topY + heightOf(objectModule(e.form)) / 2, z);
}

// The words about liquids that the result shows.
export const LIQUID_DETAILS = [...LIQUID_WORDS, 'liquid', 'full of', 'half full', 'with water', 'to the brim', 'water level', 'rises', 'rising'];

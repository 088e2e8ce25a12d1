// A liquid at rest in a container the prompt only names ("a glass of water on the table", "a mug
// of coffee"): when no action of the scene pours, tips, stirs, taps or drops into a liquid, the
// first named vessel that usually holds one stands filled to its usual level (objects/: a glass
// 0.8 of its inside height, a mug 0.85, a bowl 0.6), settled and asleep (engine/liquids/).
import type { Action, Entity, LiquidFill, LiquidKind } from '../../contract/scene-plan';
import type { CastScene } from '../cast/cast-scene';
import { findLiquid, liquidFacts } from '../liquids/catalog';
import { ContainerShape } from '../liquids/container';
import { otherLiquidNamed, RESTING_SHARE } from '../liquids/resting';
import { objectModule } from '../objects';
import { broughtLater, broughtTogether } from './clause-liquid';

// The words about a liquid at rest that the still scene shows: its own names (not another's: "a
// glass of water and a cup of milk" fills the glass alone).
export const stillLiquidWords = (kind: LiquidKind): string[] => [...liquidFacts(kind).words, 'liquid', 'full of', 'half full', 'filled with'];

// "half full" asks for half; anything else is the vessel's usual level.
const HALF = 0.5;

// Whether an action brings a liquid of its own (a pour's `from`, a tip's `holds`, a tap's flow).
function bringsLiquid(action: Action): boolean {
  if ('liquid' in action) return true;
  return Object.values(action).some((v) => v !== null && typeof v === 'object' && 'liquid' in v);
}

export function stillLiquidOf(scene: CastScene): LiquidFill | undefined {
  const text = scene.words.text;
  const pour = scene.actions.find((a) => a.kind === 'pour');
  if (pour) return restingUnder(scene, pour);
  const liquid = findLiquid(text);
  if (!liquid || scene.actions.some(bringsLiquid)) return undefined;
  const vessel = vesselFor(scene, liquidFacts(liquid).words);
  const usual = vessel && usualFill(vessel);
  if (!vessel || usual === undefined) return undefined;
  return { liquid, in: vessel.id, fill: text.includes(' half full ') ? HALF : usual };
}

const usualFill = (e: Entity): number | undefined => (e.kind === 'object' && e.form !== undefined ? objectModule(e.form).usualFill : undefined);

// The vessel the words fill: the one the liquid's name follows most closely ("an empty bowl next to a
// glass of water" fills the glass, not the bowl named first), never one said to be empty.
function vesselFor(scene: CastScene, names: readonly string[]): Entity | undefined {
  const words = scene.words.words;
  const said = words.flatMap((w, i) => (names.some((n) => n.split(' ')[0] === w) ? [i] : []));
  let best: { entity: Entity; gap: number } | undefined;
  for (const [draft, ids] of scene.idsByDraft) {
    const entity = scene.entities.find((e) => ids.includes(e.id));
    if (!entity || usualFill(entity) === undefined) continue;
    for (const m of draft.mentions) {
      if (words.slice(Math.max(0, m - 3), m).includes('empty')) continue;
      const after = said.filter((i) => i > m).map((i) => i - m);
      const gap = after.length > 0 ? Math.min(...after) : Infinity;
      if (!best || gap < best.gap) best = { entity, gap };
    }
  }
  return best?.entity;
}

// A pour into another liquid ("pours milk into a cup of coffee", "into the coffee"): that liquid
// stands in the pour's target at RESTING_SHARE of its volume (the pour brings less: pour/cast.ts),
// and the two are one body of liquid (liquids/resting.ts). Another vessel named with it ("from the
// jug next to a cup of coffee" into a glass) is left to the words: not shown.
function restingUnder(scene: CastScene, pour: Extract<Action, { kind: 'pour' }>): LiquidFill | undefined {
  return restingIn(scene, pour.from.liquid, pour.into, pour.from.in);
}

// The other liquid standing in the vessel `intoId` that `poured` is poured into from `fromId`, if
// any: the one place this is decided, so the pour (pour/cast.ts, which brings less into it) and the
// still liquid agree. A liquid named with a third vessel rests in neither.
export function restingIn(scene: CastScene, poured: LiquidKind, intoId: string, fromId: string): LiquidFill | undefined {
  const liquid = otherLiquidNamed(scene.words.text, poured);
  const target = scene.entities.find((e) => e.id === intoId);
  if (!liquid || !target || target.kind !== 'object' || !target.form) return undefined;
  // "pours milk and coffee into a glass": the coffee is poured too, never already standing there.
  const pourAt = scene.words.verbAt('pour');
  if (broughtTogether(scene.words.words, pourAt).includes(liquid)) return undefined;
  // "then stirs the milk into it": the milk comes after the pour, it never stood in the cup.
  if (broughtLater(scene.words.words, liquid, pourAt, scene.words.verbIndices())) return undefined;
  const named = vesselFor(scene, liquidFacts(liquid).words);
  if (named && named.id !== target.id && named.id !== fromId) return undefined;
  const s = new ContainerShape(objectModule(target.form));
  const level = s.levelFor(RESTING_SHARE * s.volumeBelow(s.heightM));
  return { liquid, in: target.id, fill: Math.round((1000 * (level - s.floorM)) / (s.heightM - s.floorM)) / 1000 };
}

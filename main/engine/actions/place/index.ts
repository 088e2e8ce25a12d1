// Place: a hand picks a thing up and sets it down on something (a cup on a plate, a book on a
// shelf, an egg in a bowl): it grips it, carries it over, lowers it until it is just above where it
// will rest and lets go; the thing settles by itself (engine/hands/).
import type { Entity } from '../../../contract/scene-plan';
import { placeAside, round } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { HandHook } from '../../hands/hand-hook';
import { placePlan, withNextId } from '../shared/hand-moves';
import { HAND_WORDS } from '../shared/hand-words';
import { cameoCannotReach, castHandOwner, doer, ownArm } from '../shared/own-hand';
import { byId } from '../shared/motion';
import { surfaceOf } from '../shared/tabletop';
import { fateOf, tellOutcome, type Fate } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';
import { layBeside, layBesideStove, layOnTable, restFor } from './layout';
import { isStove } from '../shared/stove-top';

export const PLACE = [
  'places', 'place', 'placed', 'placing', 'puts', 'put', 'putting', 'sets down', 'set down', 'setting down', 'sets', 'lays', 'laid', 'laying',
  'puts down', 'put down', 'puts away', 'put away', 'rests', 'rested',
];
const ON = ['on', 'onto', 'in', 'into', 'inside', 'on top of', 'upon'];
const START_SEC = 0.6;

// What the thing is put on: the thing named after "on" / "into" (or the shelf).
function ontoOf(scene: CastScene): Entity | undefined {
  const words = scene.words.words;
  for (let i = 0; i < words.length; i++) {
    if (!ON.includes(words[i] ?? '')) continue;
    const draft = scene.words.draftNear('object', i + 1);
    const id = draft ? scene.idsByDraft.get(draft)?.[0] : undefined;
    const found = scene.entities.find((e) => e.id === id);
    if (found) return found;
  }
  return scene.of('object').find((e) => e.form === 'shelf');
}

function castPlace(scene: CastScene): CastResult {
  const onto = ontoOf(scene);
  const [thing] = [...scene.of('object'), ...scene.boxes].filter((e) => e !== onto);
  const s = surfaceOf(scene);
  const place = thing ? { kind: 'place' as const, object: thing.id, onto: onto?.id ?? scene.of('table')[0]?.id ?? thing.id, startSec: round(scene.startAt(START_SEC)) } : undefined;
  if (thing && place) {
    if (onto?.form === 'shelf') layBeside(thing, onto, s, scene.of('table')[0]?.size[2] ?? 0.45);
    else if (onto && isStove(onto)) layBesideStove(thing, onto, scene.of('table')[0], s);
    else layOnTable(thing, onto, s);
    scene.actions.push(place);
  }
  // A shelf stands on the floor beside the table: a hand from outside the frame reaches it.
  castHandOwner(scene, onto?.form === 'shelf' ? undefined : place);
  placeAside([...scene.balls, ...[...scene.of('object'), ...scene.boxes].filter((e) => e !== thing && e !== onto)], 2.4);
  return { focus: thing?.id ?? null, defaultSetting: onto && isStove(onto) ? 'kitchen' : 'room', shot: onto?.form === 'shelf' ? 'wide' : 'medium' };
}

export const placeAction: ActionModule<'place'> = {
  kind: 'place',
  words: { verbs: PLACE, details: [...HAND_WORDS, ...ON.map((w) => `${w} top`), 'down'], describe: 'places', done: 'being placed' },
  claims: (ctx) => ctx.said('place') && (ctx.has('object') || ctx.has('box')) && !ctx.has('ball') && !ctx.said('pour'),
  imply: (ctx) => {
    if (!ctx.has('table')) ctx.addImplied('table', { kind: 'table', label: 'table' });
  },
  cast: castPlace,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const thing = byId(ctx.plan, action.object);
    const onto = byId(ctx.plan, action.onto);
    if (!thing || !onto) return;
    const lay = restFor(thing, onto);
    ctx.hooks.push(new HandHook(withNextId(placePlan(thing, lay.rest, lay.clearY, action.startSec, ownArm(ctx, action.by, thing.position)), ctx.hooks), ctx.plan.entities));
    const who = doer(ctx.plan.entities, action.by);
    ctx.setOutcome(tellOutcome((run) => placed(who, thing, onto, fateOf(ctx.plan, run, thing.id), run.final.get(thing.id)?.position, lay.rest)));
  },
  sentence: (action, name) => `${action.by ? name(action.by) : 'a hand'} places ${name(action.object)} on ${name(action.onto)}`,
};

function placed(who: string, thing: Entity, onto: Entity, fate: Fate | null, end: readonly number[] | undefined, rest: readonly number[]): string {
  if (!end) return '';
  if (fate?.broke) return `${who} set the ${thing.label} down, and it broke.`;
  if (fate?.fellOver) return `${who} set the ${thing.label} down, but it fell over.`;
  const off = Math.hypot((end[0] ?? 0) - (rest[0] ?? 0), (end[1] ?? 0) - (rest[1] ?? 0), (end[2] ?? 0) - (rest[2] ?? 0));
  const where = onto.kind === 'table' ? 'further along the table' : `on the ${onto.label}`;
  return off < 0.03 ? `${who} placed the ${thing.label} ${where}, where it came to rest.` : `${who} set the ${thing.label} down, but it did not stay ${where}.`;
}

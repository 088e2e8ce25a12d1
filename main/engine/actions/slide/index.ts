// Slide: an everyday thing (a book, a phone, a mug) is pushed along a table or the floor and let go;
// it slides and friction stops it, after v^2 / (2 mu g) as Coulomb friction says.
import { placeAside, placeBystanders } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { phraseIndices } from '../../prompt/text';
import { HAND_WORDS, implyTable } from '../shared/hand-words';
import { cameoCannotReach, doer } from '../shared/own-hand';
import { handTurnsOf, pushAlong, schedulePushes, STROKE_M } from '../shared/push-along';
import { isClaimed, scheduleLooseBall } from '../shared/loose-ball';
import { byId } from '../shared/motion';
import { besidesStove } from '../shared/stove-top';
import { surfaceOf } from '../shared/tabletop';
import { cm, fateOf, tellOutcome, type Fate } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';

export const SLIDE = [
  'slides', 'slide', 'sliding', 'slid', 'skids', 'skid', 'skidding', 'skidded', 'glides', 'glide', 'gliding', 'glided',
  'pushes', 'push', 'pushed', 'pushing', 'shoves', 'shove', 'shoved', 'shoving', 'flicks', 'flick', 'flicked', 'scoots', 'scooted', 'nudges', 'nudged',
  // "someone knocks the mug off the table": a push along it, off the edge ("knocks over" is a tip's).
  'knocks', 'knock', 'knocking',
];

// What a box pushed off a table's edge is said to do.
const FALLS = ['falls off', 'fall off', 'fell off', 'falling off', 'drops off', 'drop off', 'tumbles off', 'topples off'];

// Where the prompt names a slide: a slide's own verb, else a fall off something (a box's, above).
const findSlide = (words: readonly string[]): number => phraseIndices(words, SLIDE)[0] ?? phraseIndices(words, FALLS)[0] ?? -1;

function castSlide(scene: CastScene): CastResult {
  // Everyday things, and bricks, blocks and boxes.
  const { moved: things, standing } = besidesStove([...scene.of('object'), ...scene.boxes]);
  const s = surfaceOf(scene);
  // "pushes the book off the table": from nearer the edge, far enough to pass it.
  const off = scene.of('table').length > 0 && scene.words.related(['off'], 'table');
  if (pushAlong(scene, things, s, off).length === 0) placeBystanders(scene.people, -1.4);
  placeAside([...scene.balls, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs'), ...standing], 2.5);
  return { focus: things[0]?.id ?? null, defaultSetting: 'room', shot: 'medium' };
}

export const slideAction: ActionModule<'slide'> = {
  kind: 'slide',
  words: { verbs: SLIDE, find: findSlide, details: [...HAND_WORDS, ...FALLS], describe: 'slides', done: 'being slid', performer: 'pushes' },
  // "A box falls off the table": a hand pushes it off the edge (it cannot start to go by itself);
  // an everyday thing that falls off is a fall's.
  claims: (ctx) => (ctx.has('object') || ctx.has('box')) && !ctx.has('ball') && !ctx.has('ramp') && (ctx.said('slide') || (ctx.has('box') && ctx.related(['off'], 'table') && FALLS.some((w) => ctx.text.includes(` ${w} `)))),
  imply: (ctx) => implyTable(ctx, 'slide'),
  cast: castSlide,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const thing = byId(ctx.plan, action.object);
    if (!thing || (thing.kind !== 'object' && thing.kind !== 'box') || isClaimed(thing, ctx)) return;
    // By hand, the hand's stroke brings it up to speed (one hand pushing each in turn: the first's
    // schedule makes it); alone it starts at that speed.
    if (action.byHand) schedulePushes(handTurnsOf(action, ctx), action.by, ctx, STROKE_M);
    else scheduleLooseBall(thing, action.velocity, action.startSec, ctx);
    const ids = ctx.plan.actions.flatMap((a) => (a.kind === 'slide' ? [a.object] : []));
    const pushed = ctx.plan.actions.filter((a) => a.kind === 'slide' && a.byHand);
    const who = (id: string): string | undefined => {
      const by = pushed.find((a) => a.kind === 'slide' && a.object === id);
      return by?.kind === 'slide' ? doer(ctx.plan.entities, by.by) : undefined;
    };
    ctx.setOutcome(tellOutcome((run) => ids.map((id) => slid(fateOf(ctx.plan, run, id), who(id))).join(' ')));
  },
  sentence: (action, name) => (action.byHand ? `${action.by ? name(action.by) : 'a hand'} pushes ${name(action.object)} and it slides` : `${name(action.object)} slides`),
};

// `who`: who pushed it ("The man", "A hand"), when a hand did.
function slid(fate: Fate | null, who?: string): string {
  if (!fate) return '';
  const label = fate.entity.label;
  const pushed = who ? `${who} pushed the ${label}: it` : `The ${label}`;
  if (fate.droppedM > 0.2) return `${pushed} slid off the edge and fell.`;
  return `${pushed} slid ${cm(fate.movedM)} and stopped.`;
}

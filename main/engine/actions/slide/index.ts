// Slide: an everyday thing (a book, a phone, a mug) is pushed along a table or the floor and let go;
// it slides and friction stops it, after v^2 / (2 mu g) as Coulomb friction says.
import type { Action } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { GRAVITY } from '../../physics/constants';
import { HandHook } from '../../hands/hand-hook';
import { pushPlan } from '../shared/hand-moves';
import { HAND_WORDS, implyTable } from '../shared/hand-words';
import { cameoCannotReach, castPushByHand, doer, ownArm } from '../shared/own-hand';
import { isClaimed, scheduleLooseBall } from '../shared/loose-ball';
import { byId } from '../shared/motion';
import { surfaceOf } from '../shared/tabletop';
import { cm, fateOf, tellOutcome, type Fate } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';

export const SLIDE = [
  'slides', 'slide', 'sliding', 'slid', 'skids', 'skid', 'skidding', 'skidded', 'glides', 'glide', 'gliding', 'glided',
  'pushes', 'push', 'pushed', 'pushing', 'shoves', 'shove', 'shoved', 'shoving', 'flicks', 'flick', 'flicked', 'scoots', 'scooted', 'nudges', 'nudged',
  // "someone knocks the mug off the table": a push along it, off the edge ("knocks over" is a tip's).
  'knocks', 'knock', 'knocking',
];

// How far along the surface a slid thing should come to rest (metres), before the speed factor.
const SLIDE_M = 0.45;
const OFF_PAST_M = 0.25;
const OFF_FROM_M = 0.4;
const START_SEC = 0.4;
// The hand's stroke (m): it brings the thing up to speed over this much of the way, so the speed it
// lets go at is the one that slides it the rest (a hand-pushed book went 18 cm past where it should).
const STROKE_M = 0.1;

function castSlide(scene: CastScene): CastResult {
  // Everyday things, and bricks, blocks and boxes.
  const things = [...scene.of('object'), ...scene.boxes];
  const s = surfaceOf(scene);
  // "pushes the book off the table": from nearer the edge, far enough to pass it by OFF_PAST_M.
  const off = scene.of('table').length > 0 && scene.words.related(['off'], 'table');
  const startX = off ? s.halfLengthM - OFF_FROM_M : -Math.min(s.halfLengthM - 0.1, 0.5);
  const slideM = off ? s.halfLengthM - startX + OFF_PAST_M : SLIDE_M;
  things.forEach((t, i) => {
    // Lying as it usually does (a book flat), side by side across the surface.
    t.position = v3(startX, s.topY + (t.size[1] ?? 0.05), (i - (things.length - 1) / 2) * 0.25);
    const mu = (t.friction + s.friction) / 2;
    // The first is pushed by hand (below): it slides the way left after the stroke.
    const speed = Math.sqrt(2 * mu * GRAVITY * (i === 0 ? slideM - STROKE_M : slideM)) * Math.sqrt(scene.speed);
    scene.actions.push({ kind: 'slide', object: t.id, velocity: v3(speed, 0, 0), startSec: round(scene.startAt(START_SEC + 0.3 * i)) });
  });
  // One hand pushes the first thing (castPushByHand: the doer's, else one from outside the frame).
  const first = scene.actions.find((a): a is Extract<Action, { kind: 'slide' }> => a.kind === 'slide');
  if (first) castPushByHand(scene, first);
  else placeBystanders(scene.people, -1.4);
  placeAside([...scene.balls, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 2.5);
  return { focus: things[0]?.id ?? null, defaultSetting: 'room', shot: 'medium' };
}

export const slideAction: ActionModule<'slide'> = {
  kind: 'slide',
  words: { verbs: SLIDE, details: HAND_WORDS, describe: 'slides', done: 'being slid', performer: 'pushes' },
  claims: (ctx) => (ctx.has('object') || ctx.has('box')) && !ctx.has('ball') && !ctx.has('ramp') && ctx.said('slide'),
  imply: (ctx) => implyTable(ctx, 'slide'),
  cast: castSlide,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const thing = byId(ctx.plan, action.object);
    if (!thing || (thing.kind !== 'object' && thing.kind !== 'box') || isClaimed(thing, ctx)) return;
    // By hand, the hand's stroke brings it up to speed; alone it starts at that speed.
    if (action.byHand) ctx.hooks.push(new HandHook(pushPlan(thing, action.velocity, action.startSec, ownArm(ctx, action.by, thing.position), STROKE_M)));
    else scheduleLooseBall(thing, action.velocity, action.startSec, ctx);
    const ids = ctx.plan.actions.flatMap((a) => (a.kind === 'slide' ? [a.object] : []));
    const pushed = ctx.plan.actions.find((a) => a.kind === 'slide' && a.byHand);
    const who = (id: string): string | undefined => (pushed?.kind === 'slide' && pushed.object === id ? doer(ctx.plan.entities, pushed.by) : undefined);
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

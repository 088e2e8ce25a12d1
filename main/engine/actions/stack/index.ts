// Stack: a hand builds a tower of the things (three blocks, books, plates): the first stays on the
// table, each next one is gripped, carried over the tower and let go just above its top, so each
// settles on the one below by itself; a badly set one could still slide off.
import type { Entity } from '../../../contract/scene-plan';
import { placeAside, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { HandHook } from '../../hands/hand-hook';
import { halfOf, stackPlan, withNextId } from '../shared/hand-moves';
import { HAND_WORDS } from '../shared/hand-words';
import { cameoCannotReach, castHandOwner, doer, ownArm } from '../shared/own-hand';
import { byId } from '../shared/motion';
import { surfaceOf } from '../shared/tabletop';
import type { SceneRun } from '../../simulate/schedule-types';
import { tellOutcome } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';

// Verb forms only: "a stack of books" is a noun (the tip action's stack).
export const STACK = ['stacks', 'stacked', 'stacking', 'stacks up', 'stacked up', 'piles up', 'piled up', 'piling up', 'builds a tower', 'built a tower', 'building a tower'];
const START_SEC = 0.6;
const MAX_STACKED = 4;

function castStack(scene: CastScene): CastResult {
  const things = [...scene.of('object'), ...scene.boxes].slice(0, MAX_STACKED);
  const s = surfaceOf(scene);
  // The first where the tower stands, the rest in a row to its left, a hand's width apart.
  let x = 0.15;
  things.forEach((t, i) => {
    const h = halfOf(t);
    if (i > 0) x -= (i === 1 ? halfOf(things[0] as Entity)[0] : 0) + 2 * h[0] + 0.12;
    t.position = v3(i === 0 ? 0.15 : x + h[0], s.topY + h[1], 0);
  });
  const stack = things.length >= 2 ? { kind: 'stack' as const, objects: things.map((t) => t.id), startSec: round(scene.startAt(START_SEC)) } : undefined;
  if (stack) scene.actions.push(stack);
  castHandOwner(scene, stack);
  placeAside([...scene.balls, ...[...scene.of('object'), ...scene.boxes].filter((e) => !things.includes(e))], 2.4);
  return { focus: things[0]?.id ?? null, defaultSetting: 'room', shot: 'medium' };
}

// How many of the things ended up on the tower (within a few centimetres of over the first).
function stood(who: string, things: readonly Entity[], run: SceneRun): string {
  const [base] = things;
  if (!base) return '';
  const end = (e: Entity): readonly number[] => run.final.get(e.id)?.position ?? e.position;
  const b = end(base);
  const on = things.slice(1).filter((e) => Math.hypot((end(e)[0] ?? 0) - (b[0] ?? 0), (end(e)[2] ?? 0) - (b[2] ?? 0)) < 0.04 && (end(e)[1] ?? 0) > (b[1] ?? 0)).length;
  const label = things.length > 1 && things.every((t) => t.label === base.label) ? `${base.label}s` : 'things';
  if (on === things.length - 1) return `${who} stacked ${things.length} ${label} into a tower that stood.`;
  return `${who} stacked the ${label}, but only ${on + 1} of ${things.length} stayed on the tower.`;
}

export const stackAction: ActionModule<'stack'> = {
  kind: 'stack',
  words: { verbs: STACK, details: [...HAND_WORDS, 'on top of each other', 'on top of one another', 'tower', 'into a tower', 'on top'], describe: 'stacks', done: 'being stacked' },
  claims: (ctx) => ctx.said('stack') && (ctx.has('object') || ctx.has('box')) && !ctx.has('ball'),
  imply: (ctx) => {
    if (!ctx.has('table')) ctx.addImplied('table', { kind: 'table', label: 'table' });
  },
  cast: castStack,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const things = action.objects.map((id) => byId(ctx.plan, id)).filter((e): e is Entity => e !== undefined);
    if (things.length < 2) return;
    ctx.hooks.push(new HandHook(withNextId(stackPlan(things, action.startSec, ownArm(ctx, action.by, things[0]!.position)), ctx.hooks), ctx.plan.entities));
    const who = doer(ctx.plan.entities, action.by);
    ctx.setOutcome(tellOutcome((run) => stood(who, things, run)));
  },
  sentence: (action, name) => `${action.by ? name(action.by) : 'a hand'} stacks ${action.objects.map((id) => name(id)).join(', ')}`,
};

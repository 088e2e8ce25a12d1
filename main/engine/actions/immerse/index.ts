// Immerse: things go into a container of liquid and float or sink by their density (a wooden
// block floats with 0.6 of it under water, a stone goes to the bottom, an apple bobs), splashing
// when they come down into it fast (liquids/: the particle liquid, its lift and drag).
import { findLiquid, liquidFacts } from '../../liquids/catalog';
import { CONTAINER_FORMS, floatsIn, volumeOfThing } from '../../liquids/floaters';
import type { LiquidMethod } from '../../liquids/method';
import type { Entity, LiquidKind } from '../../../contract/scene-plan';
import { createLiquid } from '../../liquids/scene-liquid';
import { objectModule } from '../../objects';
import { onTheFloor } from '../shared/hand-words';
import { scheduleLooseBall } from '../shared/loose-ball';
import { HandHook } from '../../hands/hand-hook';
import { letGoPlan, withNextId } from '../shared/hand-moves';
import { byId } from '../shared/motion';
import { cameoCannotReach, ownArm } from '../shared/own-hand';
import { containerDrafts, LIQUID_DETAILS, liquidSaid } from '../shared/liquid-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { Draft } from '../../prompt/drafts';
import type { ActionModule } from '../types';
import { castImmerse } from './cast';
import { contradictedFates } from './fates';
import { immerseOutcome } from './outcome';
import { findImmerse, IMMERSE, SENT_INTO } from './words';
import { isStove, stoveNamed } from '../shared/stove-top';

// A thing the prompt names that goes into the liquid: not a vessel, nor the stove it stands on.
const goesIn = (d: Draft): boolean => d.target.kind === 'object' && !CONTAINER_FORMS.has(d.target.form) && !isStove(d.target);

// One everyday thing that sinks ("an egg sinks in water", "a stone sinks in water") goes into a
// glass, deep enough to cover it where it lies: in a cereal bowl's 4.4 cm of water an egg on the
// bowl's curved floor stayed half out of it.
function loneSinker(ctx: DraftContext): boolean {
  if (ctx.has('box') || ctx.has('ball')) return false;
  const things = ctx.draftsOf('object').filter(goesIn);
  const only = things.length === 1 && things[0]!.count === 1 ? things[0]!.target : null;
  if (!only || only.kind !== 'object') return false;
  // As the catalog makes it (its own size and mass): whether it sinks is floatsIn's to say.
  return !floatsIn({ kind: 'object', form: only.form, size: [], mass: objectModule(only.form).massKg }, liquidFacts(findLiquid(ctx.text) ?? 'water').densityKgM3);
}

// Two or more things go into a bowl big enough to hold them side by side (a cereal bowl's floor is
// 8 cm across: a block and a stone wedged in it): a mixing bowl, whether the bowl was named or not.
function thingCount(ctx: DraftContext): number {
  return ctx.draftsOf('object').filter(goesIn).concat(ctx.draftsOf('box'), ctx.draftsOf('ball')).reduce((n, d) => n + d.count, 0);
}

// A thing that floats, but only just, floats by less than the pressure solve's lift is short by:
// measured, DFSPH's pressure lifted a 2.5 cm ice cube (915 kg/m^3) about 9% short of Archimedes',
// and it hung a centimetre under the water's surface; PBF adds Archimedes' lift itself
// (floating.ts), and the cube floats with 0.93 of it under. Such a scene's liquid steps with PBF.
// (A thing that only just sinks, an egg, sinks under either: the shortfall does not change it.)
const JUST_FLOATS = 0.85;
function methodFor(things: readonly Entity[], liquid: LiquidKind): LiquidMethod | undefined {
  const { densityKgM3 } = liquidFacts(liquid);
  const just = things.some((t) => {
    const ratio = t.mass / volumeOfThing(t) / densityKgM3;
    return ratio > JUST_FLOATS && ratio < 1;
  });
  return just ? 'pbf' : undefined;
}

// "the ice cube and the coin", or, all alike, "3 ice cubes".
function things(names: readonly string[]): string {
  const [first] = names;
  if (!first || names.length < 2 || names.some((n) => n !== first)) return names.join(' and ');
  const one = first.replace(/^(the|a|an) /, '');
  return `${names.length} ${/(s|x|ch|sh)$/.test(one) ? `${one}es` : `${one}s`}`;
}

export const immerseAction: ActionModule<'immerse'> = {
  kind: 'immerse',
  words: { verbs: IMMERSE, find: findImmerse, details: [...LIQUID_DETAILS, ...SENT_INTO], describe: 'goes into the liquid', done: 'being put into a liquid', performer: 'drops it in' },
  claims: (ctx) => ctx.said('immerse') && liquidSaid(ctx) && (ctx.has('box') || ctx.has('ball') || ctx.draftsOf('object').length > containerDrafts(ctx)),
  imply: (ctx) => {
    const several = thingCount(ctx) > 1;
    const named = ctx.draftsOf('object').find((d) => d.target.kind === 'object' && CONTAINER_FORMS.has(d.target.form));
    if (!named) ctx.addImplied('object', { kind: 'object', form: loneSinker(ctx) ? 'glass' : several ? 'mixing-bowl' : 'bowl' });
    else if (several && named.target.kind === 'object' && named.target.form === 'bowl') named.target = { kind: 'object', form: 'mixing-bowl' };
    if (!ctx.has('table') && !onTheFloor(ctx) && !stoveNamed(ctx)) ctx.addImplied('table', { kind: 'table', label: 'table' });
  },
  cast: castImmerse,
  schedule: (action, ctx) => {
    const things = action.objects.flatMap((id) => byId(ctx.plan, id) ?? []);
    for (const t of things) scheduleLooseBall(t, [0, 0, 0], action.startSec, ctx);
    const held = action.byHand ? things[0] : undefined;
    if (held) ctx.hooks.push(new HandHook(withNextId(letGoPlan(held, action.startSec, ownArm(ctx, action.by, held.position)), ctx.hooks), ctx.plan.entities));
    const liquid = createLiquid({ plan: ctx.plan, timing: ctx.timing, fill: action.into, method: methodFor(things, action.into.liquid) });
    ctx.hooks.push(liquid);
    ctx.setOutcome(immerseOutcome(ctx.plan, action, liquid));
  },
  contradicts: (action, scene) => [...contradictedFates(action, scene), ...cameoCannotReach(action, scene)],
  sentence: (action, name) =>
    action.byHand
      ? `${action.by ? name(action.by) : 'a hand'} lets ${name(action.objects[0])} go over ${name(action.into.in)}, into the ${action.into.liquid}`
      : `${things(action.objects.map((id) => name(id)))} ${action.objects.length > 1 ? 'go' : 'goes'} into the ${action.into.liquid} in ${name(action.into.in)}`,
};

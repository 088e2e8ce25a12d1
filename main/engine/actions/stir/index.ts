// Stir: a hand stirs a liquid (coffee, tea, milk...) in a mug, cup or glass with a spoon. The spoon
// is a solid the particle liquid meets (liquids/tools.ts), moved round by the hand, so the liquid
// turns because the spoon pushes it and slows by itself once the spoon is out. Heard as the
// spoon's clinks on the cup's wall and the liquid's swish.
import { liquidFacts } from '../../liquids/catalog';
import { ContainerShape } from '../../liquids/container';
import { createLiquid } from '../../liquids/scene-liquid';
import { objectModule } from '../../objects';
import { HandHook } from '../../hands/hand-hook';
import { byId } from '../shared/motion';
import { containerDrafts, LIQUID_DETAILS, liquidSaid } from '../shared/liquid-scene';
import { HAND_WORDS } from '../shared/hand-words';
import { cameoCannotReach, ownArm } from '../shared/own-hand';
import type { ActionModule } from '../types';
import { stirredLiquids } from './stirred';
import { castStir } from './cast';
import { OUTSIDE_ARM, spoonAtRest, stirHandPlan } from './hand';
import { layDown, lyingBeside, TAKE_SEC } from './lay-down';
import { goOnWith, liquidMade } from '../shared/poured';
import { OUTSIDE_TOWARDS } from './after-pour';
import { stirOutcome } from './outcome';
import { stirPath } from './path';
import { StirHook } from './stir-hook';
import { STIR } from './words';
import { withNextId } from '../shared/hand-moves';
import { stoveNamed } from '../shared/stove-top';

const spoonNamed = (ctx: Parameters<ActionModule['claims']>[0]): boolean => ctx.draftsOf('object').some((d) => d.target.kind === 'object' && d.target.form === 'spoon');

export const stirAction: ActionModule<'stir'> = {
  kind: 'stir',
  words: { verbs: STIR, details: [...LIQUID_DETAILS, ...HAND_WORDS, 'with a spoon', 'round', 'around'], describe: 'stirs', done: 'being stirred' },
  claims: (ctx) => ctx.said('stir') && (liquidSaid(ctx) || containerDrafts(ctx) > 0 || spoonNamed(ctx)),
  imply: (ctx) => {
    const liquid = ctx.liquidOf('stir', 'holds');
    if (containerDrafts(ctx) === 0) ctx.addImplied('object', { kind: 'object', form: (liquid && liquidFacts(liquid).servedIn) ?? 'mug' });
    if (!spoonNamed(ctx)) ctx.addImplied('object', { kind: 'object', form: 'spoon' });
    if (!ctx.has('table') && !stoveNamed(ctx)) ctx.addImplied('table', { kind: 'table', label: 'table' });
  },
  cast: castStir,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const spoon = byId(ctx.plan, action.tool);
    const cup = byId(ctx.plan, action.in.in);
    if (!spoon || !cup?.form) return;
    const shape = new ContainerShape(objectModule(cup.form));
    const arm = ownArm(ctx, action.by, cup.position);
    // Tilted out and laid down on the side of the arm that holds it, the handle towards the hand.
    const towards = arm ? [arm.shoulder[0] - cup.position[0], arm.shoulder[2] - cup.position[2]] as const : action.takesSpoon ? OUTSIDE_TOWARDS : [OUTSIDE_ARM[0], OUTSIDE_ARM[2]] as const;
    const circling = stirPath(cup.position, shape, objectModule('spoon'), action.startSec, action.stirSec, towards);
    const carried = action.takesSpoon
      ? { ...circling, take: { startSec: action.startSec - TAKE_SEC, ...lyingBeside(circling, cup.position, shape, objectModule('spoon'), towards) } }
      : arm ? { ...circling, carriedFrom: spoonAtRest(circling, arm) } : circling;
    const lay = layDown(carried, cup.position, shape, objectModule('spoon'), towards, ctx.timing.durationSec);
    const path = lay ? { ...carried, lay } : carried;
    // What a hand has just poured in is the liquid stirred (shared/poured.ts).
    const poured = action.takesSpoon ? liquidMade(ctx.hooks) : undefined;
    const liquid = poured ?? createLiquid({ plan: ctx.plan, timing: ctx.timing, fill: action.in, tools: [spoon.id] });
    const plan = withNextId(stirHandPlan(path, ctx.timing.durationSec, arm), ctx.hooks);
    const joined = path.take ? goOnWith(ctx.hooks, plan, path.take.startSec) : undefined;
    const hand = joined ?? new HandHook(plan);
    const stir = new StirHook(spoon, cup, shape, path, liquid, hand.plan.id);
    ctx.hooks.push(...(joined ? [] : [hand]), stir, ...(poured ? [] : [liquid]));
    ctx.setOutcome(stirOutcome(ctx.plan, action, stir));
  },
  sentence: (action, name, plan) => `${action.by ? name(action.by) : 'a hand'} stirs the ${stirredLiquids(action, plan)} in ${name(action.in.in)} with ${name(action.tool)}`,
};

// Immerse: things go into a container of liquid and float or sink by their density (a wooden
// block floats with 0.6 of it under water, a stone goes to the bottom, an apple bobs), splashing
// when they come down into it fast (liquids/: the particle liquid, its lift and drag).
import { createLiquid } from '../../liquids/scene-liquid';
import { hasPhrase } from '../../prompt/text';
import { scheduleLooseBall } from '../shared/loose-ball';
import { byId } from '../shared/motion';
import { containerDrafts, LIQUID_DETAILS, liquidSaid } from '../shared/liquid-scene';
import type { ActionModule } from '../types';
import { castImmerse } from './cast';
import { contradictedFates } from './fates';
import { immerseOutcome } from './outcome';
import { findImmerse, IMMERSE, SENT_INTO } from './words';

export const immerseAction: ActionModule<'immerse'> = {
  kind: 'immerse',
  words: { verbs: IMMERSE, find: findImmerse, details: [...LIQUID_DETAILS, ...SENT_INTO], describe: 'goes into the liquid' },
  claims: (ctx) => ctx.said('immerse') && liquidSaid(ctx) && (ctx.has('box') || ctx.has('ball') || ctx.draftsOf('object').length > containerDrafts(ctx)),
  imply: (ctx) => {
    if (containerDrafts(ctx) === 0) ctx.addImplied('object', { kind: 'object', form: 'bowl' });
    if (!ctx.has('table') && !hasPhrase(ctx.text, ['on the floor', 'on the ground'])) ctx.addImplied('table', { kind: 'table', label: 'table' });
  },
  cast: castImmerse,
  schedule: (action, ctx) => {
    const things = action.objects.flatMap((id) => byId(ctx.plan, id) ?? []);
    for (const t of things) scheduleLooseBall(t, [0, 0, 0], action.startSec, ctx);
    const liquid = createLiquid({ plan: ctx.plan, timing: ctx.timing, fill: action.into });
    ctx.hooks.push(liquid);
    ctx.setOutcome(immerseOutcome(ctx.plan, action, liquid));
  },
  contradicts: contradictedFates,
  sentence: (action, name) => `${action.objects.map((id) => name(id)).join(' and ')} ${action.objects.length > 1 ? 'go' : 'goes'} into the ${action.into.liquid} in ${name(action.into.in)}`,
};

// Fall: an everyday thing (a glass, a plate, a vase, a bottle...) falls off a table or out of a
// hand; if the impact is more than it can take it shatters into simulated pieces (objects/).
import { isClaimed, scheduleLooseBall } from '../shared/loose-ball';
import { byId } from '../shared/motion';
import type { ActionModule } from '../types';
import { castFall } from './cast';
import { fallOutcome } from './outcome';
import { BREAK, breakSaid, FALL } from './words';

export const fallAction: ActionModule<'fall'> = {
  kind: 'fall',
  words: { verbs: FALL, details: BREAK, describe: 'falls', done: 'falling' },
  claims: (ctx) => ctx.has('object') && (ctx.said('fall') || breakSaid(ctx.words)),
  cast: castFall,
  schedule: (action, ctx) => {
    const thing = byId(ctx.plan, action.object);
    if (!thing || thing.kind !== 'object' || isClaimed(thing, ctx)) return;
    scheduleLooseBall(thing, action.velocity ?? [0, 0, 0], action.startSec, ctx);
    ctx.setOutcome(fallOutcome(ctx.plan, ctx.plan.actions.flatMap((a) => (a.kind === 'fall' ? [a.object] : []))));
  },
  sentence: (action, label) => `${label(action.object)} falls${action.velocity ? ' off the table' : ''}`,
};

// Fall: an everyday thing (a glass, a plate, a vase, a bottle...) falls off a table or out of a
// hand; if the impact is more than it can take it shatters into simulated pieces (objects/).
import { HandHook } from '../../hands/hand-hook';
import { letGoPlan, withNextId } from '../shared/hand-moves';
import { isClaimed, scheduleLooseBall } from '../shared/loose-ball';
import { byId } from '../shared/motion';
import { cameoCannotReach, ownArm } from '../shared/own-hand';
import { handTurnsOf, schedulePushes } from '../shared/push-along';
import type { ActionModule } from '../types';
import { castFall, NUDGE_STROKE_M } from './cast';
import { fallOutcome } from './outcome';
import { BREAK, breakSaid, FALL } from './words';

export const fallAction: ActionModule<'fall'> = {
  kind: 'fall',
  words: { verbs: FALL, details: BREAK, describe: 'falls', done: 'falling', performer: 'drops' },
  // A thing named only as where it happens ("dropped next to a glass") is not what falls.
  claims: (ctx) => ctx.draftsOf('object').some((d) => !ctx.landmarkOnly(d)) && (ctx.said('fall') || breakSaid(ctx.words)),
  cast: castFall,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const thing = byId(ctx.plan, action.object);
    if (!thing || thing.kind !== 'object' || isClaimed(thing, ctx)) return;
    // Off a table the palm nudges it over the edge (physics moves it: nothing holds it); else the
    // hand holds it where it is and opens (a plan cast before hands did either: it starts alone).
    if (action.byHand && action.velocity) {
      // One hand nudges each off in turn (the first's schedule makes it).
      schedulePushes(handTurnsOf(action, ctx, (a) => Boolean(a.velocity)), action.by, ctx, NUDGE_STROKE_M);
      ctx.struck.push(thing);
    } else {
      scheduleLooseBall(thing, action.velocity ?? [0, 0, 0], action.startSec, ctx);
      if (action.byHand) ctx.hooks.push(new HandHook(withNextId(letGoPlan(thing, action.startSec, ownArm(ctx, action.by, thing.position)), ctx.hooks), ctx.plan.entities));
    }
    ctx.setOutcome(fallOutcome(ctx.plan, ctx.plan.actions.flatMap((a) => (a.kind === 'fall' ? [a.object] : []))));
  },
  sentence: (action, label) => {
    const off = action.velocity ? ' off the table' : '';
    if (!action.byHand) return `${label(action.object)} falls${off}`;
    const who = action.by ? label(action.by) : 'a hand';
    return action.velocity ? `${who} nudges ${label(action.object)}${off} and it falls` : `${who} lets go of ${label(action.object)} and it falls`;
  },
};

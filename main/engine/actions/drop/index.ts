// Drop: balls are let go above the floor or a table and bounce until they settle. A ball named
// with no action at all is dropped too, so it is seen to be a ball (the understanding says so).
import { scheduleLooseBall, isClaimed } from '../shared/loose-ball';
import { HandHook } from '../../hands/hand-hook';
import { letGoPlan, withNextId } from '../shared/hand-moves';
import { byId } from '../shared/motion';
import { cameoCannotReach, ownArm } from '../shared/own-hand';
import type { ActionModule } from '../types';
import { castDrop } from './cast';
import { BOUNCE, DROP } from './words';

export const dropAction: ActionModule<'drop'> = {
  kind: 'drop',
  words: { verbs: [...DROP, ...BOUNCE], describe: 'drops and bounces', done: 'being dropped', outcome: true, once: 'dropped once, it bounces as often as physics has it' },
  claims: (ctx) => ctx.has('ball'),
  cast: castDrop,
  schedule: (action, ctx) => {
    const ball = byId(ctx.plan, action.object);
    if (!ball || ball.kind !== 'ball' || isClaimed(ball, ctx)) return;
    scheduleLooseBall(ball, action.velocity ?? [0, 0, 0], action.startSec, ctx);
    // Held until then by a hand that opens (its hold is drawn: the ball's own control keeps it still).
    if (action.byHand) ctx.hooks.push(new HandHook(withNextId(letGoPlan(ball, action.startSec, ownArm(ctx, action.by, ball.position)), ctx.hooks), ctx.plan.entities));
  },
  contradicts: cameoCannotReach,
  sentence: (action, name) => (action.byHand ? `${action.by ? name(action.by) : 'a hand'} lets go of ${name(action.object)} and it drops and bounces` : `${name(action.object)} drops and bounces`),
};

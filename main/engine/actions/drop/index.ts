// Drop: balls are let go above the floor or a table and bounce until they settle. A ball named
// with no action at all is dropped too, so it is seen to be a ball (the understanding says so).
import { scheduleLooseBall, isClaimed } from '../shared/loose-ball';
import { byId } from '../shared/motion';
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
    if (ball && ball.kind === 'ball' && !isClaimed(ball, ctx)) scheduleLooseBall(ball, action.velocity ?? [0, 0, 0], action.startSec, ctx);
  },
};

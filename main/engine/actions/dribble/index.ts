// Dribble: a person bounces a ball with one hand until the clip ends; the beat is measured from how
// this ball bounces on this floor.
import { timesSaid } from '../../prompt/repetition';
import type { ActionModule } from '../types';
import { castDribble, dribbleTimes, implyDribble } from './cast';
import { HAND_MATERIAL } from './physics';
import { dribbleRig } from './pose';
import { scheduleDribble } from './schedule';
import { DRIBBLE, findDribble } from './words';

export const dribbleAction: ActionModule<'dribble'> = {
  kind: 'dribble',
  words: { verbs: DRIBBLE, find: findDribble, describe: 'dribbles the ball', done: 'being dribbled' },
  claims: (ctx) => ctx.said('dribble'),
  imply: implyDribble,
  cast: castDribble,
  times: (action, scene) => dribbleTimes(action, scene),
  sentence: (action, name) => (action.bounces === undefined ? `${name(action.actor)} dribbles the ball` : `${name(action.actor)} bounces ${name(action.object)} ${timesSaid(action.bounces)} and catches it`),
  schedule: scheduleDribble,
  wholeBody: 'dribbling a ball',
  pose: { animations: ['dribble'], rig: dribbleRig, hold: 'two-hands' },
  sounds: { touchMaterial: HAND_MATERIAL },
};

// Dribble: a person bounces a ball with one hand until the clip ends; the beat is measured from how
// this ball bounces on this floor.
import type { ActionModule } from '../types';
import { castDribble, implyDribble } from './cast';
import { HAND_MATERIAL } from './physics';
import { dribbleRig } from './pose';
import { scheduleDribble } from './schedule';

const DRIBBLE = ['dribble', 'dribbles', 'dribbling', 'dribbled'];

export const dribbleAction: ActionModule<'dribble'> = {
  kind: 'dribble',
  words: { verbs: DRIBBLE, describe: 'dribbles the ball', done: 'being dribbled' },
  claims: (ctx) => ctx.said('dribble'),
  imply: implyDribble,
  cast: castDribble,
  schedule: scheduleDribble,
  wholeBody: 'dribbling a ball',
  pose: { animations: ['dribble'], rig: dribbleRig, hold: 'two-hands' },
  sounds: { touchMaterial: HAND_MATERIAL },
};

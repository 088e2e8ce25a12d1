// Kick: a person runs up to a ball resting on the ground and kicks it; the foot's strike moves the
// ball through physics and is heard.
import { timesSaid } from '../../prompt/repetition';
import type { ActionModule } from '../types';
import { castKick, implyKick, kickTimesDone } from './cast';
import { SHOE_MATERIAL } from './physics';
import { kickFootsteps, kickRig } from './pose';
import { scheduleKick } from './schedule';

const KICK = ['kick', 'kicks', 'kicked', 'kicking', 'punts', 'boots'];

export const kickAction: ActionModule<'kick'> = {
  kind: 'kick',
  words: { verbs: KICK, describe: 'kicks the ball', done: 'being kicked' },
  claims: (ctx) => ctx.said('kick'),
  imply: implyKick,
  cast: castKick,
  schedule: scheduleKick,
  times: kickTimesDone,
  sentence: (action, name) => (action.times ? `${name(action.actor)} kicks ${name(action.object)} ${timesSaid(action.times)}, following it` : `${name(action.actor)} kicks the ball`),
  wholeBody: 'kicking',
  pose: { animations: ['kick'], rig: kickRig, hold: 'two-hands', footsteps: (track) => kickFootsteps(track) },
  sounds: { touchMaterial: SHOE_MATERIAL },
};

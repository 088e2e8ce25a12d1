// Kick: a person runs up to a ball resting on the ground and kicks it; the foot's strike moves the
// ball through physics and is heard. A pass is a kick along the ground to someone, who stops it.
import { timesSaid } from '../../prompt/repetition';
import type { DraftContext } from '../../cast/draft-context';
import type { ActionModule } from '../types';
import { castKick, implyKick, kickTimesDone } from './cast';
import { SHOE_MATERIAL } from './physics';
import { PASS } from './pass';
import { kickFootsteps, kickRig } from './pose';
import { trapRig } from './trap-pose';
import { scheduleKick } from './schedule';

const KICKS = ['kick', 'kicks', 'kicked', 'kicking', 'punts', 'boots'];
const KICK = [...KICKS, ...PASS];
// A kick word claims the prompt; a pass only a ball's pass ("a man passes a woman on the street" is
// no kick), and not one said to be thrown ("passes the ball to a girl by throwing it").
const claimsKick = (ctx: DraftContext): boolean => ctx.words.some((w) => KICKS.includes(w)) || (ctx.said('kick') && ctx.has('ball') && !ctx.said('throw'));

export const kickAction: ActionModule<'kick'> = {
  kind: 'kick',
  words: { verbs: KICK, describe: 'kicks the ball', received: 'stops it', done: 'being kicked' },
  claims: claimsKick,
  imply: implyKick,
  cast: castKick,
  schedule: scheduleKick,
  times: kickTimesDone,
  sentence: (action, name) => (action.times ? `${name(action.actor)} kicks ${name(action.object)} ${timesSaid(action.times)}, following it` : action.to ? `${name(action.actor)} passes the ball along the ground to ${name(action.to)}` : `${name(action.actor)} kicks the ball`),
  wholeBody: 'kicking',
  // The kicker's kick, and the trap of the one it is passed to.
  pose: { animations: ['kick', 'trap'], rig: (track, H) => (track.animation === 'trap' ? trapRig : kickRig)(track, H), hold: 'two-hands', footsteps: (track) => (track.animation === 'kick' ? kickFootsteps(track) : []) },
  sounds: { touchMaterial: SHOE_MATERIAL },
};

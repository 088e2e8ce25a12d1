// Throw: a person throws a ball (or a stone, an apple) overhand, at a stack of boxes or simply forward.
import type { ActionModule } from '../types';
import { castThrow, implyThrow } from './cast';
import { throwPlantSec, throwRig } from './pose';
import { scheduleThrow } from './schedule';

const THROW = ['throw', 'throws', 'threw', 'thrown', 'throwing', 'toss', 'tosses', 'tossed', 'tossing', 'hurl', 'hurls', 'hurled', 'lob', 'lobs', 'lobbed', 'pitch', 'pitches', 'pitched', 'chuck', 'chucks', 'fling', 'flings', 'flung', 'launch', 'launches', 'launched'];

export const throwAction: ActionModule<'throw'> = {
  kind: 'throw',
  words: { verbs: THROW, describe: 'throws the ball', done: 'being thrown', once: 'thrown once: the ball does not come back to the hand' },
  // "the kid throws the stone": what is thrown by its name.
  sentence: (action, name) => `${name(action.actor)} throws ${name(action.object)}`,
  claims: (ctx) => ctx.said('throw'),
  imply: implyThrow,
  cast: castThrow,
  schedule: scheduleThrow,
  pose: { animations: ['throw'], rig: throwRig, hold: 'one-hand', footsteps: (track) => [{ t: throwPlantSec(track), foot: 'footL' }] },
  sounds: { touchMaterial: 'flesh' },
};

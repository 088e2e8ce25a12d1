// Throw: a person throws a ball (or a stone, an apple) overhand, at a stack of boxes or simply forward.
import type { DraftContext } from '../../cast/draft-context';
import type { ActionModule } from '../types';
import { castThrow, implyThrow } from './cast';
import { throwPlantSec, throwRig } from './pose';
import { scheduleThrow } from './schedule';

// What a ball does at a wall that a throw against it shows.
const WALL_PHRASES = ['off the wall', 'against the wall', 'at the wall', 'hits the wall', 'hit the wall', 'bounces back', 'bounce back', 'comes back', 'rebounds', 'rebounds off the wall'];
const offTheWall = (ctx: DraftContext): boolean => ctx.has('wall') && ctx.has('ball') && WALL_PHRASES.some((p) => ctx.text.includes(` ${p} `));

const THROW = ['throw', 'throws', 'threw', 'thrown', 'throwing', 'toss', 'tosses', 'tossed', 'tossing', 'hurl', 'hurls', 'hurled', 'lob', 'lobs', 'lobbed', 'pitch', 'pitches', 'pitched', 'chuck', 'chucks', 'fling', 'flings', 'flung', 'launch', 'launches', 'launched'];

export const throwAction: ActionModule<'throw'> = {
  kind: 'throw',
  words: { verbs: THROW, details: WALL_PHRASES, describe: 'throws the ball', done: 'being thrown', once: 'thrown once: the ball does not come back to the hand' },
  // "the kid throws the stone": what is thrown by its name.
  sentence: (action, name) => `${name(action.actor)} throws ${name(action.object)}`,
  // "a rubber ball bounces off the wall": someone throws it there (a ball does not start moving
  // at a wall by itself; the thrower is added, and the panel says so).
  claims: (ctx) => ctx.said('throw') || offTheWall(ctx),
  imply: implyThrow,
  cast: castThrow,
  schedule: scheduleThrow,
  pose: { animations: ['throw'], rig: throwRig, hold: 'one-hand', footsteps: (track) => [{ t: throwPlantSec(track), foot: 'footL' }] },
  sounds: { touchMaterial: 'flesh' },
};

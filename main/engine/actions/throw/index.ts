// Throw: a person throws a ball (or a stone, an apple) overhand, at a stack of boxes, to someone who
// catches it, or simply forward.
import type { DraftContext } from '../../cast/draft-context';
import type { ActionModule, Contradiction } from '../types';
import type { CastScene } from '../../cast/cast-scene';
import { catchRig } from './catch-pose';
import { PASS } from '../kick/pass';
import { castThrow, implyThrow } from './cast';
import { throwPlantSec, throwRig } from './pose';
import { scheduleThrow } from './schedule';

// What a ball does at a wall that a throw against it shows.
const WALL_PHRASES = ['off the wall', 'against the wall', 'at the wall', 'hits the wall', 'hit the wall', 'bounces back', 'bounce back', 'comes back', 'rebounds', 'rebounds off the wall'];
const offTheWall = (ctx: DraftContext): boolean => ctx.has('wall') && ctx.has('ball') && WALL_PHRASES.some((p) => ctx.text.includes(` ${p} `));

// The catch the one thrown to makes: shown when the throw is to someone (the plan's `to`).
const CATCH = ['catches', 'catch', 'caught', 'catching'];
// A pass thrown ("passes the ball to a girl by throwing it") is shown when it is to someone.
const unshownWithNoOne = (to: string | undefined, scene: CastScene): Contradiction[] => {
  if (to !== undefined) return [];
  const words = scene.words.words;
  const caught = words.findIndex((w) => CATCH.includes(w));
  const pass = words.findIndex((w) => PASS.includes(w));
  return [
    ...(caught < 0 ? [] : [{ at: caught, reason: 'it is not thrown to anyone, so no one catches it' }]),
    ...(pass < 0 ? [] : [{ at: pass, reason: 'nobody is named to pass it to' }]),
  ];
};

const THROW = ['throw', 'throws', 'threw', 'thrown', 'throwing', 'toss', 'tosses', 'tossed', 'tossing', 'hurl', 'hurls', 'hurled', 'lob', 'lobs', 'lobbed', 'pitch', 'pitches', 'pitched', 'chuck', 'chucks', 'fling', 'flings', 'flung', 'launch', 'launches', 'launched'];

export const throwAction: ActionModule<'throw'> = {
  kind: 'throw',
  words: { verbs: THROW, details: [...WALL_PHRASES, ...CATCH, ...PASS], describe: 'throws the ball', received: 'catches', done: 'being thrown', once: 'thrown once: the ball does not come back to the hand' },
  // "the kid throws the stone": what is thrown by its name.
  sentence: (action, name) => `${name(action.actor)} throws ${name(action.object)}${action.to ? ` to ${name(action.to)}` : ''}`,
  // "a rubber ball bounces off the wall": someone throws it there (a ball does not start moving
  // at a wall by itself; the thrower is added, and the panel says so).
  claims: (ctx) => ctx.said('throw') || offTheWall(ctx),
  imply: implyThrow,
  cast: castThrow,
  schedule: scheduleThrow,
  contradicts: (action, scene) => unshownWithNoOne(action.to, scene),
  // The thrower's throw, and the catch of the one it is thrown to.
  pose: { animations: ['throw', 'catch'], rig: (track, H) => (track.animation === 'catch' ? catchRig : throwRig)(track, H), hold: 'one-hand', footsteps: (track) => (track.animation === 'throw' ? [{ t: throwPlantSec(track), foot: 'footL' }] : []) },
  sounds: { touchMaterial: 'flesh' },
};

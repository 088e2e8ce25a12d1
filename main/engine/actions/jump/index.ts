// Jump: a person jumps on the spot, once or again and again ("jumps twice", "up and down"), each
// flight ballistic and each landing heard on whatever the ground is.
import type { ActionModule } from '../types';
import { GRAVITY } from '../../physics/constants';
import { timesSaid } from '../../prompt/repetition';
import { castJump, claimsJump, implyJump, jumperHeight, jumpTimesDone } from './cast';
import { jumpRig, jumpRiseM, jumpsSec, jumpTimes } from './pose';
import { scheduleJump } from './schedule';
import { findJump, JUMP, JUMP_DETAILS } from './words';

// Each foot lands with half the body, at the speed the flight began with.
const FOOT_SHARE = 0.5;

export const jumpAction: ActionModule<'jump'> = {
  kind: 'jump',
  words: { verbs: JUMP, find: findJump, details: JUMP_DETAILS, describe: 'jumps', done: 'jumping' },
  claims: claimsJump,
  imply: implyJump,
  cast: castJump,
  schedule: scheduleJump,
  wholeBody: 'jumping',
  pose: {
    animations: ['jump'],
    rig: jumpRig,
    hold: 'two-hands',
    impacts: (track, H) => {
      const speed = Math.sqrt(2 * GRAVITY * jumpRiseM(H));
      return jumpTimes(track, H).flatMap(({ landing }) => [
        { t: landing, joint: 'footL' as const, massShare: FOOT_SHARE, speed },
        { t: landing + 0.015, joint: 'footR' as const, massShare: FOOT_SHARE, speed },
      ]);
    },
  },
  times: jumpTimesDone,
  sentence: (action, name) => `${name(action.actor)} jumps${action.times ? ` ${timesSaid(action.times)}` : ''}`,
  recap: (track, label, clipSec) => {
    const n = Math.max(1, track.beats?.length ?? 1);
    return track.releaseSec < clipSec ? `${label.startsWith('@') ? label : `The ${label}`} jumped${n > 1 ? ` ${n} times` : ''}.` : null;
  },
  doneSec: (action, entities) => action.startSec + jumpsSec(action.times ?? 1, jumperHeight(entities, action.actor)),
};

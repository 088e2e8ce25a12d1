// Shoot: a person jump-shoots a basketball at a hoop; physics decides whether it goes in.
import type { ActionModule } from '../types';
import { castShot, claimsShot, implyShot } from './cast';
import { SHOOT_RELEASE_AFTER_START, shootJumpTimes, shootRig } from './pose';
import { scheduleShot } from './schedule';
import { findShot, readsNegation, SHOOT, SHOOT_RANGE_PHRASES, SHOT_DETAIL_PHRASES } from './words';

export const shootAction: ActionModule<'shoot'> = {
  kind: 'shoot',
  words: { verbs: SHOOT, find: findShot, details: [...SHOT_DETAIL_PHRASES, ...SHOOT_RANGE_PHRASES], describe: 'shoots at the hoop', done: 'being shot', negations: readsNegation },
  claims: claimsShot,
  imply: implyShot,
  cast: castShot,
  schedule: scheduleShot,
  wholeBody: 'jumping to shoot',
  pose: {
    animations: ['shoot'],
    rig: shootRig,
    hold: 'two-hands',
    // Both feet land from the jump, the shooting foot a beat after the other.
    footsteps: (track, heightM) => {
      const { landingSec } = shootJumpTimes(track, heightM);
      return [
        { t: landingSec, foot: 'footL' },
        { t: landingSec + 0.03, foot: 'footR' },
      ];
    },
  },
  sounds: { touchMaterial: 'flesh' },
  // The ball is at the hoop about 1.3 s after it leaves the hands (a jump shot's flight from 4-7 m).
  doneSec: (action) => action.startSec + SHOOT_RELEASE_AFTER_START + 1.3,
  linesFollow: true,
};

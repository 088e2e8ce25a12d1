// Trip: a person walks a few steps (or stands), trips and falls flat, the hands and then the body
// heard hitting the ground, and gets back up (unless the prompt keeps them down).
import type { ActionModule } from '../types';
import { landingsOf } from '../walk/gait';
import { castTrip, claimsTrip, implyTrip } from './cast';
import { tripFootsteps, tripImpacts } from './impacts';
import { tripRig } from './pose';
import { scheduleTrip } from './schedule';
import { TRIP, TRIP_DETAILS } from './words';

export const tripAction: ActionModule<'trip'> = {
  kind: 'trip',
  words: { verbs: TRIP, details: TRIP_DETAILS, describe: 'falls over', done: 'tripping over' },
  claims: claimsTrip,
  imply: implyTrip,
  cast: castTrip,
  schedule: scheduleTrip,
  wholeBody: 'tripping and falling',
  pose: {
    animations: ['fall'],
    rig: tripRig,
    hold: 'two-hands',
    footsteps: (track, H) => tripFootsteps(track, H, landingsOf(track).map((l) => ({ t: l.t, foot: l.foot }))),
    impacts: tripImpacts,
  },
  sentence: (action, label) => `${label(action.actor)} ${action.steps > 0 ? 'trips and ' : ''}falls${action.getsUp ? ', then gets back up' : ' and stays down'}`,
  recap: (track, label, clipSec) => {
    const up = track.getUpSec;
    const after = (track.beats?.length ?? 0) > 0 ? `tripped after ${(track.beats?.length ?? 1) - 1} steps and ` : '';
    const rest = up === undefined ? 'stayed down' : up + 1.6 <= clipSec ? 'got back up' : 'was getting up when the clip ended';
    return track.releaseSec < clipSec ? `The ${label} ${after}fell flat, then ${rest}.` : null;
  },
};

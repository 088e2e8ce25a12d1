// Walk: a person walks or runs in a straight line and may stop, feet planted at every step, each
// landing heard as a footstep on the setting's ground.
import type { ActionModule } from '../types';
import { castWalk, implyWalk } from './cast';
import { landingsOf } from './gait';
import { scheduleWalk, walkSteps } from './schedule';
import { walkRig } from './pose';
import { RUN, WALK, WALK_DETAILS } from './words';

export const walkAction: ActionModule<'walk'> = {
  kind: 'walk',
  words: { verbs: [...WALK, ...RUN], details: WALK_DETAILS, describe: 'walks', done: 'being walked' },
  claims: (ctx) => ctx.said('walk'),
  imply: implyWalk,
  cast: castWalk,
  schedule: scheduleWalk,
  recap: (track, label, clipSec) => {
    const landings = landingsOf(track).filter((l) => l.t < clipSec);
    const last = landingsOf(track).at(-1);
    if (landings.length === 0) return null;
    const verb = track.animation === 'run' ? 'ran' : 'walked';
    const turned = track.turnAfter !== undefined && (landings.at(-1)?.back ?? false);
    const metres = (track.turnAfter !== undefined ? (track.stepM ?? 0) * track.turnAfter : (landings.at(-1)?.x ?? 0)).toFixed(1);
    const stopped = last !== undefined && last.t < clipSec ? ' and stopped' : ', still going when the clip ended';
    // A cameo is called by name ("@alex walked"), anyone else by what they are ("The man walked").
    return `${label.startsWith('@') ? label : `The ${label}`} ${verb} ${metres} m${turned ? ', turned round and came back,' : ''} in ${landings.length} steps${stopped}.`;
  },
  wholeBody: 'walking or running',
  pose: { animations: ['walk', 'run'], rig: walkRig, hold: 'two-hands', footsteps: (track) => landingsOf(track).map((l) => ({ t: l.t, foot: l.foot })) },
  // "walks across the street, then says ...": once they have stopped.
  doneSec: (action, entities) => {
    const person = entities.find((e) => e.id === action.actor);
    return person?.kind === 'person' ? (walkSteps(action, person).beats.at(-1) ?? action.startSec) : action.startSec;
  },
};

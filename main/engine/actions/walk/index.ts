// Walk: a person walks or runs in a straight line and may stop, feet planted at every step, each
// landing heard as a footstep on the setting's ground.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { heightOf } from '../../body/skeleton';
import { byId, facingTowards } from '../shared/motion';
import type { ActionModule } from '../types';
import { castWalk, implyWalk } from './cast';
import { GAITS, landingsOf } from './gait';
import { walkRig } from './pose';
import { RUN, WALK, WALK_DETAILS } from './words';

const MAX_LANDINGS = 400;

export const walkAction: ActionModule<'walk'> = {
  kind: 'walk',
  words: { verbs: [...WALK, ...RUN], details: WALK_DETAILS, describe: 'walks' },
  claims: (ctx) => ctx.said('walk'),
  imply: implyWalk,
  cast: castWalk,
  schedule: (action, ctx) => {
    const person = byId(ctx.plan, action.actor);
    if (!person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
    const spec = GAITS[action.gait];
    const H = heightOf(person);
    const distance = Math.hypot(action.to[0] - person.position[0], action.to[2] - person.position[2]);
    // Whole steps to the end point (the last brings the feet together), at the gait's cadence.
    const steps = Math.max(2, Math.min(MAX_LANDINGS - 1, Math.round(distance / (spec.stepOfHeight * H))));
    const period = 1 / spec.stepsPerSec;
    const track: ActorTrack = {
      entityId: person.id,
      animation: action.gait,
      startSec: action.startSec,
      releaseSec: action.startSec + (steps + 1) * period,
      facing: facingTowards(person.position, action.to),
      position: person.position,
      beats: Array.from({ length: steps + 1 }, (_, k) => action.startSec + (k + 1) * period),
      stepM: distance / steps,
    };
    ctx.tracks.set(person.id, track);
  },
  recap: (track, label, clipSec) => {
    const landings = landingsOf(track).filter((l) => l.t < clipSec);
    const last = landingsOf(track).at(-1);
    if (landings.length === 0) return null;
    const verb = track.animation === 'run' ? 'ran' : 'walked';
    const metres = (landings.at(-1)?.x ?? 0).toFixed(1);
    const stopped = last !== undefined && last.t < clipSec ? ' and stopped' : ', still going when the clip ended';
    return `The ${label} ${verb} ${metres} m in ${landings.length} steps${stopped}.`;
  },
  pose: { animations: ['walk', 'run'], rig: walkRig, hold: 'two-hands', footsteps: (track) => landingsOf(track).map((l) => ({ t: l.t, foot: l.foot })) },
};

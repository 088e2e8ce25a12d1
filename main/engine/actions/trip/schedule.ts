// A fall's track: the steps before it at a walking cadence (the last brings the feet together, and
// the trip comes as it lands), then the fall, a moment lying down, and getting up.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { heightOf } from '../../body/skeleton';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId } from '../shared/motion';
import type { ActionOf } from '../types';
import { GAITS } from '../walk/gait';
import { tripTimes } from './pose';

// How long the person lies on the ground before getting up (seconds).
const LIE_SEC = 0.7;

export function scheduleTrip(action: ActionOf<'trip'>, ctx: ScheduleContext): void {
  const person = byId(ctx.plan, action.actor);
  if (!person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
  const period = 1 / GAITS.walk.stepsPerSec;
  const beats: number[] = [];
  let t = action.startSec;
  if (action.steps > 0) for (let k = 0; k <= action.steps; k++) beats.push((t += period));
  const track: ActorTrack = {
    entityId: person.id,
    animation: 'fall',
    startSec: action.startSec,
    releaseSec: t + (action.steps > 0 ? 0 : 0.2),
    facing: 0,
    position: person.position,
    ...(beats.length > 0 ? { beats, stepM: GAITS.walk.stepOfHeight * heightOf(person) } : {}),
  };
  if (action.getsUp) track.getUpSec = tripTimes(track, heightOf(person)).downSec + LIE_SEC;
  ctx.tracks.set(person.id, track);
}

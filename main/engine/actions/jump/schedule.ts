// The jump's track: the wind-down from startSec, then each takeoff (beats; the first is releaseSec),
// a flight and a rebound apart, side on to the camera.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { heightOf } from '../../body/skeleton';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId } from '../shared/motion';
import type { ActionOf } from '../types';
import { jumpCycleSec, WIND_SEC } from './pose';

export function scheduleJump(action: ActionOf<'jump'>, ctx: ScheduleContext): void {
  const person = byId(ctx.plan, action.actor);
  if (!person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
  const first = action.startSec + WIND_SEC;
  const cycle = jumpCycleSec(heightOf(person));
  const beats = Array.from({ length: action.times ?? 1 }, (_, k) => first + k * cycle);
  const track: ActorTrack = {
    entityId: person.id,
    animation: 'jump',
    startSec: action.startSec,
    releaseSec: first,
    facing: 0,
    position: person.position,
    ...(beats.length > 1 ? { beats } : {}),
  };
  ctx.tracks.set(person.id, track);
}

// The wave's track: the one waving faces whom they wave at, or the camera's side of the scene.
import type { ActorTrack } from '../../../contract/world-trace-types';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId, facingTowards } from '../shared/motion';
import type { ActionOf } from '../types';
import { WAVE_SEC } from './pose';

// Facing +z, where a side or front camera stands (body/skeleton.ts: forward is (cos f, 0, -sin f)).
const TOWARDS_CAMERA = -Math.PI / 2;

export function scheduleWave(action: ActionOf<'wave'>, ctx: ScheduleContext): void {
  const person = byId(ctx.plan, action.actor);
  if (!person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
  const other = action.to ? byId(ctx.plan, action.to) : undefined;
  const track: ActorTrack = {
    entityId: person.id,
    animation: 'wave',
    startSec: action.startSec,
    releaseSec: action.startSec + WAVE_SEC,
    facing: other ? facingTowards(person.position, other.position) : TOWARDS_CAMERA,
    position: person.position,
    ...(other ? { to: other.id } : {}),
  };
  ctx.tracks.set(person.id, track);
  // The one waved at turns to face them.
  if (other?.kind === 'person' && !ctx.tracks.has(other.id)) {
    ctx.tracks.set(other.id, { entityId: other.id, animation: 'idle', startSec: 0, releaseSec: 0, facing: facingTowards(other.position, person.position), position: other.position });
  }
}

// The crouch's track: down from startSec, at the bottom DOWN_SEC later, back up at riseSec (if
// ever), side on to the camera.
import type { ActorTrack } from '../../../contract/world-trace-types';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId } from '../shared/motion';
import type { ActionOf } from '../types';
import { DOWN_SEC } from './pose';

// A crouch track for a person at `position` facing `facing`: down from downSec, back up at riseSec.
export function crouchTrack(entityId: string, position: ActorTrack['position'], facing: number, downSec: number, riseSec?: number, animation: 'crouch' | 'kneel' = 'crouch'): ActorTrack {
  return { entityId, animation, startSec: downSec, releaseSec: downSec + DOWN_SEC, facing, position, ...(riseSec !== undefined ? { beats: [riseSec] } : {}) };
}

export function scheduleCrouch(action: ActionOf<'crouch'>, ctx: ScheduleContext): void {
  const person = byId(ctx.plan, action.actor);
  if (!person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
  ctx.tracks.set(person.id, crouchTrack(person.id, person.position, 0, action.startSec, action.riseSec, action.kneel ? 'kneel' : 'crouch'));
}

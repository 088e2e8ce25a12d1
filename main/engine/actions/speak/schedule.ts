// The talkers' tracks: the speaker faces who they talk to (or the camera, alone), and the one
// spoken to faces them back. Their lines' timing and loudness come from the spoken audio
// (simulate/speech.ts puts them on every speaker's track, whatever the track does).
import type { ActorTrack, Entity } from '../../../contract/world-trace-types';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId, facingTowards, idleFacing } from '../shared/motion';
import type { ActionOf } from '../types';

function talkTrack(person: Entity, other: Entity | undefined, ctx: ScheduleContext, startSec: number): ActorTrack {
  return {
    entityId: person.id,
    animation: 'talk',
    startSec,
    releaseSec: startSec,
    facing: other ? facingTowards(person.position, other.position) : idleFacing(ctx.plan, person),
    position: person.position,
    ...(other ? { to: other.id } : {}),
  };
}

export function scheduleSpeak(action: ActionOf<'speak'>, ctx: ScheduleContext): void {
  const speaker = byId(ctx.plan, action.actor);
  if (!speaker || speaker.kind !== 'person' || ctx.tracks.has(speaker.id)) return;
  const listener = action.to ? byId(ctx.plan, action.to) : undefined;
  const other = listener?.kind === 'person' ? listener : undefined;
  ctx.tracks.set(speaker.id, talkTrack(speaker, other, ctx, action.startSec));
  if (other && !ctx.tracks.has(other.id)) ctx.tracks.set(other.id, talkTrack(other, speaker, ctx, action.startSec));
}

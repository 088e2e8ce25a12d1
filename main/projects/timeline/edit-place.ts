// Putting clips somewhere on a track: moving, pasting, dropping imported sound, appending a new
// take. Free space takes them as they are; where they would cover another clip they are inserted at
// that clip's nearest edge and the rest of the track moves right to make room (nothing is ever
// overwritten, so no edit can lose a clip). An insert into the picture opens the same room on every
// sync-locked track (ripple.ts rippleIn), so the sound laid under the picture after it stays under it.
import { ApiError } from '../../contract/api';
import { TIME_EPSILON, type Clip, type Timeline } from '../../contract/timeline';
import { rippleIn } from './ripple';
import { clipEnd, clipsOnTrack, overlaps, shiftTrack, toFrame, trackById, withClips, type EditContext } from './timeline-math';
import { acceptsClip } from './track-kinds';

interface Insert {
  trackId: string;
  atSec: number;
  lengthSec: number;
}

// Places `clips` (new or already on the timeline) at their startSec on their trackId.
export function placeClips(timeline: Timeline, ctx: EditContext, clips: readonly Clip[]): Timeline {
  const moving = new Set(clips.map((c) => c.id));
  let next: Timeline = { ...timeline, clips: timeline.clips.filter((c) => !moving.has(c.id)) };
  const byTrack = new Map<string, Clip[]>();
  for (const clip of clips) {
    const track = trackById(timeline, clip.trackId);
    if (!track) throw new ApiError('not_found', 'That track does not exist any more.');
    if (!acceptsClip(track.kind, clip)) throw new ApiError('invalid_input', `A ${clip.takeId ? 'video clip' : 'sound file'} cannot go on track ${track.name}.`);
    byTrack.set(clip.trackId, [...(byTrack.get(clip.trackId) ?? []), clip]);
  }
  const inserts: Insert[] = [];
  for (const [trackId, group] of byTrack) {
    const placed = placeOnTrack(next, trackId, group);
    next = placed.timeline;
    if (placed.insert) inserts.push(placed.insert);
  }
  // Clips dropped on two tracks at once that both insert: the other tracks follow the earliest, as
  // one track cannot keep in step with two inserts of different lengths.
  const first = inserts.sort((a, b) => a.atSec - b.atSec)[0];
  if (!first) return next;
  return rippleIn(next, ctx, first.atSec, first.lengthSec, { trackIds: [...byTrack.keys()], madeRoomOn: inserts.map((i) => i.trackId), placed: moving });
}

function placeOnTrack(timeline: Timeline, trackId: string, group: readonly Clip[]): { timeline: Timeline; insert: Insert | null } {
  const fps = timeline.fps;
  const spanStart = Math.max(0, Math.min(...group.map((c) => c.startSec)));
  const spanEnd = Math.max(...group.map(clipEnd));
  const span = { startSec: spanStart, durationSec: spanEnd - spanStart };
  const others = clipsOnTrack(timeline, trackId);
  const hit = others.find((c) => overlaps(c, span));
  let offset = 0;
  let next = timeline;
  let insert: Insert | null = null;
  if (hit) {
    // Insert before the covered clip when the group starts in its first half, after it otherwise.
    const insertAt = spanStart < hit.startSec + hit.durationSec / 2 ? hit.startSec : clipEnd(hit);
    offset = insertAt - spanStart;
    next = shiftTrack(timeline, trackId, insertAt - TIME_EPSILON, span.durationSec);
    insert = { trackId, atSec: insertAt, lengthSec: span.durationSec };
  }
  const placed = group.map((c) => ({ ...c, startSec: toFrame(Math.max(0, c.startSec + offset), fps) }));
  return { timeline: withClips(next, placed), insert };
}

// Moves clips by `deltaSec`, and onto `trackId` when given (clips keep their relative layout).
export function moveClips(timeline: Timeline, ctx: EditContext, clipIds: readonly string[], deltaSec: number, trackId: string | null): Timeline {
  const moving = timeline.clips.filter((c) => clipIds.includes(c.id));
  if (moving.length === 0) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
  const earliest = Math.min(...moving.map((c) => c.startSec));
  // Nothing moves before the start of the timeline.
  const delta = Math.max(deltaSec, -earliest);
  const moved = moving.map((c) => ({ ...c, startSec: toFrame(c.startSec + delta, timeline.fps), trackId: trackId ?? c.trackId }));
  return placeClips(timeline, ctx, moved);
}

// The end of a track: where a new take or a pasted clip with nowhere better to go lands.
export function trackEnd(timeline: Timeline, trackId: string): number {
  return clipsOnTrack(timeline, trackId).reduce((end, c) => Math.max(end, clipEnd(c)), 0);
}

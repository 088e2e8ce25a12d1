// Ripple with sync lock: removing a stretch of time pulls the clips after it left on the track the
// edit was made on and on every sync-locked track (Premiere's sync lock, on by default), so an
// imported voice-over or music stays under the picture it was laid against. A track with sync lock
// off stays put (ripple the picture while the music plays on). A clip on another track that spans
// the cut is not cut; when the clips after it would have to run into it, the ripple is refused
// rather than breaking sync.
import { ApiError } from '../../contract/api';
import { TIME_EPSILON, type Timeline, type Track } from '../../contract/timeline';
import { splitClips } from './edit-split';
import { clipEnd, clipsOnTrack, covers, shiftTrack, toFrame, trackById, type EditContext } from './timeline-math';

export interface TimeSpan {
  startSec: number;
  endSec: number;
  // The tracks the edit was made on: they ripple whatever their sync lock.
  trackIds: readonly string[];
}

// The spans as disjoint stretches, latest first: removing the latest first leaves the earlier ones
// where they were, and spans that touch or overlap (clips removed together on two tracks) are one cut.
export function mergeSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const merged: TimeSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.startSec - b.startSec)) {
    const last = merged[merged.length - 1];
    if (last && span.startSec <= last.endSec + TIME_EPSILON) {
      last.endSec = Math.max(last.endSec, span.endSec);
      last.trackIds = [...new Set([...last.trackIds, ...span.trackIds])];
    } else merged.push({ ...span });
  }
  return merged.reverse();
}

// Whether a ripple over `span` moves `track`'s clips: the edited tracks always do, the others when
// sync-locked. A sound track shows its video track's clips, so it follows that track.
export function ripples(track: Track, span: Pick<TimeSpan, 'trackIds'>, tracks: readonly Track[]): boolean {
  const owner = track.linkedTrackId ? (tracks.find((t) => t.id === track.linkedTrackId) ?? track) : track;
  return span.trackIds.includes(owner.id) || owner.syncLocked;
}

// Removes `span` from the timeline's clock: every clip on a rippling track that starts at or after
// its end moves left by its length. The caller has already taken away the clips that filled it.
export function rippleOut(timeline: Timeline, span: TimeSpan): Timeline {
  const deltaSec = span.endSec - span.startSec;
  if (deltaSec < TIME_EPSILON) return timeline;
  const blocked = blockedTrack(timeline, span);
  if (blocked) {
    throw new ApiError(
      'invalid_input',
      `Cannot ripple: the clips after the cut on ${blocked.name} would run into the ${blocked.name} clip that spans it (sync lock moves ${blocked.name} with the edit). Delete without rippling, move or shorten that ${blocked.name} clip first, or turn off sync lock on ${blocked.name} to leave it where it is.`,
    );
  }
  const moving = new Set(timeline.tracks.filter((t) => ripples(t, span, timeline.tracks)).map((t) => t.id));
  const moves = (startSec: number) => startSec >= span.endSec - TIME_EPSILON;
  return {
    ...timeline,
    clips: timeline.clips.map((c) => (moving.has(c.trackId) && moves(c.startSec) ? { ...c, startSec: toFrame(c.startSec - deltaSec, timeline.fps) } : c)),
  };
}

// The first rippling track whose moving clips would run into or jump over a clip of it that stays
// (order on a track is what the editor cut), or null when every one has room.
export function blockedTrack(timeline: Timeline, span: TimeSpan): Track | null {
  const deltaSec = span.endSec - span.startSec;
  const moves = (startSec: number) => startSec >= span.endSec - TIME_EPSILON;
  for (const track of timeline.tracks) {
    if (!ripples(track, span, timeline.tracks)) continue;
    const clips = clipsOnTrack(timeline, track.id);
    const moving = clips.filter((c) => moves(c.startSec));
    if (moving.length === 0) continue;
    const stayEnd = clips.filter((c) => !moves(c.startSec)).reduce((end, c) => Math.max(end, clipEnd(c)), 0);
    if ((moving[0]?.startSec ?? 0) - deltaSec < stayEnd - TIME_EPSILON) return track;
  }
  return null;
}

// An insert with sync lock: opening `lengthSec` at `atSec` in the picture (a video track) opens it on
// every other sync-locked track too, so what lay under the picture after the insert point is still
// under it (Premiere's insert edit). A clip on a locked track that spans the point is split there and
// its second half moves with the rest; nothing is overwritten or lost. The picture leads: a sound
// dropped among sounds moves only its own track, never cutting the picture. `madeRoomOn`: the tracks
// that opened their own room; `placed`: the clips the edit put down, which stay where it put them.
export function rippleIn(
  timeline: Timeline, ctx: EditContext, atSec: number, lengthSec: number,
  edit: { trackIds: readonly string[]; madeRoomOn: readonly string[]; placed?: ReadonlySet<string> },
): Timeline {
  if (lengthSec < TIME_EPSILON) return timeline;
  const inPicture = edit.madeRoomOn.some((id) => trackById(timeline, id)?.kind === 'video');
  if (!inPicture) return timeline;
  const following = timeline.tracks.filter((t) => !edit.madeRoomOn.includes(t.id) && !edit.madeRoomOn.includes(t.linkedTrackId ?? '') && ripples(t, edit, timeline.tracks));
  return following.reduce((next, track) => openRoom(next, ctx, track.id, atSec, lengthSec, edit.placed), timeline);
}

// Opens `lengthSec` on a track at `atSec`: a clip under the point is split there and everything from
// it on moves right. `except`: clips left where they are (ones the edit has just put down).
export function openRoom(timeline: Timeline, ctx: EditContext, trackId: string, atSec: number, lengthSec: number, except: ReadonlySet<string> = new Set()): Timeline {
  const under = clipsOnTrack(timeline, trackId, except).filter((c) => covers(c, atSec));
  const split = under.length > 0 ? splitClips(timeline, ctx, atSec, under.map((c) => c.id)) : timeline;
  return shiftTrack(split, trackId, atSec - TIME_EPSILON, lengthSec, except);
}

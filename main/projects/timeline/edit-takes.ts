// Edits that come from generation: a new take appended at the end of V1, and a clip switching to
// another of its takes (regenerate, a regenerated range, an extension, or the take switcher). A
// clip keeps its in and out points, as far as the new take reaches, so a split does not play the same
// seconds twice; one that played to its take's end plays to the new take's end (an extended take
// shows its new end). The rest of its track moves by the change in length so the cut stays tight,
// and the sync-locked tracks with it.
import { ApiError } from '../../contract/api';
import { TIME_EPSILON, playsToSourceEnd, type Clip, type Timeline, type Track } from '../../contract/timeline';
import { clipEnd, clipsOnTrack, shiftTrack, withClips, type EditContext } from './timeline-math';
import { trackEnd } from './edit-place';
import { blockedTrack, rippleIn, rippleOut, ripples } from './ripple';

// A take switch's result, and what the user must be told about it: null when every sync-locked track
// kept in step with the picture.
export interface TakeSwitch {
  timeline: Timeline;
  note: string | null;
}

export function appendTake(timeline: Timeline, ctx: EditContext, takeId: string, clipId: string): { timeline: Timeline; clip: Clip } {
  const v1 = timeline.tracks.find((t) => t.kind === 'video' && t.index === 0);
  if (!v1) throw new ApiError('internal', 'The project has no video track.');
  const clip: Clip = {
    id: clipId, trackId: v1.id, startSec: trackEnd(timeline, v1.id), sourceInSec: 0,
    durationSec: ctx.sourceDurationSec({ takeId, mediaId: null }), takeId, takeIds: [takeId], mediaId: null,
    volume: 1, fadeInSec: 0, fadeOutSec: 0,
  };
  return { timeline: withClips(timeline, [clip]), clip };
}

export function switchTake(timeline: Timeline, ctx: EditContext, clipId: string, takeId: string): TakeSwitch {
  const clip = timeline.clips.find((c) => c.id === clipId);
  if (!clip) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
  const { sourceInSec, durationSec } = rangeInNewTake(clip, ctx.sourceDurationSec({ takeId: clip.takeId, mediaId: clip.mediaId }), ctx.sourceDurationSec({ takeId, mediaId: null }), ctx.fps);
  const takeIds = clip.takeIds.includes(takeId) ? clip.takeIds : [...clip.takeIds, takeId];
  const next: Clip = { ...clip, takeId, takeIds, sourceInSec, durationSec, fadeInSec: Math.min(clip.fadeInSec, durationSec), fadeOutSec: Math.min(clip.fadeOutSec, durationSec) };
  return withLength(withClips(timeline, [next]), ctx, clip, durationSec - clip.durationSec);
}

// The rest of the clip's track moves by the change in length, and the sync-locked tracks with it
// (ripple.ts), so the music laid under the picture after the clip stays under it. A longer take
// opens its extra length on them at the old end (a locked clip spanning it is split); a shorter one
// closes it when every locked track has room. When one does not (its clips after the stretch the
// take no longer covers would run into a clip that spans it), only the clip's own track moves:
// refusing, as a ripple delete does, would make a take impossible to look at; nothing is lost,
// only that sync, and the note says which tracks now run late against the picture and by how much.
function withLength(timeline: Timeline, ctx: EditContext, clip: Clip, deltaSec: number): TakeSwitch {
  const oldEndSec = clipEnd(clip);
  const own = [clip.trackId];
  // The clip's own track and the sound tracks that show its clips (A1 follows V1) move together.
  const moveOwn = (t: Timeline): Timeline =>
    t.tracks.filter((k) => k.id === clip.trackId || k.linkedTrackId === clip.trackId).reduce((next, k) => shiftTrack(next, k.id, oldEndSec, deltaSec, new Set([clip.id])), t);
  if (deltaSec > 0) return { timeline: rippleIn(moveOwn(timeline), ctx, oldEndSec, deltaSec, { trackIds: own, madeRoomOn: own, placed: new Set([clip.id]) }), note: null };
  const span = { startSec: oldEndSec + deltaSec, endSec: oldEndSec, trackIds: own };
  const blocked = deltaSec < 0 ? blockedTrack(timeline, span) : null;
  if (deltaSec < 0 && !blocked) return { timeline: rippleOut(timeline, span), note: null };
  return { timeline: moveOwn(timeline), note: blocked ? syncLostNote(timeline, span, blocked) : null };
}

// The locked tracks a shorter take left behind: every one that would have rippled and has a clip
// from the take's old end on (a track with nothing after the cut lost nothing).
function syncLostNote(timeline: Timeline, span: { startSec: number; endSec: number; trackIds: string[] }, blocked: Track): string {
  const late = timeline.tracks.filter(
    (t) => !span.trackIds.includes(t.id) && t.linkedTrackId !== span.trackIds[0] && ripples(t, span, timeline.tracks) &&
      clipsOnTrack(timeline, t.id).some((c) => c.startSec >= span.endSec - TIME_EPSILON),
  );
  const names = late.map((t) => t.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? blocked.name);
  const bySec = (span.endSec - span.startSec).toFixed(2).replace(/\.?0+$/, '');
  return (
    `The new take is ${bySec} s shorter, and ${blocked.name} had no room to close up behind it (its clips after ${span.endSec.toFixed(2)} s ` +
    `would run into the ${blocked.name} clip that spans the cut), so ${list} stayed where ${names.length > 1 ? 'they were' : 'it was'}: ` +
    `from ${span.endSec.toFixed(2)} s on, ${list} ${names.length > 1 ? 'run' : 'runs'} ${bySec} s late against the picture. ` +
    'Undo to go back, or move those clips to line them up again.'
  );
}

// The part of the new take a clip plays: the same in point, cut to what the new take has (at least a
// frame of it), and the same out point, unless the clip played to its old take's end (within half a
// frame): then it plays to the new one's, so an extended take shows its new end, also in a split's
// second half.
function rangeInNewTake(clip: Clip, oldSec: number, newSec: number, fps: number): { sourceInSec: number; durationSec: number } {
  const frameSec = 1 / fps;
  const sourceInSec = clip.sourceInSec < frameSec / 2 ? 0 : Math.min(clip.sourceInSec, Math.max(0, newSec - frameSec));
  const toEnd = playsToSourceEnd(clip, oldSec, fps);
  return { sourceInSec, durationSec: toEnd ? newSec - sourceInSec : Math.min(clip.durationSec, newSec - sourceInSec) };
}

// Edits that come from generation: a new take appended at the end of V1, and a clip switching to
// another of its takes (regenerate, a regenerated range, an extension, or the take switcher). A
// clip keeps its in and out points, as far as the new take reaches, so a split does not play the same
// seconds twice; one that played to its take's end plays to the new take's end (an extended take
// shows its new end). The rest of its track moves by the change in length so the cut stays tight.
import { ApiError } from '../../contract/api';
import { playsToSourceEnd, type Clip, type Timeline } from '../../contract/timeline';
import { clipEnd, shiftTrack, withClips, type EditContext } from './timeline-math';
import { trackEnd } from './edit-place';

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

export function switchTake(timeline: Timeline, ctx: EditContext, clipId: string, takeId: string): Timeline {
  const clip = timeline.clips.find((c) => c.id === clipId);
  if (!clip) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
  const { sourceInSec, durationSec } = rangeInNewTake(clip, ctx.sourceDurationSec({ takeId: clip.takeId, mediaId: clip.mediaId }), ctx.sourceDurationSec({ takeId, mediaId: null }), ctx.fps);
  const shifted = shiftTrack(timeline, clip.trackId, clipEnd(clip), durationSec - clip.durationSec, new Set([clip.id]));
  const takeIds = clip.takeIds.includes(takeId) ? clip.takeIds : [...clip.takeIds, takeId];
  const next: Clip = { ...clip, takeId, takeIds, sourceInSec, durationSec, fadeInSec: Math.min(clip.fadeInSec, durationSec), fadeOutSec: Math.min(clip.fadeOutSec, durationSec) };
  return withClips(shifted, [next]);
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

// Layering tracks: a video track added above the others with its own sound track, and removed again
// with everything on it. V1 (where generations land), A1, D1 and M1 are the timeline's fixed tracks.
import { ApiError } from '../../contract/api';
import { deletableLayer, type Timeline } from '../../contract/timeline';
import type { EditContext } from './timeline-math';

// A new pair of layering tracks: V(n+1) above the others and its own sound A(n+1).
export function addVideoTrack(timeline: Timeline, ctx: EditContext): Timeline {
  const index = timeline.tracks.filter((t) => t.kind === 'video').length;
  const videoId = ctx.newId();
  return {
    ...timeline,
    tracks: [
      ...timeline.tracks,
      { id: videoId, kind: 'video', name: `V${index + 1}`, index, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
      { id: ctx.newId(), kind: 'sound', name: `A${index + 1}`, index, muted: false, volume: 1, syncLocked: true, linkedTrackId: videoId },
    ],
  };
}

// Deletes an added video track, its sound track and their clips; the tracks above move down one
// place and are renamed, the way editors number tracks by position.
export function removeVideoTrack(timeline: Timeline, trackId: string): Timeline {
  const track = timeline.tracks.find((t) => t.id === trackId);
  if (!track) throw new ApiError('not_found', 'That track is not on the timeline any more.');
  const video = deletableLayer(timeline.tracks, trackId);
  if (!video) throw new ApiError('invalid_input', `${track.name} is one of the timeline's own tracks and cannot be deleted; only added video tracks (V2 and up) can.`);
  const gone = new Set(timeline.tracks.filter((t) => t.id === video.id || t.linkedTrackId === video.id).map((t) => t.id));
  const tracks = timeline.tracks
    .filter((t) => !gone.has(t.id))
    .map((t) => {
      const layered = t.kind === 'video' || (t.kind === 'sound' && t.linkedTrackId !== null);
      if (!layered || t.index < video.index) return t;
      const index = t.index - 1;
      return { ...t, index, name: `${t.kind === 'video' ? 'V' : 'A'}${index + 1}` };
    });
  return { ...timeline, tracks, clips: timeline.clips.filter((c) => !gone.has(c.trackId)) };
}

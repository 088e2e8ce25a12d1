// Non-destructive trims: moving a clip's start or end edge changes only which stretch of its take or
// file it plays. An edge stops at the source's own ends, at its neighbours on the track, and one
// frame short of the other edge.
import { ApiError } from '../../contract/api';
import type { Timeline } from '../../contract/timeline';
import { clipEnd, clipsOnTrack, toFrame, withClips, type EditContext } from './timeline-math';

export type ClipEdge = 'start' | 'end';

export function trimClip(timeline: Timeline, ctx: EditContext, clipId: string, edge: ClipEdge, timeSec: number): Timeline {
  const clip = timeline.clips.find((c) => c.id === clipId);
  if (!clip) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
  const frame = 1 / ctx.fps;
  const neighbours = clipsOnTrack(timeline, clip.trackId, new Set([clip.id]));
  const target = toFrame(timeSec, ctx.fps);
  const end = clipEnd(clip);
  if (edge === 'start') {
    const previousEnd = neighbours.filter((c) => c.startSec < clip.startSec).reduce((max, c) => Math.max(max, clipEnd(c)), 0);
    // The earliest start the source allows: its first frame.
    const sourceStart = clip.startSec - clip.sourceInSec;
    const startSec = toFrame(Math.min(end - frame, Math.max(target, previousEnd, sourceStart, 0)), ctx.fps);
    const sourceInSec = toFrame(clip.sourceInSec + (startSec - clip.startSec), ctx.fps);
    return withClips(timeline, [fitFades({ ...clip, startSec, sourceInSec: Math.max(0, sourceInSec), durationSec: toFrame(end - startSec, ctx.fps) })]);
  }
  const nextStart = neighbours.filter((c) => c.startSec >= end - 1e-6).reduce((min, c) => Math.min(min, c.startSec), Infinity);
  const sourceEnd = clip.startSec - clip.sourceInSec + ctx.sourceDurationSec(clip);
  const newEnd = toFrame(Math.max(clip.startSec + frame, Math.min(target, nextStart, sourceEnd)), ctx.fps);
  return withClips(timeline, [fitFades({ ...clip, durationSec: toFrame(newEnd - clip.startSec, ctx.fps) })]);
}

// Fades never outlast the clip they belong to.
export function fitFades<C extends { durationSec: number; fadeInSec: number; fadeOutSec: number }>(clip: C): C {
  const fadeInSec = Math.min(clip.fadeInSec, clip.durationSec);
  const fadeOutSec = Math.min(clip.fadeOutSec, clip.durationSec - fadeInSec);
  return { ...clip, fadeInSec, fadeOutSec };
}

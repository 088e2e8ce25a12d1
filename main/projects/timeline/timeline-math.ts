// The shared arithmetic of timeline edits: the frame grid, clip ends, which clips sit on a track and
// where its gaps are. Every edit in this folder builds on these, so they agree on what "touching" means.
import { TIME_EPSILON, type Clip, type Timeline, type Track } from '../../contract/timeline';

export interface EditContext {
  fps: number;
  // How long a clip's source (its take or media file) is, whatever the clip's trim.
  sourceDurationSec(clip: Pick<Clip, 'takeId' | 'mediaId'>): number;
  newId(): string;
}

export function toFrame(timeSec: number, fps: number): number {
  return Math.round(timeSec * fps) / fps;
}

export function frameSec(fps: number): number {
  return 1 / fps;
}

export function clipEnd(clip: Pick<Clip, 'startSec' | 'durationSec'>): number {
  return clip.startSec + clip.durationSec;
}

export function covers(clip: Clip, timeSec: number): boolean {
  return timeSec > clip.startSec + TIME_EPSILON && timeSec < clipEnd(clip) - TIME_EPSILON;
}

export function clipsOnTrack(timeline: Timeline, trackId: string, except: ReadonlySet<string> = new Set()): Clip[] {
  return timeline.clips.filter((c) => c.trackId === trackId && !except.has(c.id)).sort((a, b) => a.startSec - b.startSec);
}

export function overlaps(a: { startSec: number; durationSec: number }, b: { startSec: number; durationSec: number }): boolean {
  return a.startSec < clipEnd(b) - TIME_EPSILON && b.startSec < clipEnd(a) - TIME_EPSILON;
}

export function trackById(timeline: Timeline, trackId: string): Track | undefined {
  return timeline.tracks.find((t) => t.id === trackId);
}

export function timelineEnd(timeline: Timeline): number {
  return timeline.clips.reduce((end, clip) => Math.max(end, clipEnd(clip)), 0);
}

export interface Gap {
  trackId: string;
  startSec: number;
  durationSec: number;
}

// The empty stretches between clips on a track (OpenTimelineIO's Gap items); not the tail after
// the last clip, which is no gap but the end of the track.
export function gapsOf(timeline: Timeline, trackId: string): Gap[] {
  const gaps: Gap[] = [];
  let cursor = 0;
  for (const clip of clipsOnTrack(timeline, trackId)) {
    if (clip.startSec > cursor + TIME_EPSILON) gaps.push({ trackId, startSec: cursor, durationSec: clip.startSec - cursor });
    cursor = Math.max(cursor, clipEnd(clip));
  }
  return gaps;
}

// Replaces the clips whose ids appear in `changed`, keeping every other clip as it is.
export function withClips(timeline: Timeline, changed: readonly Clip[], removed: ReadonlySet<string> = new Set()): Timeline {
  const byId = new Map(changed.map((c) => [c.id, c]));
  const kept = timeline.clips.filter((c) => !removed.has(c.id)).map((c) => byId.get(c.id) ?? c);
  const added = changed.filter((c) => !timeline.clips.some((existing) => existing.id === c.id));
  return { ...timeline, clips: [...kept, ...added] };
}

// Moves every clip on `trackId` starting at or after `fromSec` by `deltaSec` (a ripple).
export function shiftTrack(timeline: Timeline, trackId: string, fromSec: number, deltaSec: number, except: ReadonlySet<string> = new Set()): Timeline {
  if (Math.abs(deltaSec) < TIME_EPSILON) return timeline;
  return {
    ...timeline,
    clips: timeline.clips.map((c) =>
      c.trackId === trackId && !except.has(c.id) && c.startSec >= fromSec - TIME_EPSILON
        ? { ...c, startSec: toFrame(Math.max(0, c.startSec + deltaSec), timeline.fps) }
        : c,
    ),
  };
}

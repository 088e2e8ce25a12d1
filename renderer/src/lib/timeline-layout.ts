// Where each clip sits on the timeline, and which clip is under a given time.
import type { Clip, Take } from '../../../main/contract/model';

export interface PlacedClip {
  clip: Clip;
  take: Take;
  index: number;
  start: number;
  end: number;
}

const EPSILON = 1e-6;

export function layoutClips(clips: readonly Clip[], allTakes: readonly Take[]): PlacedClip[] {
  const takes = new Map(allTakes.map((take) => [take.id, take]));
  const placed: PlacedClip[] = [];
  const ordered = [...clips].sort((a, b) => a.position - b.position || a.startSec - b.startSec);
  for (const clip of ordered) {
    const take = takes.get(clip.takeId);
    if (!take) continue;
    placed.push({ clip, take, index: placed.length, start: clip.startSec, end: clip.startSec + take.durationSec });
  }
  return placed;
}

export function timelineDuration(layout: readonly PlacedClip[]): number {
  return layout.reduce((max, placed) => Math.max(max, placed.end), 0);
}

// The clip covering `time`, start inclusive and end exclusive.
export function clipCovering(layout: readonly PlacedClip[], time: number): PlacedClip | null {
  for (const placed of layout) {
    if (time >= placed.start - EPSILON && time < placed.end - EPSILON) return placed;
  }
  return null;
}

// The clip to show at `time`: the one covering it; at the very end of a clip with nothing
// after it, that clip, so a paused playhead at the end still shows the last frame.
export function clipAt(layout: readonly PlacedClip[], time: number): PlacedClip | null {
  const covering = clipCovering(layout, time);
  if (covering) return covering;
  for (const placed of layout) {
    if (Math.abs(time - placed.end) <= 1e-3) return placed;
  }
  return null;
}

// The first clip starting at or after `time`.
export function nextClipFrom(layout: readonly PlacedClip[], time: number): PlacedClip | null {
  let best: PlacedClip | null = null;
  for (const placed of layout) {
    if (placed.start >= time - EPSILON && (!best || placed.start < best.start)) best = placed;
  }
  return best;
}

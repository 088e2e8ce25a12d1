// The timeline as the editor draws and plays it: tracks in display order, each with its clips
// resolved to their take or sound file and sorted by time, plus the questions playback and drawing
// ask (what plays at a time, which clips are in view). Time/pixel maths for the whole editor.
import { clipName } from '../../../main/contract/clip-name';
import { linkedSpeechOf } from '../../../main/contract/linked-speech';
import type { Take } from '../../../main/contract/model';
import { TIME_EPSILON, type Clip, type Marker, type Media, type TimeRange, type Timeline, type Track, type TrackKind } from '../../../main/contract/timeline';

export interface PlacedClip {
  clip: Clip;
  track: Track;
  take: Take | null;
  media: Media | null;
  start: number;
  end: number;
  // Index among the clips of its track by start time, and the name labels show ("V2 · clip 3", see
  // contract/clip-name). A clip's spoken lines carry their clip's index and name.
  index: number;
  name: string;
  // Set on a generated clip's spoken lines shown on the dialogue track (its `clip` is the video clip).
  part?: 'speech';
}

export interface TrackView {
  track: Track;
  // The clips drawn on this lane, by start time. A sound track shows its video track's clips.
  clips: PlacedClip[];
  // On the dialogue track: the spoken lines of the generated clips, linked to them (contract/linked-speech).
  linked: PlacedClip[];
}

export interface TimelineView {
  fps: number;
  tracks: TrackView[];
  markers: Marker[];
  range: TimeRange | null;
  byId: Map<string, PlacedClip>;
  duration: number;
}

// Display order of the kinds: pictures on top, then their sound, voice, music.
const KIND_ORDER: Record<TrackKind, number> = { video: 0, sound: 1, dialogue: 2, music: 3 };

export function buildTimelineView(timeline: Timeline, takes: readonly Take[], media: readonly Media[]): TimelineView {
  const takeById = new Map(takes.map((t) => [t.id, t]));
  const mediaById = new Map(media.map((m) => [m.id, m]));
  const byId = new Map<string, PlacedClip>();
  const perTrack = new Map<string, PlacedClip[]>();
  for (const track of timeline.tracks) perTrack.set(track.id, []);
  const trackById = new Map(timeline.tracks.map((t) => [t.id, t]));
  for (const clip of [...timeline.clips].sort((a, b) => a.startSec - b.startSec)) {
    const track = trackById.get(clip.trackId);
    const list = perTrack.get(clip.trackId);
    if (!track || !list) continue;
    const placed: PlacedClip = {
      clip, track, take: clip.takeId ? (takeById.get(clip.takeId) ?? null) : null,
      media: clip.mediaId ? (mediaById.get(clip.mediaId) ?? null) : null,
      start: clip.startSec, end: clip.startSec + clip.durationSec, index: list.length, name: clipName(track.name, list.length),
    };
    list.push(placed);
    byId.set(clip.id, placed);
  }
  const ordered = [...timeline.tracks].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.kind === 'video' ? b.index - a.index : a.index - b.index));
  const linked = new Map<string, PlacedClip[]>();
  for (const { clip, take, track } of linkedSpeechOf(timeline, takes)) {
    const list = linked.get(track.id) ?? [];
    list.push({ clip, track, take, media: null, start: clip.startSec, end: clip.startSec + clip.durationSec, index: byId.get(clip.id)?.index ?? 0, name: byId.get(clip.id)?.name ?? '', part: 'speech' });
    linked.set(track.id, list);
  }
  const tracks = ordered.map((track) => ({ track, clips: perTrack.get(track.linkedTrackId ?? track.id) ?? [], linked: linked.get(track.id) ?? [] }));
  const duration = timeline.clips.reduce((max, c) => Math.max(max, c.startSec + c.durationSec), 0);
  return { fps: timeline.fps, tracks, markers: timeline.markers, range: timeline.range, byId, duration };
}

// The first clip (by start) that ends after `timeSec`: binary search over a lane sorted by start.
// Clips on one lane never overlap, so their ends are sorted too.
export function firstEndingAfter(clips: readonly PlacedClip[], timeSec: number): number {
  let lo = 0;
  let hi = clips.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((clips[mid] as PlacedClip).end <= timeSec + TIME_EPSILON) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The clips of a lane that show within [fromSec, toSec): what gets drawn.
export function clipsInRange(clips: readonly PlacedClip[], fromSec: number, toSec: number): PlacedClip[] {
  const out: PlacedClip[] = [];
  for (let i = firstEndingAfter(clips, fromSec); i < clips.length; i++) {
    const placed = clips[i] as PlacedClip;
    if (placed.start >= toSec) break;
    out.push(placed);
  }
  return out;
}

// The clip of a lane covering `timeSec`, start inclusive, end exclusive.
export function clipCovering(clips: readonly PlacedClip[], timeSec: number): PlacedClip | null {
  const candidate = clips[firstEndingAfter(clips, timeSec)];
  return candidate && candidate.start <= timeSec + TIME_EPSILON ? candidate : null;
}

// Speech parts come from clips on every video track, so they can overlap (a V2 clip over a V1 clip):
// the binary searches above assume a lane's ends are sorted, these scan (the lists are short).
export function partsInRange(parts: readonly PlacedClip[], fromSec: number, toSec: number): PlacedClip[] {
  return parts.filter((p) => p.end > fromSec + TIME_EPSILON && p.start < toSec);
}

// The picture at `timeSec`: the clip of the highest unmuted video track covering it. At the very end
// of the timeline, the last frame stays on screen.
export function videoClipAt(view: TimelineView, timeSec: number): PlacedClip | null {
  const videoLanes = view.tracks.filter((t) => t.track.kind === 'video' && !t.track.muted);
  for (const lane of videoLanes) {
    const hit = clipCovering(lane.clips, timeSec);
    if (hit) return hit;
  }
  if (timeSec >= view.duration - 1e-3) {
    for (const lane of videoLanes) {
      const last = lane.clips[lane.clips.length - 1];
      if (last && Math.abs(last.end - timeSec) <= 1e-3) return last;
    }
  }
  return null;
}

// Where in its source a clip is at timeline time `timeSec`.
export function sourceTime(placed: PlacedClip, timeSec: number): number {
  return placed.clip.sourceInSec + Math.min(Math.max(0, timeSec - placed.start), placed.clip.durationSec);
}

// The clip's own sound level at `timeSec`: its volume shaped by its fades (linear ramps).
export function fadeGain(clip: Clip, timeSec: number): number {
  const local = timeSec - clip.startSec;
  let gain = clip.volume;
  if (clip.fadeInSec > 0 && local < clip.fadeInSec) gain *= Math.max(0, local / clip.fadeInSec);
  const untilEnd = clip.durationSec - local;
  if (clip.fadeOutSec > 0 && untilEnd < clip.fadeOutSec) gain *= Math.max(0, untilEnd / clip.fadeOutSec);
  return gain;
}

export function toFrameTime(timeSec: number, fps: number): number {
  return Math.round(timeSec * fps) / fps;
}

export type ClipEdit = Pick<Clip, 'startSec' | 'durationSec' | 'sourceInSec' | 'fadeInSec' | 'fadeOutSec' | 'volume'>;

// A lane's clips as a drag in progress shows them (moved, trimmed, faded, louder), by start time, so
// what is drawn from them (a sound lane's waveform, D1's spoken parts) goes with the boxes instead of
// staying behind. A speech part has no timing of its own: it is its video clip's (contract/linked-speech).
export function withPreviews(clips: readonly PlacedClip[], previews: ReadonlyMap<string, ClipEdit> | null): readonly PlacedClip[] {
  if (!previews || !clips.some((p) => previews.has(p.clip.id))) return clips;
  return clips
    .map((placed) => {
      const edit = previews.get(placed.clip.id);
      return edit ? { ...placed, clip: { ...placed.clip, ...edit }, start: edit.startSec, end: edit.startSec + edit.durationSec } : placed;
    })
    .sort((a, b) => a.start - b.start);
}

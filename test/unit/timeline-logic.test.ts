// The editor's pure timeline logic: lanes and what plays at a time (trims, gaps, layering, hidden
// tracks), virtualized ranges, snapping, timecodes, fades, and the waveform level a zoom draws.
import { SAMPLE_RATE } from '../../main/contract/format';
import { describe, expect, it } from 'vitest';
import type { Take } from '../../main/contract/model';
import type { WaveformPeaks } from '../../main/contract/peaks';
import type { Clip, Timeline } from '../../main/contract/timeline';
import { extendWords } from '../../renderer/src/lib/extend-words';
import { lanePeaks } from '../../renderer/src/lib/lane-peaks';
import { pickPeaksLevel } from '../../renderer/src/lib/peaks';
import { snapSpan, snapTime } from '../../renderer/src/lib/snap';
import { formatDuration, formatSeconds, formatTimecode } from '../../renderer/src/lib/timecode';
import { handleGesture } from '../../renderer/src/components/timeline/clip-gestures';
import { buildTimelineView, clipsInRange, fadeGain, sourceTime, videoClipAt, withPreviews } from '../../renderer/src/lib/timeline-layout';

function take(id: string, durationSec: number): Take {
  return {
    id, prompt: id, seed: 1, parentTakeId: null, durationSec, width: 854, height: 480, fps: 24,
    videoPath: `media/${id}/clip.mp4`, filmstripPath: `media/${id}/filmstrip.jpg`, filmstripFrames: 10,
    peaksPath: `media/${id}/peaks.json`, outcome: '', createdAt: '', change: { kind: 'original', summary: '' },
  };
}

function clip(id: string, trackId: string, startSec: number, durationSec: number, takeId: string, sourceInSec = 0): Clip {
  return { id, trackId, startSec, sourceInSec, durationSec, takeId, takeIds: [takeId], mediaId: null, volume: 1, fadeInSec: 0, fadeOutSec: 0 };
}

const tracks: Timeline['tracks'] = [
  { id: 'v1', kind: 'video', name: 'V1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
  { id: 'v2', kind: 'video', name: 'V2', index: 1, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
  { id: 'a1', kind: 'sound', name: 'A1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: 'v1' },
];

describe('timeline view', () => {
  const timeline: Timeline = {
    fps: 24, tracks, markers: [], range: null,
    clips: [clip('c2', 'v1', 6, 3, 'b'), clip('c1', 'v1', 0, 4, 'a', 1), clip('top', 'v2', 2, 1, 'b')],
  };
  const view = buildTimelineView(timeline, [take('a', 5), take('b', 3)], []);

  it('stacks V2 over V1, gives A1 the clips of V1, and measures the whole timeline', () => {
    expect(view.tracks.map((t) => [t.track.name, t.clips.map((c) => c.clip.id)])).toEqual([['V2', ['top']], ['V1', ['c1', 'c2']], ['A1', ['c1', 'c2']]]);
    expect(view.duration).toBe(9);
  });

  it('names every clip apart: the first clip of V1 and of V2 are not both "clip 1" (QA)', () => {
    const names = [...view.byId.values()].map((p) => [p.clip.id, p.name]);
    expect(names).toEqual(expect.arrayContaining([['c1', 'V1 · clip 1'], ['c2', 'V1 · clip 2'], ['top', 'V2 · clip 1']]));
    expect(new Set(names.map(([, name]) => name)).size).toBe(names.length);
  });

  it('plays the highest track, the trimmed part of the source, and nothing in a gap', () => {
    expect(videoClipAt(view, 2.5)?.clip.id).toBe('top');
    expect(videoClipAt(view, 0.5)?.clip.id).toBe('c1');
    expect(sourceTime(view.byId.get('c1')!, 0.5)).toBe(1.5);
    expect(videoClipAt(view, 5)).toBeNull();
    expect(videoClipAt(view, 9)?.clip.id).toBe('c2');
    const hidden = buildTimelineView({ ...timeline, tracks: tracks.map((t) => (t.id === 'v2' ? { ...t, muted: true } : t)) }, [take('a', 5), take('b', 3)], []);
    expect(videoClipAt(hidden, 2.5)?.clip.id).toBe('c1');
  });

  it('draws only the clips inside a stretch of time', () => {
    const lane = view.tracks[1]!.clips;
    expect(clipsInRange(lane, 4.5, 5.5)).toEqual([]);
    expect(clipsInRange(lane, 3, 7).map((c) => c.clip.id)).toEqual(['c1', 'c2']);
  });
});

describe('snapping, fades, timecode', () => {
  it('pulls a time within 8 px to the nearest target, and only when on', () => {
    expect(snapTime(4.05, [0, 4, 10], 100, true)).toEqual({ timeSec: 4, target: 4 });
    expect(snapTime(4.2, [0, 4, 10], 100, true).target).toBeNull();
    expect(snapTime(4.05, [4], 100, false).target).toBeNull();
    expect(snapSpan(1.02, 3.97, [1, 4], 100, true)).toEqual({ shift: expect.closeTo(-0.02, 9), target: 1 });
    expect(snapSpan(1.04, 3.98, [1, 4], 100, true)).toEqual({ shift: expect.closeTo(0.02, 9), target: 4 });
  });

  it('ramps a clip’s gain through its fades', () => {
    const faded = { ...clip('f', 'v1', 10, 4, 'a'), volume: 0.5, fadeInSec: 1, fadeOutSec: 2 };
    expect(fadeGain(faded, 10)).toBe(0);
    expect(fadeGain(faded, 10.5)).toBe(0.25);
    expect(fadeGain(faded, 11.5)).toBe(0.5);
    expect(fadeGain(faded, 13)).toBe(0.25);
  });

  it('writes hh:mm:ss:ff at the project rate, or seconds', () => {
    expect(formatTimecode(0, 24)).toBe('00:00:00:00');
    expect(formatTimecode(1.5, 24)).toBe('00:00:01:12');
    expect(formatTimecode(3600 + 65 + 23 / 24, 24)).toBe('01:01:05:23');
    expect(formatTimecode(1.5, 30)).toBe('00:00:01:15');
    expect(formatTimecode(-3, 24)).toBe('00:00:00:00');
    expect(formatSeconds(1.5)).toBe('1.50 s');
    expect(formatDuration(65)).toBe('1:05');
  });
});

describe('waveforms', () => {
  const peaks: WaveformPeaks = {
    version: 1,
    sampleRate: SAMPLE_RATE,
    durationSec: 1,
    levels: [25, 100, 400].map((peaksPerSecond) => ({ peaksPerSecond, channels: [Array.from({ length: peaksPerSecond }, (_, i) => (i < peaksPerSecond / 2 ? 0.2 : 0.8))] })),
  };

  it('picks the level with about one peak per pixel', () => {
    expect(pickPeaksLevel(peaks, 10)).toBe(0);
    expect(pickPeaksLevel(peaks, 120)).toBe(1);
    expect(pickPeaksLevel(peaks, 1000)).toBe(2);
  });

  it('draws a lane from each clip’s trimmed part, silent in gaps, scaled by volume', () => {
    const view = buildTimelineView({ fps: 24, tracks, markers: [], range: null, clips: [{ ...clip('x', 'v1', 1, 0.5, 'a', 0.5), volume: 0.5 }] }, [take('a', 1)], []);
    const columns = lanePeaks(view.tracks[1]!.clips, () => peaks, 0, 2, 10, 1);
    expect(columns).toHaveLength(20);
    expect(columns.slice(0, 10).every((v) => v === 0)).toBe(true);
    // The clip starts half-way into the take, where the source is loud (0.8), at half volume.
    expect(columns[11]).toBeCloseTo(0.4, 5);
    expect(columns.slice(15).every((v) => v === 0)).toBe(true);
  });

  it('draws a clip being dragged where its box is, not where it was (QA: the A1 waveform stayed behind)', () => {
    const view = buildTimelineView({ fps: 24, tracks, markers: [], range: null, clips: [clip('x', 'v1', 1, 0.5, 'a', 0.5), clip('y', 'v1', 3, 0.5, 'a', 0.5)] }, [take('a', 1)], []);
    const lane = view.tracks[1]!.clips;
    // y dragged from 3 s to 0 s, trimmed to 0.3 s, at half volume.
    const dragged = withPreviews(lane, new Map([['y', { startSec: 0, durationSec: 0.3, sourceInSec: 0.5, fadeInSec: 0, fadeOutSec: 0, volume: 0.5 }]]));
    expect(dragged.map((p) => [p.clip.id, p.start, p.end])).toEqual([['y', 0, 0.3], ['x', 1, 1.5]]);
    const columns = lanePeaks(dragged, () => peaks, 0, 4, 10, 1);
    expect(columns.slice(0, 3).every((v) => Math.abs(v - 0.4) < 1e-5)).toBe(true);
    expect(columns.slice(3, 10).every((v) => v === 0)).toBe(true);
    expect(columns.slice(30).every((v) => v === 0)).toBe(true);
    expect(withPreviews(lane, null)).toBe(lane);
  });

  it('draws a dragged clip’s spoken lines on D1 with it, peaks and outline alike (the D1 part stayed behind until release)', () => {
    const spoken: Take = { ...take('a', 2), speech: { path: 'media/a/speech.wav', peaksPath: 'media/a/speech-peaks.json' } };
    const withD1: Timeline['tracks'] = [...tracks, { id: 'd1', kind: 'dialogue', name: 'D1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null }];
    const view = buildTimelineView({ fps: 24, tracks: withD1, markers: [], range: null, clips: [clip('x', 'v1', 0, 1, 'a', 0.5)] }, [spoken], []);
    const parts = view.tracks.find((t) => t.track.id === 'd1')!.linked;
    expect(parts.map((p) => [p.clip.id, p.start, p.end, p.name])).toEqual([['x', 0, 1, 'V1 · clip 1']]);
    // x dragged from 0 s to 2 s: the box's preview, as moveGesture makes it.
    const dragged = withPreviews(parts, new Map([['x', { startSec: 2, durationSec: 1, sourceInSec: 0.5, fadeInSec: 0, fadeOutSec: 0, volume: 1 }]]));
    expect(dragged.map((p) => [p.clip.id, p.part, p.start, p.end])).toEqual([['x', 'speech', 2, 3]]);
    const columns = lanePeaks(dragged, () => peaks, 0, 4, 10, 1);
    expect(columns.slice(0, 20).every((v) => v === 0)).toBe(true);
    expect(columns[21]).toBeCloseTo(0.8, 5);
  });
});

describe('clip handles', () => {
  const view = buildTimelineView({ fps: 24, tracks, markers: [], range: null, clips: [{ ...clip('x', 'v1', 1, 2, 'a', 0.5), fadeInSec: 0.5 }] }, [take('a', 4)], []);
  const placed = view.byId.get('x')!;
  const ctx = { fps: 24, pixelsPerSecond: 64, snapping: false, targets: [], sourceDurationSec: () => 4 };

  it('move an edge by the pointer’s travel, not to the pointer: pressing a 7 px handle off its edge trims nothing', () => {
    // Pressed 5 px inside the start handle (at 1 + 5/64 s) and moved 1 px: the QA trim landed at the
    // pointer, 0.094 s (2 frames) in; the edge follows the travel and stays on its frame.
    // (The hook passes the pointer's time at the press and now; the offset is handleGesture's own.)
    const pressedSec = 1 + 5 / 64;
    expect(handleGesture(placed, 'start', pressedSec, pressedSec + 1 / 64, ctx).previews.get('x')).toMatchObject({ startSec: 1, durationSec: 2, sourceInSec: 0.5 });
    // Dragged half a second: the start moves half a second, whatever the grab point.
    expect(handleGesture(placed, 'start', pressedSec, pressedSec + 0.5, ctx).previews.get('x')).toMatchObject({ startSec: 1.5, durationSec: 1.5, sourceInSec: 1 });
    expect(handleGesture(placed, 'end', 3 - 4 / 64, 3 - 4 / 64 - 0.25, ctx).previews.get('x')).toMatchObject({ startSec: 1, durationSec: 1.75 });
    expect(handleGesture(placed, 'fade-in', 1.5 + 3 / 64, 1.5 + 3 / 64 + 1 / 64, ctx).previews.get('x')!.fadeInSec).toBeCloseTo(0.5, 9);
  });
});

describe('extend words', () => {
  it('say what extending does to the clip selected, not to its take', () => {
    // QA: the second half of a split 5 s take (2-5 s, a 3.0 s clip) offered "Extend to 7.0 s".
    expect(extendWords({ sourceInSec: 2, durationSec: 3 }, 5, 2, 24)).toEqual({ button: 'Extend to 5.0 s', note: null });
    expect(extendWords({ sourceInSec: 0, durationSec: 5 }, 5, 2, 24).button).toBe('Extend to 7.0 s');
    // The first half (0-2 s) does not grow: the new seconds come after 5 s.
    const first = extendWords({ sourceInSec: 0, durationSec: 2 }, 5, 2, 24);
    expect(first.button).toBe('Extend its take to 7.0 s');
    expect(first.note).toMatch(/stops 3\.0 s before its take ends, so it stays 2\.0 s long/);
  });
});

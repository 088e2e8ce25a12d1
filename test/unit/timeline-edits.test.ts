// The timeline model's edits as pure functions: trims stay inside the source and the neighbours,
// splits play on exactly as before, ripple delete closes what it removes, placement never
// overwrites, markers and the in/out range sit on frames.
import { describe, expect, it } from 'vitest';
import type { Clip, Timeline } from '../../main/contract/timeline';
import { closeGap, deleteClips } from '../../main/projects/timeline/edit-delete';
import { addMarker, setRangePoint } from '../../main/projects/timeline/edit-markers';
import { pasteClips } from '../../main/projects/timeline/edit-paste';
import { moveClips, placeClips } from '../../main/projects/timeline/edit-place';
import { setClipSound } from '../../main/projects/timeline/edit-sound';
import { splitClips } from '../../main/projects/timeline/edit-split';
import { switchTake } from '../../main/projects/timeline/edit-takes';
import { addVideoTrack, removeVideoTrack } from '../../main/projects/timeline/edit-tracks';
import { trimClip } from '../../main/projects/timeline/edit-trim';
import { gapsOf, toFrame, type EditContext } from '../../main/projects/timeline/timeline-math';

const FPS = 24;
const SOURCES: Record<string, number> = { t1: 5, t2: 3, t3: 8, m1: 30 };
let ids = 0;
const ctx: EditContext = { fps: FPS, sourceDurationSec: (c) => SOURCES[(c.takeId ?? c.mediaId)!]!, newId: () => `n${++ids}` };

function clip(id: string, startSec: number, takeId: string, over: Partial<Clip> = {}): Clip {
  return {
    id, trackId: 'v1', startSec, sourceInSec: 0, durationSec: SOURCES[takeId]!, takeId, takeIds: [takeId], mediaId: null,
    volume: 1, fadeInSec: 0, fadeOutSec: 0, ...over,
  };
}

function timeline(clips: Clip[]): Timeline {
  return {
    fps: FPS,
    tracks: [
      { id: 'v1', kind: 'video', name: 'V1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
      { id: 'a1', kind: 'sound', name: 'A1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: 'v1' },
      { id: 'm1', kind: 'music', name: 'M1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
    ],
    clips, markers: [], range: null,
  };
}

const byId = (t: Timeline, id: string) => t.clips.find((c) => c.id === id)!;
const layout = (t: Timeline) => [...t.clips].sort((a, b) => a.startSec - b.startSec).map((c) => [c.id, c.startSec, c.durationSec, c.sourceInSec]);

describe('trim', () => {
  const base = timeline([clip('a', 0, 't1'), clip('b', 5, 't2')]);

  it('moves the start edge into the take without moving the rest of the clip', () => {
    const t = trimClip(base, ctx, 'a', 'start', 1.5);
    expect(byId(t, 'a')).toMatchObject({ startSec: 1.5, sourceInSec: 1.5, durationSec: 3.5 });
  });

  it('snaps the edge to a frame and keeps at least one frame', () => {
    expect(byId(trimClip(base, ctx, 'a', 'end', 2.01), 'a').durationSec).toBeCloseTo(2, 9);
    expect(byId(trimClip(base, ctx, 'a', 'end', 0), 'a').durationSec).toBeCloseTo(1 / FPS, 9);
  });

  it('cannot grow past the take’s own ends or over a neighbour', () => {
    const shortened = trimClip(base, ctx, 'b', 'end', 6);
    expect(byId(trimClip(shortened, ctx, 'b', 'end', 20), 'b').durationSec).toBe(3);
    const trimmedIn = trimClip(base, ctx, 'b', 'start', 6);
    // Pulling the start back out stops at the take's first frame, which is also A's end.
    expect(byId(trimClip(trimmedIn, ctx, 'b', 'start', 0), 'b')).toMatchObject({ startSec: 5, sourceInSec: 0, durationSec: 3 });
    const gapBefore = timeline([clip('a', 0, 't1', { durationSec: 2 }), clip('b', 4, 't2', { sourceInSec: 0 })]);
    expect(byId(trimClip(gapBefore, ctx, 'a', 'end', 4.5), 'a').durationSec).toBe(4);
  });
});

describe('split', () => {
  it('cuts clips under the time into two that play the same frames', () => {
    const t = splitClips(timeline([clip('a', 0, 't1', { fadeInSec: 1, fadeOutSec: 1 })]), ctx, 2, null);
    expect(layout(t)).toEqual([['a', 0, 2, 0], [expect.any(String), 2, 3, 2]]);
    const right = t.clips.find((c) => c.id !== 'a')!;
    expect(right.takeIds).toEqual(['t1']);
    expect([byId(t, 'a').fadeOutSec, right.fadeInSec, right.fadeOutSec]).toEqual([0, 0, 1]);
  });

  it('splits only the chosen clips, and refuses when nothing is under the playhead', () => {
    const two = timeline([clip('a', 0, 't1'), clip('m', 0, 'm1', { takeId: null, takeIds: [], mediaId: 'm1', trackId: 'm1', durationSec: 10 })]);
    expect(splitClips(two, ctx, 1, ['m']).clips).toHaveLength(3);
    expect(() => splitClips(two, ctx, 12, null)).toThrow(/no clip under the playhead/);
  });
});

describe('delete, ripple and gaps', () => {
  const base = timeline([clip('a', 0, 't1'), clip('b', 5, 't2'), clip('c', 8, 't3')]);

  it('a lift leaves a gap that can be closed', () => {
    const lifted = deleteClips(base, ['b'], false);
    expect(gapsOf(lifted, 'v1')).toEqual([{ trackId: 'v1', startSec: 5, durationSec: 3 }]);
    const closed = closeGap(lifted, 'v1', 6);
    expect(layout(closed)).toEqual([['a', 0, 5, 0], ['c', 5, 8, 0]]);
    expect(() => closeGap(closed, 'v1', 2)).toThrow(/no gap/);
  });

  it('a ripple delete pulls the rest of the track left', () => {
    expect(layout(deleteClips(base, ['a', 'b'], true))).toEqual([['c', 0, 8, 0]]);
  });
});

describe('placing clips', () => {
  it('moves into free space as is, and inserts where it would cover a clip', () => {
    const base = timeline([clip('a', 0, 't1'), clip('b', 5, 't2')]);
    expect(layout(moveClips(base, ctx, ['b'], 2, null))).toEqual([['a', 0, 5, 0], ['b', 7, 3, 0]]);
    // Dropped over the start of A: B goes first, A moves right by B's length.
    expect(layout(moveClips(base, ctx, ['b'], -4.5, null))).toEqual([['b', 0, 3, 0], ['a', 3, 5, 0]]);
    expect(() => moveClips(base, ctx, ['a'], 0, 'm1')).toThrow(/cannot go on track M1/);
  });

  it('pastes copies at the playhead keeping their spacing', () => {
    const base = timeline([clip('a', 0, 't1')]);
    const { timeline: t, clipIds } = pasteClips(base, ctx, [
      { trackId: 'v1', offsetSec: 0, sourceInSec: 1, durationSec: 2, takeId: 't1', takeIds: ['t1'], mediaId: null, volume: 0.5, fadeInSec: 0, fadeOutSec: 0 },
      { trackId: 'v1', offsetSec: 3, sourceInSec: 0, durationSec: 1, takeId: 't2', takeIds: ['t2'], mediaId: null, volume: 1, fadeInSec: 0, fadeOutSec: 0 },
    ], 5);
    expect(clipIds).toHaveLength(2);
    expect(layout(t).map((row) => row[1])).toEqual([0, 5, 8]);
    expect(placeClips(t, ctx, []).clips).toHaveLength(3);
  });

  it('pastes at the playhead even inside a clip: that clip is split there and the rest moves right by the paste', () => {
    // QA: playhead at 2.0 s inside clip 1 (0-3.417 s); the copy landed at 3.417 s instead.
    const first = clip('a', 0, 't1', { durationSec: toFrame(3.417, FPS) });
    const locked = timeline([first, clip('b', first.durationSec, 't2'), clip('song', 1, 'm1', { trackId: 'm1', takeId: null, takeIds: [], mediaId: 'm1', durationSec: 6 })]);
    // M1's sync lock off, so the paste is seen on V1 alone (ripple-sync.test.ts: a locked track follows).
    const base = { ...locked, tracks: locked.tracks.map((t) => (t.id === 'm1' ? { ...t, syncLocked: false } : t)) };
    const copy = { trackId: 'v1', offsetSec: 0, sourceInSec: 0, durationSec: 3, takeId: 't2', takeIds: ['t2'], mediaId: null, volume: 1, fadeInSec: 0, fadeOutSec: 0 };
    const { timeline: t, clipIds } = pasteClips(base, ctx, [copy], 2);
    const rest = layout(t).filter((row) => row[0] !== 'song');
    const right = t.clips.find((c) => c.startSec > 4 && c.takeId === 't1')!;
    expect(rest).toEqual([['a', 0, 2, 0], [clipIds[0], 2, 3, 0], [right.id, 5, toFrame(toFrame(3.417, FPS) - 2, FPS), 2], ['b', toFrame(toFrame(3.417, FPS) + 3, FPS), 3, 0]]);
    // Only the pasted track moves; the unlocked music under it stays where it was.
    expect(byId(t, 'song')).toMatchObject({ startSec: 1, durationSec: 6 });
    // In free space after the last clip it lands at the playhead and moves nothing.
    expect(layout(pasteClips(base, ctx, [copy], 12).timeline).map((row) => row[1])).toEqual([0, 1, toFrame(3.417, FPS), 12]);
  });
});

describe('sound, takes, markers', () => {
  it('keeps fades inside the clip', () => {
    const t = setClipSound(timeline([clip('a', 0, 't2')]), ['a'], { fadeInSec: 2, fadeOutSec: 2, volume: 5 });
    expect(byId(t, 'a')).toMatchObject({ fadeInSec: 2, fadeOutSec: 1, volume: 2 });
  });

  it('switching to a longer take moves the rest of the track by the difference', () => {
    const t = switchTake(timeline([clip('a', 0, 't1'), clip('b', 5, 't2')]), ctx, 'a', 't3').timeline;
    expect(layout(t)).toEqual([['a', 0, 8, 0], ['b', 8, 3, 0]]);
    expect(byId(t, 'a').takeIds).toEqual(['t1', 't3']);
  });

  it('a trimmed clip keeps its in and out points in its new take (a split does not play seconds twice)', () => {
    // The second half of a split: seconds 1-5 of t1; regenerated as t1b (5 s, same timing).
    const SRC: Record<string, number> = { ...SOURCES, t1b: 5, t4: 2.5 };
    const c2: EditContext = { ...ctx, sourceDurationSec: (c) => SRC[(c.takeId ?? c.mediaId)!]! };
    const split = timeline([clip('a', 0, 't1', { durationSec: 1 }), clip('b', 1, 't1', { sourceInSec: 1, durationSec: 4 }), clip('c', 5, 't2')]);
    const t = switchTake(split, c2, 'b', 't1b').timeline;
    expect(layout(t)).toEqual([['a', 0, 1, 0], ['b', 1, 4, 1], ['c', 5, 3, 0]]);
    // A shorter new take cuts the out point to its end, and the track closes up.
    const short = switchTake(split, c2, 'b', 't4').timeline;
    expect(layout(short)).toEqual([['a', 0, 1, 0], ['b', 1, 1.5, 1], ['c', 2.5, 3, 0]]);
    // Extended (t1 -> t3, 8 s), the second half, which played to t1's end, plays to t3's; the first
    // half, cut short, keeps its out point.
    expect(layout(switchTake(split, c2, 'b', 't3').timeline)).toEqual([['a', 0, 1, 0], ['b', 1, 7, 1], ['c', 8, 3, 0]]);
    expect(layout(switchTake(split, c2, 'a', 't3').timeline)).toEqual([['a', 0, 1, 0], ['b', 1, 4, 1], ['c', 5, 3, 0]]);
  });

  it('markers land on frames, one per frame; in/out keep their order', () => {
    let t = addMarker(timeline([]), ctx, 1.01, 'hit');
    t = addMarker(t, ctx, 1.0, 'again');
    expect(t.markers).toEqual([{ id: expect.any(String), timeSec: 1, label: 'hit' }]);
    t = setRangePoint(t, 'in', 2, 10);
    t = setRangePoint(t, 'out', 1, 10);
    expect(t.range).toEqual({ inSec: 0, outSec: 1 });
    // I at the end of the timeline (O at its start) leaves nothing: the refusal says which press did it.
    expect(() => setRangePoint(t, 'in', 10, 10)).toThrow('An in point at the end of the timeline leaves nothing to mark');
    expect(() => setRangePoint(t, 'out', 0, 10)).toThrow('An out point at the start of the timeline leaves nothing to mark');
    expect(setRangePoint(t, 'in', 10 - 1 / 24, 10).range).toEqual({ inSec: 10 - 1 / 24, outSec: 10 });
  });
});

describe('layering tracks', () => {
  it('deletes an added track with its sound track and clips, and renumbers the tracks above it', () => {
    const three = addVideoTrack(addVideoTrack(timeline([clip('a', 0, 't1')]), ctx), ctx);
    const v2 = three.tracks.find((t) => t.name === 'V2')!;
    const v3 = three.tracks.find((t) => t.name === 'V3')!;
    const withClips = { ...three, clips: [...three.clips, clip('on2', 0, 't2', { trackId: v2.id }), clip('on3', 0, 't3', { trackId: v3.id })] };
    // Deleting from the sound header A2 deletes the V2 layer.
    const a2 = three.tracks.find((t) => t.name === 'A2')!;
    const after = removeVideoTrack(withClips, a2.id);
    expect(after.tracks.map((t) => [t.name, t.index])).toEqual([['V1', 0], ['A1', 0], ['M1', 0], ['V2', 1], ['A2', 1]]);
    expect(after.tracks.find((t) => t.name === 'V2')!.id).toBe(v3.id);
    expect(after.tracks.find((t) => t.name === 'A2')!.linkedTrackId).toBe(v3.id);
    expect(after.clips.map((c) => c.id).sort()).toEqual(['a', 'on3']);
  });

  it('refuses to delete the timeline\'s own tracks in words', () => {
    const base = timeline([clip('a', 0, 't1')]);
    for (const id of ['v1', 'a1', 'm1']) expect(() => removeVideoTrack(base, id)).toThrow(/own tracks/);
    expect(() => removeVideoTrack(base, 'gone')).toThrow(/not on the timeline/);
  });
});

// The preview's sound bed hears what the export mixes: a clip covered by a higher layer, or on a hidden
// video track, is still heard (from its own element, at its own place in its source); the shown
// clip's sound is left to the <video>; every overlapping spoken-lines part on D1 plays at once; a
// muted track is silent.
import { describe, expect, it } from 'vitest';
import type { Take } from '../../main/contract/model';
import type { Clip, Timeline } from '../../main/contract/timeline';
import { AudioBed, type SoundElement } from '../../renderer/src/lib/audio-bed';
import { buildTimelineView, videoClipAt, type PlacedClip } from '../../renderer/src/lib/timeline-layout';

class FakeAudio implements SoundElement {
  src = '';
  currentTime = 0;
  volume = 1;
  playbackRate = 1;
  paused = true;
  preload: HTMLAudioElement['preload'] = '';
  play(): Promise<void> {
    this.paused = false;
    return Promise.resolve();
  }
  pause(): void {
    this.paused = true;
  }
}

function take(id: string, spoken: boolean): Take {
  return {
    id, prompt: id, seed: 1, parentTakeId: null, durationSec: 6, width: 854, height: 480, fps: 24,
    videoPath: `media/${id}/clip.mp4`, filmstripPath: `media/${id}/filmstrip.jpg`, filmstripFrames: 10,
    peaksPath: `media/${id}/peaks.json`, outcome: '', createdAt: '', change: { kind: 'original', summary: '' },
    ...(spoken ? { speech: { path: `media/${id}/speech.wav`, peaksPath: `media/${id}/speech-peaks.json` } } : {}),
  };
}

function clip(id: string, trackId: string, startSec: number, durationSec: number, takeId: string, volume = 1): Clip {
  return { id, trackId, startSec, sourceInSec: 0.5, durationSec, takeId, takeIds: [takeId], mediaId: null, volume, fadeInSec: 0, fadeOutSec: 0 };
}

const tracks: Timeline['tracks'] = [
  { id: 'v1', kind: 'video', name: 'V1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
  { id: 'v2', kind: 'video', name: 'V2', index: 1, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
  { id: 'a1', kind: 'sound', name: 'A1', index: 0, muted: false, volume: 0.8, syncLocked: true, linkedTrackId: 'v1' },
  { id: 'a2', kind: 'sound', name: 'A2', index: 1, muted: false, volume: 1, syncLocked: true, linkedTrackId: 'v2' },
  { id: 'd1', kind: 'dialogue', name: 'D1', index: 0, muted: false, volume: 1, syncLocked: true, linkedTrackId: null },
];
// V1 plays 0-5 s; V2 lays a clip over it from 2 to 4 s. Both takes speak.
const timeline: Timeline = { fps: 24, tracks, markers: [], range: null, clips: [clip('low', 'v1', 0, 5, 'a', 0.5), clip('top', 'v2', 2, 2, 'b')] };
const takes = [take('a', true), take('b', true)];

function urlFor(placed: PlacedClip): string {
  const t = placed.take!;
  return placed.part === 'speech' ? t.speech!.path : t.videoPath;
}

function playingAt(edited: Timeline, timeSec: number): Map<string, FakeAudio> {
  const made: FakeAudio[] = [];
  const bed = new AudioBed(urlFor, () => {
    const element = new FakeAudio();
    made.push(element);
    return element;
  });
  const view = buildTimelineView(edited, takes, []);
  bed.sync(view, timeSec, true, 1, videoClipAt(view, timeSec)?.clip.id ?? null);
  return new Map(made.filter((e) => !e.paused).map((e) => [e.src, e]));
}

describe('preview sound bed', () => {
  it('hears the covered clip under a higher layer, at its place in its source, and both spoken parts', () => {
    const heard = playingAt(timeline, 3);
    // The shown clip (V2's) is heard from the <video>, not from the bed.
    expect([...heard.keys()].sort()).toEqual(['media/a/clip.mp4', 'media/a/speech.wav', 'media/b/speech.wav']);
    const low = heard.get('media/a/clip.mp4')!;
    expect(low.currentTime).toBeCloseTo(3.5, 6);
    expect(low.volume).toBeCloseTo(0.5 * 0.8, 6);
    expect(heard.get('media/b/speech.wav')!.currentTime).toBeCloseTo(1.5, 6);
  });

  it('leaves the shown clip to the video element and plays only its spoken part when nothing covers it', () => {
    expect([...playingAt(timeline, 1).keys()]).toEqual(['media/a/speech.wav']);
  });

  it('plays a split voice from one element across the cut, with no seek, even as the playhead wavers over it', () => {
    // 'low' split at 2.5 s into two parts of the same take, back to back (as clips.split leaves them).
    const split: Timeline = { ...timeline, clips: [{ ...clip('head', 'v1', 0, 2.5, 'a'), sourceInSec: 0.5 }, { ...clip('tail', 'v1', 2.5, 2.5, 'a'), sourceInSec: 3 }] };
    const made: FakeAudio[] = [];
    const bed = new AudioBed(urlFor, () => {
      const element = new FakeAudio();
      made.push(element);
      return element;
    });
    const view = buildTimelineView(split, takes, []);
    const seeks: number[] = [];
    for (const t of [2.4, 2.49, 2.5, 2.499, 2.51, 2.6]) {
      const voice = made.find((e) => e.src === 'media/a/speech.wav');
      // The element runs on by itself between syncs, as a real one does.
      if (voice) voice.currentTime = 0.5 + t;
      const before = voice?.currentTime;
      bed.sync(view, t, true, 1, videoClipAt(view, t)?.clip.id ?? null);
      if (voice && voice.currentTime !== before) seeks.push(t);
    }
    expect(made.filter((e) => e.src === 'media/a/speech.wav')).toHaveLength(1);
    expect(seeks).toEqual([]);
    expect(made.find((e) => e.src === 'media/a/speech.wav')!.paused).toBe(false);
  });

  it('still hears a hidden video track, and is silent on a muted sound or dialogue track', () => {
    const hidden = { ...timeline, tracks: tracks.map((t) => (t.id === 'v2' ? { ...t, muted: true } : t)) };
    expect([...playingAt(hidden, 3).keys()].sort()).toEqual(['media/a/speech.wav', 'media/b/clip.mp4', 'media/b/speech.wav']);
    const muted = { ...timeline, tracks: tracks.map((t) => (t.id === 'a1' || t.id === 'd1' ? { ...t, muted: true } : t)) };
    expect([...playingAt(muted, 3).keys()]).toEqual([]);
  });
});

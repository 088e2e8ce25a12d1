// The editor's pure timeline logic: where clips sit, which clip plays at a time, timecodes, and which
// waveform level a zoom draws.
import { SAMPLE_RATE } from '../../main/contract/format';
import { describe, expect, it } from 'vitest';
import type { Clip, Take } from '../../main/contract/model';
import type { WaveformPeaks } from '../../main/contract/peaks';
import { pickPeaksLevel } from '../../renderer/src/lib/peaks';
import { formatDuration, formatTimecode } from '../../renderer/src/lib/timecode';
import { clipAt, clipCovering, layoutClips, nextClipFrom, timelineDuration } from '../../renderer/src/lib/timeline-layout';

function take(id: string, durationSec: number): Take {
  return {
    id, prompt: id, seed: 1, parentTakeId: null, durationSec, width: 854, height: 480, fps: 24,
    videoPath: `media/${id}/clip.mp4`, filmstripPath: `media/${id}/filmstrip.jpg`, filmstripFrames: 10,
    peaksPath: `media/${id}/peaks.json`, outcome: '', createdAt: '',
  };
}

function clip(id: string, position: number, startSec: number, takeId: string): Clip {
  return { id, position, startSec, takeId, takeIds: [takeId] };
}

describe('timeline layout', () => {
  const takes = [take('a', 5), take('b', 3)];
  // Given out of order: layout follows position.
  const layout = layoutClips([clip('c2', 1, 5, 'b'), clip('c1', 0, 0, 'a')], takes);

  it('places clips by position with their take’s length', () => {
    expect(layout.map((p) => [p.clip.id, p.start, p.end, p.index])).toEqual([
      ['c1', 0, 5, 0],
      ['c2', 5, 8, 1],
    ]);
    expect(timelineDuration(layout)).toBe(8);
  });

  it('finds the clip under the playhead, start inclusive, end exclusive', () => {
    expect(clipCovering(layout, 0)?.clip.id).toBe('c1');
    expect(clipCovering(layout, 4.99)?.clip.id).toBe('c1');
    expect(clipCovering(layout, 5)?.clip.id).toBe('c2');
    expect(clipCovering(layout, 8)).toBeNull();
    // At the very end the last clip still shows its last frame.
    expect(clipAt(layout, 8)?.clip.id).toBe('c2');
    expect(clipAt(layout, 9)).toBeNull();
    expect(nextClipFrom(layout, 0.5)?.clip.id).toBe('c2');
  });

  it('skips a clip whose take is unknown instead of drawing nonsense', () => {
    expect(layoutClips([clip('x', 0, 0, 'missing')], takes)).toEqual([]);
  });
});

describe('timecode', () => {
  it('formats minutes, seconds and frames at the clip’s frame rate', () => {
    expect(formatTimecode(0, 24)).toBe('00:00.00');
    expect(formatTimecode(1.5, 24)).toBe('00:01.12');
    expect(formatTimecode(65 + 23 / 24, 24)).toBe('01:05.23');
    expect(formatTimecode(-3, 24)).toBe('00:00.00');
    expect(formatDuration(4)).toBe('4.0 s');
    expect(formatDuration(65)).toBe('1:05');
  });
});

describe('waveform level', () => {
  const peaks: WaveformPeaks = {
    version: 1,
    sampleRate: SAMPLE_RATE,
    durationSec: 1,
    levels: [25, 100, 400].map((peaksPerSecond) => ({ peaksPerSecond, channels: [new Array<number>(peaksPerSecond).fill(0.5)] })),
  };

  it('picks the level with about one peak per pixel', () => {
    expect(pickPeaksLevel(peaks, 10)).toBe(0);
    expect(pickPeaksLevel(peaks, 60)).toBe(1);
    expect(pickPeaksLevel(peaks, 120)).toBe(1);
    expect(pickPeaksLevel(peaks, 1000)).toBe(2);
  });
});

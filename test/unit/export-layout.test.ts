// Where the exporter cuts: whole frames for pictures, whole samples for sound, from the plan's seconds.
import { describe, expect, it } from 'vitest';
import { frameRateOf, layoutPicture, layoutSound } from '../../main/media/export/export-layout';
import type { ExportPlan } from '../../main/media/export/export-plan';
import { parseEbur128Summary } from '../../main/media/export/loudness';
import { parseStatusLine } from '../../main/media/export/run-ffmpeg';
import { createProgressClock } from '../../main/media/export/progress-clock';

function plan(over: Partial<ExportPlan>): ExportPlan {
  return {
    outputPath: '/tmp/x.mp4', title: '', durationSec: 10, width: 1280, height: 720, fps: 24,
    video: [], audio: [], watermark: false, provenance: { generator: 'test', parts: [] }, ...over,
  };
}
const video = (timelineStartSec: number, durationSec: number, sourceInSec = 0, layer = 0) => ({ file: '/m/a.mp4', sourceInSec, durationSec, timelineStartSec, layer });

describe('export layout', () => {
  it('knows NTSC rates as exact fractions', () => {
    expect(frameRateOf(29.97)).toEqual({ num: 30000, den: 1001, text: '30000/1001' });
    expect(frameRateOf(23.976).text).toBe('24000/1001');
    expect(frameRateOf(25)).toEqual({ num: 25, den: 1, text: '25' });
  });

  it('fills the lowest layer end to end with clips and black gaps of exact frame counts', () => {
    const layout = layoutPicture(plan({ video: [video(1, 2, 0.5), video(5, 3), video(2, 4, 0, 1)] }));
    expect(layout.totalFrames).toBe(240);
    expect(layout.base.map((s) => (s.kind === 'gap' ? `gap ${s.frameCount}` : `clip ${s.placed.startFrame}+${s.placed.frameCount}`))).toEqual([
      'gap 24', 'clip 24+48', 'gap 48', 'clip 120+72', 'gap 48',
    ]);
    expect(layout.overlays).toMatchObject([{ startFrame: 48, frameCount: 96 }]);
  });

  it('shows the source frame that belongs to a piece starting between frames', () => {
    // Starts 10 ms after frame 24: the picture there shows the source 10 ms before the trim point.
    const [, clip] = layoutPicture(plan({ video: [video(1.01, 2, 3)] })).base;
    expect(clip).toMatchObject({ kind: 'clip', placed: { startFrame: 24 } });
    expect(clip!.kind === 'clip' && clip!.placed.sourceStartSec).toBeCloseTo(2.99, 9);
  });

  it('lets a later clip on a layer cover an earlier one, and clips everything at the end', () => {
    const layout = layoutPicture(plan({ durationSec: 4, video: [video(0, 3), video(2, 5, 1)] }));
    expect(layout.base.map((s) => s.kind === 'clip' && [s.placed.startFrame, s.placed.frameCount])).toEqual([[0, 48], [48, 48]]);
  });

  it('cuts sound at samples, as long as the picture, from the same source time', () => {
    const layout = layoutSound(
      plan({
        durationSec: 2,
        fps: 30000 / 1001,
        audio: [
          { file: '/m/a.wav', sourceInSec: 1.5, durationSec: 5, timelineStartSec: 0.25, gain: 1, fadeInSec: 0, fadeOutSec: 0 },
          { file: '/m/b.wav', sourceInSec: 0, durationSec: 1, timelineStartSec: 0, gain: 0, fadeInSec: 0, fadeOutSec: 0 },
        ],
      }),
    );
    // 2 s at 29.97 fps is 60 frames, which last 2.002 s.
    expect(layout.totalSamples).toBe(96096);
    expect(layout.pieces).toEqual([expect.objectContaining({ startSample: 12000, sourceStartSample: 72000, sampleCount: 96096 - 12000 })]);
  });
});

describe('export helpers', () => {
  it('reads ffmpeg status lines and ebur128 summaries', () => {
    expect(parseStatusLine('frame=  120 fps= 61 q=28.0 size=  256kB time=00:00:05.00 bitrate= 419.4kbits/s speed=2.5x')).toEqual({ frame: 120, timeSec: 5 });
    expect(parseStatusLine('size=N/A time=00:01:02.50 bitrate=N/A')).toEqual({ frame: null, timeSec: 62.5 });
    expect(parseStatusLine('Stream #0:0: Video: h264')).toBeNull();
    const summary = 'Summary:\n\n  Integrated loudness:\n    I:         -14.2 LUFS\n    Threshold: -24.2 LUFS\n\n  True peak:\n    Peak:       -1.4 dBFS\n';
    expect(parseEbur128Summary(summary)).toEqual({ integratedLufs: -14.2, truePeakDb: -1.4 });
    expect(parseEbur128Summary('Summary:\n I: -70.0 LUFS\n Peak: -inf dBFS')).toEqual({ integratedLufs: -70, truePeakDb: -99 });
  });

  it('estimates remaining time from the pace so far and never moves the bar backwards', () => {
    let time = 0;
    const seen: [number, number | null][] = [];
    const clock = createProgressClock((f, eta) => seen.push([f, eta]), () => time);
    clock.report(0.01);
    time = 2000;
    clock.report(0.25);
    time = 2050;
    clock.report(0.3);
    time = 4000;
    clock.report(0.2);
    clock.report(0.5);
    clock.finish();
    expect(seen).toEqual([[0.01, null], [0.25, 6], [0.5, 4], [1, 0]]);
  });
});

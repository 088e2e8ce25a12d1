// Long timelines are exported in several small ffmpeg jobs; the result must be the same film, to the
// frame and to the sample, as one job would make.
import { SAMPLE_RATE } from '../../main/contract/format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import ffmpeg from 'fluent-ffmpeg';
import { findFfmpeg, findFfprobe } from '../../main/media/ffmpeg-path';
import { layoutPicture, layoutSound } from '../../main/media/export/export-layout';
import type { ExportPlan } from '../../main/media/export/export-plan';
import { encodePicture } from '../../main/media/export/encode-picture';
import { chunkPicture, chunkRanges } from '../../main/media/export/picture-chunks';
import { renderSound } from '../../main/media/export/render-sound';
import { planSoundJobs } from '../../main/media/export/sound-jobs';
import { makeTempDir } from '../helpers/temp-dir';
import { decodeMono, frameBrightness, makeEventClip, onsetSample } from '../helpers/media-fixtures';

const FPS = 24;
const ffmpegPath = findFfmpeg()!;

function plan(over: Partial<ExportPlan>): ExportPlan {
  return {
    outputPath: '/tmp/x.mp4', title: '', durationSec: 6, width: 128, height: 72, fps: FPS,
    video: [], audio: [], watermark: false, provenance: { generator: 'test', parts: [] }, ...over,
  };
}

function videoDuration(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    ffmpeg.setFfprobePath(findFfprobe()!);
    ffmpeg.ffprobe(file, (error: Error | null, data: ffmpeg.FfprobeData) =>
      error ? reject(error) : resolve(Number(data.streams.find((s) => s.codec_type === 'video')?.duration)),
    );
  });
}

describe('export in runs', () => {
  it('cuts runs only at clip edges, keeping each run within the clip limit', () => {
    const video = [0, 1, 2, 3, 4].map((i) => ({ file: '/m/a.mp4', sourceInSec: 0, durationSec: 1, timelineStartSec: i, layer: 0 }));
    video.push({ file: '/m/b.mp4', sourceInSec: 2, durationSec: 3, timelineStartSec: 0.5, layer: 1 });
    const layout = layoutPicture(plan({ durationSec: 5, video }));
    // The overlay (frames 12-84) touches every run but the last; three base clips would make four.
    expect(chunkRanges(layout, 3)).toEqual([{ start: 0, end: 48 }, { start: 48, end: 96 }, { start: 96, end: 120 }]);
    const chunks = chunkPicture(layout, 3);
    expect(chunks.map((c) => c.layout.totalFrames)).toEqual([48, 48, 24]);
    expect(chunks[1]!.layout.base.map((s) => s.kind === 'clip' && s.placed.startFrame)).toEqual([0, 24]);
    // The overlay split across runs picks up in its source where the previous run left off.
    expect(chunks[0]!.layout.overlays).toEqual([expect.objectContaining({ startFrame: 12, frameCount: 36, sourceStartSec: 2 })]);
    expect(chunks[1]!.layout.overlays).toEqual([expect.objectContaining({ startFrame: 0, frameCount: 36, sourceStartSec: 3.5 })]);
    expect(chunks[2]!.layout.overlays).toEqual([]);
  });

  it('mixes many sounds in nested groups with no job over the limit', () => {
    const audio = Array.from({ length: 30 }, (_, i) => ({ file: `/m/${i}.wav`, sourceInSec: 0, durationSec: 0.5, timelineStartSec: i * 0.2, gain: 1, fadeInSec: 0, fadeOutSec: 0 }));
    const jobs = planSoundJobs(layoutSound(plan({ audio })), '/w', '/w/mix.wav', 4);
    expect(jobs.every((j) => j.layout.pieces.length <= 4)).toBe(true);
    expect(jobs.at(-1)!.outPath).toBe('/w/mix.wav');
    expect(jobs.length).toBe(8 + 2 + 1);
    expect(jobs[0]!.layout).toMatchObject({ totalSamples: Math.round(0.6 * SAMPLE_RATE) + 24000 });
  });

  describe('through ffmpeg', () => {
    let temp: ReturnType<typeof makeTempDir>;
    let clip: string;
    beforeAll(async () => {
      temp = makeTempDir();
      clip = path.join(temp.dir, 'take.mp4');
      await makeEventClip(clip, { durationSec: 3, eventSec: 1.5, width: 160, height: 90, fps: FPS });
    });
    afterAll(() => temp.cleanup());

    // Four pieces, each trimmed so its event (flash and ping) lands at a different time.
    const starts = [0, 1.5, 3, 4.5];
    const pieces = (file: string) => starts.map((t, i) => ({ file, sourceInSec: 0.5 + i * 0.1, durationSec: 1.5, timelineStartSec: t }));

    it('draws the same frames in runs of one clip as in one job', async () => {
      const p = plan({ video: pieces(clip).map((piece) => ({ ...piece, layer: 0 })) });
      const whole = path.join(temp.dir, 'whole.mp4');
      const runs = path.join(temp.dir, 'runs.mp4');
      await encodePicture({ ffmpegPath, plan: p, outPath: whole, workDir: temp.dir });
      await encodePicture({ ffmpegPath, plan: p, outPath: runs, workDir: temp.dir, maxClipsPerJob: 1 });
      expect(await videoDuration(runs)).toBeCloseTo(6, 6);
      const [a, b] = await Promise.all([frameBrightness(whole, 128, 72), frameBrightness(runs, 128, 72)]);
      expect(b).toHaveLength(6 * FPS);
      const flashes = (series: number[]) => series.flatMap((v, i) => (v > 150 ? [i] : []));
      expect(flashes(b)).toEqual(flashes(a));
      expect(flashes(b)).toHaveLength(4);
    });

    it('puts every sound at its sample when mixed in nested groups', async () => {
      const p = plan({ audio: pieces(clip).map((piece) => ({ ...piece, gain: 1, fadeInSec: 0, fadeOutSec: 0 })) });
      const workDir = path.join(temp.dir, 'sound');
      await import('node:fs/promises').then((fs) => fs.mkdir(workDir));
      const sound = await renderSound({ ffmpegPath, plan: p, workDir, maxSoundsPerJob: 2 });
      const samples = await decodeMono(sound.audioPath);
      starts.forEach((t, i) => {
        const expectedSec = t + (1.5 - (0.5 + i * 0.1));
        const onsetSec = onsetSample(samples.subarray(0, Math.round((t + 1.5) * SAMPLE_RATE)), Math.round((t + 0.2) * SAMPLE_RATE)) / SAMPLE_RATE;
        expect(Math.abs(onsetSec - expectedSec)).toBeLessThan(0.002);
      });
    });
  });
});

// The export encoder through real ffmpeg: plans in, MP4 files out, checked by ffprobe, by decoding
// their sound and pictures, and by ffmpeg's ebur128 loudness meter.
import { SAMPLE_RATE } from '../../main/contract/format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_LOUDNESS } from '../../main/contract/format';
import { isAbortError } from '../../main/contract/abort';
import { findFfprobe } from '../../main/media/ffmpeg-path';
import { probeMedia } from '../../main/media/probe-media';
import { exportTimeline } from '../../main/media/export/export-timeline';
import type { ExportPlan } from '../../main/media/export/export-plan';
import { loadSigningKey, type SigningKey } from '../../main/media/export/signing-key';
import { makeTempDir } from '../helpers/temp-dir';
import { decodeMono, ebur128, frameAt, frameBrightness, makeEventClip, makeMusic, onsetSample } from '../helpers/media-fixtures';
import ffmpeg from 'fluent-ffmpeg';

const ffprobePath = findFfprobe()!;
const FPS = 24;
const W = 256;
const H = 144;

function basePlan(outputPath: string, over: Partial<ExportPlan> = {}): ExportPlan {
  return {
    outputPath,
    title: 'Test film',
    durationSec: 4,
    width: W,
    height: H,
    fps: FPS,
    video: [],
    audio: [],
    watermark: false,
    provenance: { generator: 'Kinora test', parts: [] },
    ...over,
  };
}

function formatTags(file: string): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    ffmpeg.setFfprobePath(ffprobePath);
    ffmpeg.ffprobe(file, (error: Error | null, data: ffmpeg.FfprobeData) =>
      error ? reject(error) : resolve((data.format.tags ?? {}) as Record<string, string>),
    );
  });
}

function streamDurations(file: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    ffmpeg.setFfprobePath(ffprobePath);
    ffmpeg.ffprobe(file, (error: Error | null, data: ffmpeg.FfprobeData) =>
      error ? reject(error) : resolve(Object.fromEntries(data.streams.map((s) => [s.codec_type ?? '', Number(s.duration)]))),
    );
  });
}

describe('exportTimeline', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let key: SigningKey;
  // A 4 s take whose event (flash + ping) is at 2.5 s; 320x240 so the 16:9 export letterboxes it.
  let clip: string;
  let music: string;

  beforeAll(async () => {
    temp = makeTempDir();
    key = await loadSigningKey(path.join(temp.dir, 'home'));
    clip = path.join(temp.dir, 'take.mp4');
    music = path.join(temp.dir, 'music.mp3');
    await Promise.all([makeEventClip(clip, { durationSec: 4, eventSec: 2.5, width: 320, height: 240, fps: FPS }), makeMusic(music, 6)]);
  });
  afterAll(() => temp.cleanup());

  it('puts the sound of a clip trimmed mid-way exactly where its picture shows the event', async () => {
    const out = path.join(temp.dir, 'sync.mp4');
    // The piece starts 1.3 s into the take and sits at 0.5 s: the event (2.5 s in the take) lands at 1.7 s.
    const piece = { file: clip, sourceInSec: 1.3, durationSec: 2.2, timelineStartSec: 0.5 };
    await exportTimeline(
      basePlan(out, { durationSec: 3, video: [{ ...piece, layer: 0 }], audio: [{ ...piece, gain: 1, fadeInSec: 0, fadeOutSec: 0 }] }),
      { signingKey: key },
    );
    const expectedSec = 0.5 + (2.5 - 1.3);
    const samples = await decodeMono(out);
    const onsetSec = onsetSample(samples, Math.round(0.6 * SAMPLE_RATE)) / SAMPLE_RATE;
    console.info(`onset ${(onsetSec - expectedSec) * 1000} ms from the event`);
    expect(Math.abs(onsetSec - expectedSec)).toBeLessThan(0.002);
    const brightness = await frameBrightness(out, W, H);
    // The picture changes only on frame boundaries: the flash is on the frame nearest the event.
    const flashFrame = brightness.findIndex((b) => b > 150);
    expect(Math.abs(flashFrame / FPS - expectedSec)).toBeLessThanOrEqual(0.5 / FPS);
  });

  it('exports two trimmed pieces, a gap and music to an H.264/AAC MP4 at -14 LUFS with the mark and the manifest', async () => {
    const out = path.join(temp.dir, 'film.mp4');
    const a = { file: clip, sourceInSec: 0.5, durationSec: 1.2, timelineStartSec: 0 };
    const b = { file: clip, sourceInSec: 2.0, durationSec: 1.5, timelineStartSec: 2.0 };
    const parts = [
      { timelineStartSec: 0, durationSec: 1.2, kind: 'generated' as const, takeId: 't1', prompt: 'a ball drops', seed: 7, engineVersion: '0.1.0' },
      { timelineStartSec: 0, durationSec: 4, kind: 'imported' as const, fileName: 'music.mp3', sha256: 'ab'.repeat(32) },
    ];
    const progress: number[] = [];
    const result = await exportTimeline(
      basePlan(out, {
        watermark: true,
        video: [{ ...a, layer: 0 }, { ...b, layer: 0 }],
        audio: [
          { ...a, gain: 1, fadeInSec: 0, fadeOutSec: 0 },
          { ...b, gain: 1, fadeInSec: 0, fadeOutSec: 0.2 },
          { file: music, sourceInSec: 1, durationSec: 4, timelineStartSec: 0, gain: 0.5, fadeInSec: 0.5, fadeOutSec: 0.5 },
        ],
        provenance: { generator: 'Kinora test', parts },
      }),
      { signingKey: key, onProgress: (f) => progress.push(f) },
    );
    expect(result.outputPath).toBe(out);
    expect(result.sidecarPath).toBe(path.join(temp.dir, 'film.kinora.json'));

    const probe = await probeMedia(ffprobePath, out);
    expect(Math.abs(probe.durationSec - 4)).toBeLessThanOrEqual(1 / FPS);
    // The sound runs to the end of the picture, to the sample (the edit list trims AAC's padding).
    expect(await streamDurations(out)).toEqual({ video: 4, audio: 4 });
    expect(probe.streams.find((s) => s.type === 'video')).toMatchObject({ codec: 'h264', width: W, height: H });
    expect(probe.streams.find((s) => s.type === 'audio')).toMatchObject({ codec: 'aac', sampleRate: SAMPLE_RATE, channels: 2 });
    const tags = await formatTags(out);
    expect(tags.title).toBe('Test film');
    const manifest = JSON.parse(tags.kinora_manifest!);
    expect(manifest).toMatchObject({ generator: 'Kinora test', parts, signer: { algorithm: 'Ed25519', keyId: key.keyId } });

    const loudness = await ebur128(out);
    expect(Math.abs(loudness.integratedLufs - EXPORT_LOUDNESS.integratedLufs)).toBeLessThanOrEqual(EXPORT_LOUDNESS.toleranceLu);
    expect(loudness.truePeakDb).toBeLessThanOrEqual(EXPORT_LOUDNESS.truePeakDb);
    expect(Math.abs(result.integratedLufs - loudness.integratedLufs)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(result.truePeakDb - loudness.truePeakDb)).toBeLessThanOrEqual(0.1);

    // 1.6 s is in the gap: black, except the white mark in the bottom-right corner.
    const gap = await frameAt(out, 1.6, W, H);
    const at = (x: number, y: number): number => gap[y * W + x]!;
    let markPixels = 0;
    for (let y = Math.round(H * 0.8); y < H; y++) for (let x = Math.round(W * 0.5); x < W; x++) if (at(x, y) > 180) markPixels++;
    expect(markPixels).toBeGreaterThan(20);
    expect(Math.max(...gap.subarray(0, W * Math.round(H * 0.6)))).toBeLessThan(12);
    // 0.6 s shows piece A: a 4:3 take in a 16:9 film, so black bars left and right of the picture.
    const picture = await frameAt(out, 0.6, W, H);
    const column = (x: number): number => { let sum = 0; for (let y = 0; y < H * 0.7; y++) sum += picture[y * W + x]!; return sum / (H * 0.7); };
    expect(column(10)).toBeLessThan(8);
    expect(column(W - 10)).toBeLessThan(8);
    expect(column(W / 2 - 40)).toBeGreaterThan(20);

    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    expect(readdirSync(temp.dir).filter((n) => n.includes('kinora-partial'))).toEqual([]);
  });

  it('exports a picture without sound with a silent soundtrack, and sound without picture over black', async () => {
    const silent = path.join(temp.dir, 'silent.mp4');
    const result = await exportTimeline(basePlan(silent, { durationSec: 1, video: [{ file: clip, sourceInSec: 0, durationSec: 1, timelineStartSec: 0, layer: 0 }] }), { signingKey: key });
    expect(result).toMatchObject({ integratedLufs: -70, truePeakDb: -99 });
    expect(await streamDurations(silent)).toEqual({ video: 1, audio: 1 });
    const blind = path.join(temp.dir, 'blind.mp4');
    await exportTimeline(basePlan(blind, { durationSec: 1, audio: [{ file: music, sourceInSec: 0, durationSec: 1, timelineStartSec: 0, gain: 1, fadeInSec: 0, fadeOutSec: 0 }] }), { signingKey: key });
    expect(Math.max(...(await frameBrightness(blind, W, H)))).toBeLessThan(2);
    expect(Math.abs((await ebur128(blind)).integratedLufs - EXPORT_LOUDNESS.integratedLufs)).toBeLessThanOrEqual(EXPORT_LOUDNESS.toleranceLu);
  });

  it('leaves nothing under the chosen name when cancelled', async () => {
    const out = path.join(temp.dir, 'cancelled', 'film.mp4');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(out)));
    const controller = new AbortController();
    const video = Array.from({ length: 6 }, (_, i) => ({ file: clip, sourceInSec: 0, durationSec: 4, timelineStartSec: i * 4, layer: 0 }));
    const run = exportTimeline(basePlan(out, { durationSec: 24, width: 640, height: 360, video }), {
      signingKey: key,
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.3) controller.abort();
      },
    });
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });

  it('clears the partial files a crashed export left beside the target', async () => {
    const folder = path.join(temp.dir, 'crashed');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    writeFileSync(path.join(folder, '.film.mp4.kinora-partial-0123456789ab.mp4'), 'half a film');
    writeFileSync(path.join(folder, '.film.kinora.json.kinora-partial-0123456789ab.json'), '{');
    writeFileSync(path.join(folder, 'keep.mp4'), 'not ours');
    const piece = { file: clip, sourceInSec: 0, durationSec: 1, timelineStartSec: 0, layer: 0 };
    await exportTimeline(basePlan(path.join(folder, 'film.mp4'), { durationSec: 1, video: [piece] }), { signingKey: key });
    expect(readdirSync(folder).sort()).toEqual(['film.kinora.json', 'film.mp4', 'keep.mp4']);
  });

  it('fails in words on a corrupt clip, stopping the other half and writing nothing', async () => {
    const corrupt = path.join(temp.dir, 'corrupt.mp4');
    writeFileSync(corrupt, Buffer.alloc(4096, 7));
    const out = path.join(temp.dir, 'corrupt-film.mp4');
    const piece = { file: corrupt, sourceInSec: 0, durationSec: 1, timelineStartSec: 0 };
    const music = { file: clip, sourceInSec: 0, durationSec: 4, timelineStartSec: 0, gain: 1, fadeInSec: 0, fadeOutSec: 0 };
    const run = exportTimeline(basePlan(out, { video: [{ ...piece, layer: 0 }], audio: [music] }), { signingKey: key });
    await expect(run).rejects.toThrow(/^The film could not be exported: ffmpeg could not encode the picture: .*corrupt\.mp4: Invalid data found.*Nothing was saved/);
    expect(readdirSync(temp.dir).filter((n) => n.startsWith('corrupt-film') || n.startsWith('.corrupt-film'))).toEqual([]);
  });

  it('refuses a plan whose clip has lost its file, in words, writing nothing', async () => {
    const out = path.join(temp.dir, 'missing.mp4');
    const piece = { file: path.join(temp.dir, 'gone.mp4'), sourceInSec: 0, durationSec: 1, timelineStartSec: 0, layer: 0 };
    await expect(exportTimeline(basePlan(out, { video: [piece] }), { signingKey: key })).rejects.toThrow(/lost its media file \(gone\.mp4\)/);
    await expect(exportTimeline(basePlan('relative.mp4'), { signingKey: key })).rejects.toThrow(/outputPath must be an absolute path/);
    expect(existsSync(out)).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { encodeClip, keyframeSpacing, type FrameSource } from '../../main/media/encode-clip';
import { filmstripFrameIndex, makeFilmstrip, makeFilmstripFromFrames } from '../../main/media/filmstrip';
import { readRgbFrames } from '../../main/media/read-frames';
import { probeMedia } from '../../main/media/probe-media';
import { writeWav } from '../../main/media/wav-file';
import { computePeaks } from '../../main/media/waveform-peaks';
import { findFfmpeg, findFfprobe, checkFfmpeg, requireFfmpeg } from '../../main/media/ffmpeg-path';
import { isAbortError } from '../../main/contract/abort';
import { makeTempDir } from '../helpers/temp-dir';

const ffmpegPath = findFfmpeg();
const ffprobePath = findFfprobe();

// A white square sliding across a dark frame: real, distinct frames without the 3D renderer.
function slidingSquare(width: number, height: number, fps: number, frameCount: number): FrameSource {
  return {
    width,
    height,
    fps,
    frameCount,
    renderFrame(index) {
      const pixels = new Uint8Array(width * height * 4);
      const x0 = Math.floor((index / frameCount) * (width - 16));
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const inside = x >= x0 && x < x0 + 16 && y >= 20 && y < 36;
          pixels[i] = pixels[i + 1] = pixels[i + 2] = inside ? 255 : 20;
          pixels[i + 3] = 255;
        }
      }
      return pixels;
    },
  };
}

function tone(seconds: number, sampleRate: number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * sampleRate) * 2);
  for (let i = 0; i < samples.length / 2; i++) {
    const v = 0.5 * Math.sin((2 * Math.PI * 440 * i) / sampleRate) * (i / sampleRate < seconds / 2 ? 1 : 0.1);
    samples[2 * i] = v;
    samples[2 * i + 1] = v * 0.5;
  }
  return samples;
}

function pcm16(samples: Float32Array): Buffer {
  const out = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => out.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2));
  return out;
}

describe('media', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('finds a working ffmpeg and ffprobe on this machine', async () => {
    expect(ffmpegPath).not.toBeNull();
    expect(ffprobePath).not.toBeNull();
    expect((await checkFfmpeg()).ok).toBe(true);
  });

  it('says clearly when ffmpeg is missing', async () => {
    const env = { PATH: temp.dir, FFMPEG_PATH: path.join(temp.dir, 'no-ffmpeg') };
    expect(findFfmpeg(env)).toBeNull();
    const status = await checkFfmpeg(env);
    expect(status.ok).toBe(false);
    expect(status.message).toMatch(/ffmpeg was not found.*apt-get install ffmpeg/);
    expect(() => requireFfmpeg(env)).toThrow(/ffmpeg was not found/);
  });

  it('encodes frames and a WAV into an H.264/AAC MP4 that ffprobe reads, and a filmstrip', async () => {
    const wav = path.join(temp.dir, 'a.wav');
    const out = path.join(temp.dir, 'clip.mp4');
    await writeWav(wav, pcm16(tone(2, SAMPLE_RATE)), SAMPLE_RATE, 2);
    const progress: number[] = [];
    await encodeClip({ ffmpegPath: ffmpegPath!, frames: slidingSquare(160, 96, 24, 48), wavPath: wav, outPath: out, onProgress: (f) => progress.push(f) });
    const probe = await probeMedia(ffprobePath!, out);
    expect(probe.streams.find((s) => s.type === 'video')).toMatchObject({ codec: 'h264', width: 160, height: 96 });
    expect(probe.streams.find((s) => s.type === 'audio')).toMatchObject({ codec: 'aac', channels: 2, sampleRate: SAMPLE_RATE });
    expect(probe.durationSec).toBeGreaterThan(1.9);
    expect(probe.durationSec).toBeLessThan(2.15);
    expect(progress.at(-1)).toBe(1);
    // A keyframe every quarter second (so every whole second is one) and nowhere else.
    const keyframes = JSON.parse(
      execFileSync(ffprobePath!, ['-v', 'error', '-select_streams', 'v:0', '-skip_frame', 'nokey', '-show_entries', 'frame=pts_time', '-of', 'json', out], { encoding: 'utf8' }),
    ) as { frames: { pts_time: string }[] };
    expect(keyframes.frames.map((f) => Number(f.pts_time))).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75]);
    expect([24, 25, 30, 60, 23].map(keyframeSpacing)).toEqual([6, 5, 6, 15, 23]);

    const strip = path.join(temp.dir, 'strip.jpg');
    await makeFilmstrip({ ffmpegPath: ffmpegPath!, videoPath: out, outPath: strip, durationSec: 2, frames: 10, thumbHeight: 48 });
    const stripProbe = await probeMedia(ffprobePath!, strip);
    expect(stripProbe.streams[0]).toMatchObject({ type: 'video', height: 48, width: 800 });

    // The same strip from the frames as drawn (a generation keeps them as the encoder takes them):
    // the same size and format, each tile showing the same moment as the one decoded from the clip.
    const source = slidingSquare(160, 96, 24, 48);
    const drawnStrip = path.join(temp.dir, 'drawn.jpg');
    const picks = Array.from({ length: 10 }, (_, n) => filmstripFrameIndex(n, 10, 48));
    expect(picks).toEqual([2, 7, 12, 16, 21, 26, 31, 36, 40, 45]);
    const frames = await Promise.all(picks.map((i) => source.renderFrame(i)));
    await makeFilmstripFromFrames({ ffmpegPath: ffmpegPath!, frames, width: 160, height: 96, pixelFormat: 'rgba', outPath: drawnStrip, thumbHeight: 48 });
    expect((await probeMedia(ffprobePath!, drawnStrip)).streams[0]).toMatchObject({ type: 'video', codec: 'mjpeg', height: 48, width: 800 });
    const read = async (file: string): Promise<Uint8Array> => {
      for await (const frame of readRgbFrames({ ffmpegPath: ffmpegPath!, file, width: 800, height: 48, fps: null })) return frame;
      throw new Error(`${file} decoded to nothing`);
    };
    // Where the white square is in each tile: its brightest column.
    const squareAt = (rgb: Uint8Array): number[] =>
      Array.from({ length: 10 }, (_, tile) => {
        let best = 0;
        for (let x = 1; x < 80; x++) if (rgb[(28 * 800 + tile * 80 + x) * 3]! > rgb[(28 * 800 + tile * 80 + best) * 3]!) best = x;
        return best;
      });
    const fromClip = squareAt(await read(strip));
    squareAt(await read(drawnStrip)).forEach((x, tile) => expect(Math.abs(x - fromClip[tile]!), `tile ${tile}`).toBeLessThanOrEqual(3));
  });

  it('tells the source a frame is taken only once ffmpeg has its bytes, so one reused buffer is enough', async () => {
    const W = 320, H = 240, count = 24;
    const square = slidingSquare(W, H, 24, count);
    // One buffer for every frame; the moment a frame is released it is painted white. A frame released
    // before ffmpeg had read all of it would come out white below the part already in the pipe.
    const buffer = new Uint8Array(W * H * 4);
    const released: number[] = [];
    let held = false;
    const frames: FrameSource = {
      ...square,
      renderFrame(index) {
        if (held) throw new Error(`frame ${index} asked for while frame ${index - 1} was still held`);
        held = true;
        buffer.set(square.renderFrame(index) as Uint8Array);
        return buffer;
      },
      release(index) {
        released.push(index);
        buffer.fill(255);
        held = false;
      },
    };
    const out = path.join(temp.dir, 'reused.mp4');
    await encodeClip({ ffmpegPath: ffmpegPath!, frames, outPath: out });
    expect(released).toEqual(Array.from({ length: count }, (_, i) => i));
    const grey = execFileSync(ffmpegPath!, ['-v', 'error', '-i', out, '-f', 'rawvideo', '-pix_fmt', 'gray', '-'], { maxBuffer: 64 << 20 });
    expect(grey.length).toBe(W * H * count);
    for (let f = 0; f < count; f++) {
      // The square's centre is white and the frame around it dark down to its last row, as drawn.
      const x0 = Math.floor((f / count) * (W - 16));
      expect(grey[f * W * H + 28 * W + x0 + 8], `frame ${f}`).toBeGreaterThan(200);
      for (const y of [120, H - 1]) expect(grey[f * W * H + y * W + W / 2], `frame ${f}, row ${y}`).toBeLessThan(60);
    }
  });

  it('stops ffmpeg when cancelled mid-encode', async () => {
    const wav = path.join(temp.dir, 'a.wav');
    const out = path.join(temp.dir, 'clip.mp4');
    await writeWav(wav, pcm16(tone(10, SAMPLE_RATE)), SAMPLE_RATE, 2);
    const controller = new AbortController();
    const run = encodeClip({
      ffmpegPath: ffmpegPath!,
      frames: slidingSquare(320, 240, 24, 240),
      wavPath: wav,
      outPath: out,
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.2) controller.abort();
      },
    });
    await expect(run).rejects.toSatisfy(isAbortError);
  });

  it('reports an ffmpeg failure in words', async () => {
    const run = encodeClip({ ffmpegPath: ffmpegPath!, frames: slidingSquare(64, 64, 24, 4), wavPath: path.join(temp.dir, 'missing.wav'), outPath: path.join(temp.dir, 'x.mp4') });
    await expect(run).rejects.toThrow(/ffmpeg could not encode the clip/);
    expect(existsSync(path.join(temp.dir, 'x.mp4'))).toBe(false);
  });

  it('computes multi-resolution peaks that follow the loudness', () => {
    const peaks = computePeaks(tone(2, 8000), 8000, 2);
    expect(peaks.levels.map((l) => l.peaksPerSecond)).toEqual([25, 100, 400]);
    const fine = peaks.levels[1]!;
    expect(fine.channels).toHaveLength(2);
    expect(fine.channels[0]).toHaveLength(200);
    // Loud first half, quiet second half; the right channel is half the left.
    expect(fine.channels[0]![10]).toBeGreaterThan(0.45);
    expect(fine.channels[0]![150]).toBeLessThan(0.06);
    expect(fine.channels[1]![10]).toBeCloseTo(fine.channels[0]![10]! / 2, 2);
    expect(JSON.parse(JSON.stringify(peaks))).toEqual(peaks);
  });

  it('writes a WAV header ffprobe accepts', async () => {
    const wav = path.join(temp.dir, 'a.wav');
    await writeWav(wav, pcm16(tone(1, SAMPLE_RATE)), SAMPLE_RATE, 2);
    expect(readFileSync(wav).subarray(0, 4).toString()).toBe('RIFF');
    const probe = await probeMedia(ffprobePath!, wav);
    expect(probe.durationSec).toBeCloseTo(1, 2);
  });
});

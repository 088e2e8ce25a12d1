// Frames converted to yuv420p where they are drawn (frames/post/yuv420p.ts and its C++ twin) keep
// their colours in the clip: decoded, a frame matches the drawn RGB, and matches the clip ffmpeg made
// from the same frames in RGBA (its own conversion, as before); the twins give the same bytes, the
// pool the same bytes whatever its size, and the file says which matrix and range it holds.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { nativeRender } from '../../main/engine/frames/native-render';
import { rgbaToYuv420p, yuv420pBytes } from '../../main/engine/frames/post/yuv420p';
import { openFramePool } from '../../main/engine/generate/frame-pool';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { encodeClip, type FramePixelFormat } from '../../main/media/encode-clip';
import { findFfmpeg, findFfprobe } from '../../main/media/ffmpeg-path';
import { readRgbFrames } from '../../main/media/read-frames';
import { makeTempDir } from '../helpers/temp-dir';

const ffmpegPath = findFfmpeg()!;
const ffprobePath = findFfprobe()!;
const W = 128, H = 72;

async function smallTake() {
  const base = parsePrompt('a kid kicks a soccer ball in the park, 1 second');
  const plan = { ...base, format: { ...base.format, width: W, height: H, fps: 12 } };
  return { plan, trace: await simulate(plan, 3) };
}
type Take = Awaited<ReturnType<typeof smallTake>>;

async function poolFrames(take: Take, size: number, pixelFormat: FramePixelFormat): Promise<Uint8Array[]> {
  const pool = openFramePool(take.plan, take.trace, { size, pixelFormat });
  try {
    const out: Uint8Array[] = [];
    for (let i = 0; i < pool.frameCount; i++) {
      out.push((await pool.renderFrame(i)).slice());
      pool.release(i);
    }
    return out;
  } finally {
    await pool.close();
  }
}

async function encodeAndDecode(frames: Uint8Array[], pixelFormat: FramePixelFormat, outPath: string): Promise<Uint8Array[]> {
  await encodeClip({
    ffmpegPath, outPath,
    frames: { width: W, height: H, fps: 12, frameCount: frames.length, pixelFormat, renderFrame: (i) => frames[i]! },
  });
  const decoded: Uint8Array[] = [];
  for await (const frame of readRgbFrames({ ffmpegPath, file: outPath, width: W, height: H, fps: 12 })) decoded.push(frame);
  return decoded;
}

// Mean absolute difference per channel between an RGB (3 bytes) and an RGBA or RGB frame.
function meanDiff(rgb: Uint8Array, other: Uint8Array, otherStride: number): number {
  let sum = 0;
  for (let p = 0; p < W * H; p++) for (let c = 0; c < 3; c++) sum += Math.abs(rgb[p * 3 + c]! - other[p * otherStride + c]!);
  return sum / (W * H * 3);
}

// Mean signed difference of each channel (a wrong matrix or range shifts whole channels).
function channelBias(rgb: Uint8Array, rgba: Uint8Array): number[] {
  const sum = [0, 0, 0];
  for (let p = 0; p < W * H; p++) for (let c = 0; c < 3; c++) sum[c]! += rgb[p * 3 + c]! - rgba[p * 4 + c]!;
  return sum.map((v) => v / (W * H));
}

describe('frames encoded as yuv420p', () => {
  let take: Take;
  let drawn: Uint8Array[];
  // Frames from a pool of two (this thread and a worker), converted where they were drawn.
  let pooled: Uint8Array[] = [];
  const temp = makeTempDir();
  beforeAll(async () => {
    take = await smallTake();
    const renderer = createFrameRenderer(take.plan, take.trace);
    drawn = Array.from({ length: take.trace.frameCount }, (_, i) => renderer.renderFrame(i).slice());
  }, 60_000);
  afterAll(() => temp.cleanup());

  it('converts with the same bytes in JavaScript and C++, odd sizes included, grey staying grey', () => {
    const native = nativeRender();
    expect(native, 'the render addon is built').not.toBeNull();
    const odd = { w: 37, h: 23 };
    const noise = Uint8Array.from({ length: odd.w * odd.h * 4 }, (_, i) => (i * 2654435761) >>> 24);
    for (const [rgba, w, h] of [[drawn[5]!, W, H], [noise, odd.w, odd.h]] as const) {
      const js = new Uint8Array(yuv420pBytes(w, h));
      const cc = new Uint8Array(yuv420pBytes(w, h));
      rgbaToYuv420p(rgba, w, h, js);
      native!.yuv420p(rgba, w, h, cc);
      expect(Buffer.compare(js, cc)).toBe(0);
    }
    const levels = new Uint8Array(yuv420pBytes(2, 2));
    rgbaToYuv420p(Uint8Array.of(0, 0, 0, 255, 255, 255, 255, 255, 128, 128, 128, 255, 0, 0, 0, 255), 2, 2, levels);
    // Limited range: black 16, white 235; chroma of greys exactly 128.
    expect([...levels]).toEqual([16, 235, 126, 16, 128, 128]);
  });

  it('draws the same yuv420p bytes whatever the pool size', async () => {
    const one = await poolFrames(take, 1, 'yuv420p');
    pooled = await poolFrames(take, 2, 'yuv420p');
    expect(one.length).toBe(drawn.length);
    one.forEach((frame, i) => {
      const expected = new Uint8Array(yuv420pBytes(W, H));
      rgbaToYuv420p(drawn[i]!, W, H, expected);
      expect(Buffer.compare(frame, expected), `frame ${i}`).toBe(0);
      expect(Buffer.compare(pooled[i]!, expected), `frame ${i}, 2 threads`).toBe(0);
    });
  });

  it('keeps the drawn colours in the clip, as close as when ffmpeg converted the RGBA', async () => {
    const fromYuv = await encodeAndDecode(pooled, 'yuv420p', path.join(temp.dir, 'yuv.mp4'));
    const fromRgba = await encodeAndDecode(drawn, 'rgba', path.join(temp.dir, 'rgba.mp4'));
    expect(fromYuv.length).toBe(drawn.length);
    for (const i of [0, 6, fromYuv.length - 1]) {
      const ours = meanDiff(fromYuv[i]!, drawn[i]!, 4);
      const theirs = meanDiff(fromRgba[i]!, drawn[i]!, 4);
      // Lossy either way (CRF 20, 4:2:0, grain at 128x72): ours no further from the drawn frame than
      // ffmpeg's conversion, and no channel shifted against it (a wrong matrix or range would be).
      expect(ours, `frame ${i} against the drawn RGB`).toBeLessThan(4);
      expect(ours, `frame ${i}: no worse than ffmpeg's own conversion`).toBeLessThan(theirs + 0.3);
      expect(meanDiff(fromYuv[i]!, fromRgba[i]!, 3), `frame ${i} against ffmpeg's conversion`).toBeLessThan(2);
      const shift = channelBias(fromYuv[i]!, drawn[i]!).map((b, c) => Math.abs(b - channelBias(fromRgba[i]!, drawn[i]!)[c]!));
      expect(Math.max(...shift), `frame ${i}: channel shift against ffmpeg's conversion`).toBeLessThan(0.5);
    }
    const tags = execFileSync(ffprobePath, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=pix_fmt,color_space,color_range', '-of', 'csv=p=0', path.join(temp.dir, 'yuv.mp4')], { encoding: 'utf8' });
    expect(tags.trim()).toBe('yuv420p,tv,smpte170m');
  });
});

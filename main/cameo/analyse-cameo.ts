// A cameo's analysis: frames decoded at CAMEO_FPS, a person matte for each (the network on key
// frames, propagation between them, a temporal median against flicker), written as an alpha video
// with the original's sound, a poster image and per-frame person boxes (frames.json), and how much
// of the person the footage shows (head to feet, or cut off at the bottom).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../contract/errors';
import { throwIfAborted } from '../contract/abort';
import { createAlphaVideoWriter, writeRgbaPng, type AlphaVideoWriter } from '../media/alpha-video';
import { readRgbFrames } from '../media/read-frames';
import type { RgbFrame } from '../models/worker-protocol';
import { CAMEO_FPS, KEY_FRAME_EVERY, MIN_PERSON_COVERAGE, storedSize } from './analysis-settings';
import { CAMEO_FILES, type CameoFramesFile } from './cameo-files';
import { lumaOf, propagateMatte, type KeyFrame, type Luma } from './matte-propagation';
import { bodyShown } from '../engine/cameo/body-shown';
import { frameStats, toRgba, type FrameStats } from './person-stats';
import { TemporalMedian } from './temporal-filter';
import type { ValidatedSource } from './validate-cameo';

export interface AnalyseInput {
  ffmpegPath: string;
  sourceFile: string;
  source: ValidatedSource;
  outDir: string;
  matte(frame: RgbFrame, signal?: AbortSignal): Promise<Uint8Array>;
  signal?: AbortSignal;
  onProgress?(stage: string, fraction: number): void;
}

export interface AnalyseResult {
  fps: number;
  frameCount: number;
  width: number;
  height: number;
  // The share of the standing body the footage shows from the crown down (1: head to feet).
  shownShare: number;
}

interface Pending {
  rgb: Uint8Array;
  luma: Luma;
}

export async function analyseCameo(input: AnalyseInput): Promise<AnalyseResult> {
  const { source, signal } = input;
  const { width, height } = storedSize(source.width, source.height);
  const fps = source.kind === 'photo' ? 1 : CAMEO_FPS;
  const expected = source.kind === 'photo' ? 1 : Math.max(1, Math.ceil(source.durationSec * CAMEO_FPS));
  const writer = createAlphaVideoWriter({
    ffmpegPath: input.ffmpegPath,
    width,
    height,
    fps,
    outPath: path.join(input.outDir, CAMEO_FILES.matte),
    audioFrom: source.hasAudio ? input.sourceFile : null,
    ...(signal ? { signal } : {}),
  });
  const sink = new MatteSink(writer, width, height, Math.floor(expected / 2));
  const matteKey = async (frame: Pending): Promise<KeyFrame> => ({ luma: frame.luma, alpha: await input.matte({ width, height, rgb: frame.rgb }, signal) });
  let done = 0;
  const report = (): void => input.onProgress?.('Cutting out the person', Math.min(0.98, done / expected));
  let lastKey: KeyFrame | null = null;
  let between: Pending[] = [];
  try {
    report();
    const frames = readRgbFrames({ ffmpegPath: input.ffmpegPath, file: input.sourceFile, width, height, fps: source.kind === 'photo' ? null : CAMEO_FPS, ...(signal ? { signal } : {}) });
    let index = 0;
    for await (const rgb of frames) {
      const frame = { rgb, luma: lumaOf(rgb, width, height) };
      if (index++ % KEY_FRAME_EVERY !== 0) {
        between.push(frame);
        continue;
      }
      const key = await matteKey(frame);
      done += await sink.fill(lastKey, between, key);
      await sink.push(frame.rgb, key.alpha);
      done++;
      lastKey = key;
      between = [];
      report();
    }
    // Frames after the last key: the final one becomes a key so they have a neighbour on each side.
    const tail = between.pop();
    if (tail) {
      const key = await matteKey(tail);
      await sink.fill(lastKey, between, key);
      await sink.push(tail.rgb, key.alpha);
    }
    throwIfAborted(signal);
    const stats = await sink.finish();
    if (stats.length === 0) throw new ApiError('invalid_input', 'No picture could be read from this footage. Export it again and retry.');
    if (Math.max(...stats.map((s) => s.coverage)) < MIN_PERSON_COVERAGE) {
      throw new ApiError('invalid_input', 'No person was found in this footage. Use a clip or photo where you are clearly visible, head to feet if you can, against a plain background.');
    }
    input.onProgress?.('Saving', 0.99);
    await writeRgbaPng(input.ffmpegPath, sink.poster(), width, height, path.join(input.outDir, CAMEO_FILES.poster));
    const framesFile: CameoFramesFile = { version: 1, fps, width, height, frames: stats };
    await writeFile(path.join(input.outDir, CAMEO_FILES.frames), JSON.stringify(framesFile));
    return { fps, frameCount: stats.length, width, height, shownShare: bodyShown(stats, width).share };
  } catch (error) {
    await writer.finish().catch(() => undefined);
    throw error;
  }
}

// Receives mattes in frame order: steadies them over time, writes RGBA frames, keeps the stats and
// the poster frame.
class MatteSink {
  private readonly median = new TemporalMedian();
  private readonly rgbQueue: Uint8Array[] = [];
  private readonly stats: FrameStats[] = [];
  private posterRgba: Uint8Array | null = null;

  constructor(
    private readonly writer: AlphaVideoWriter,
    private readonly width: number,
    private readonly height: number,
    private readonly posterIndex: number,
  ) {}

  // Propagates and pushes the frames between two keys; returns how many it pushed.
  async fill(before: KeyFrame | null, frames: Pending[], after: KeyFrame): Promise<number> {
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]!;
      const t = (i + 1) / (frames.length + 1);
      await this.push(frame.rgb, propagateMatte(frame.luma, before ?? after, after, before ? t : 1));
    }
    return frames.length;
  }

  async push(rgb: Uint8Array, alpha: Uint8Array): Promise<void> {
    this.rgbQueue.push(rgb);
    const steady = this.median.push(alpha);
    if (steady) await this.write(steady);
  }

  async finish(): Promise<FrameStats[]> {
    const last = this.median.flush();
    if (last) await this.write(last);
    await this.writer.finish();
    return this.stats;
  }

  poster(): Uint8Array {
    if (!this.posterRgba) throw new Error('No frame was written.');
    return this.posterRgba;
  }

  private async write(alpha: Uint8Array): Promise<void> {
    const rgb = this.rgbQueue.shift();
    if (!rgb) return;
    const rgba = toRgba(rgb, alpha);
    if (this.stats.length <= this.posterIndex) this.posterRgba = rgba;
    this.stats.push(frameStats(alpha, this.width, this.height));
    await this.writer.write(rgba);
  }
}

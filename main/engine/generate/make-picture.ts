// A take's picture: every frame rendered and encoded, or, for a take that continues another (a range,
// an extension), the parent's clip copied up to the last whole second before the join and the rest
// rendered and encoded from there (media/splice-clip.ts). The frames between that second and the
// join are drawn from the same trace rows with the parent's camera, so they are the parent's frames.
import path from 'node:path';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { encodeClip, type FramePixelFormat, type FrameSource } from '../../media/encode-clip';
import { keyframeAtOrBefore, replaceSound, spliceClip } from '../../media/splice-clip';
import type { ViewPins } from '../audio/spatial';
import type { CameoFootage } from '../cameo/footage';
import { openFramePool } from './frame-pool';
import type { ReadyWorkers } from './frame-workers';

export interface PictureInput {
  ffmpegPath: string;
  plan: ScenePlan;
  trace: WorldTrace;
  pins: ViewPins;
  // The footage of the cameos the plan records, drawn on their cards in every frame rendered.
  cameos: ReadonlyMap<string, CameoFootage>;
  // A continued take: the parent's clip (absolute path) and the frame the new part starts at.
  continues: { parentVideo: string; joinFrame: number } | null;
  // A take whose every frame is this clip's (a remix of the sound alone): its picture is reused.
  samePictureAs: string | null;
  wavPath: string;
  // Settles once wavPath is written: the frame workers start drawing before it (the sound is made on
  // this thread meanwhile); the encoder, which reads it, waits for it.
  soundReady: Promise<unknown>;
  outPath: string;
  // Threads drawing frames (default: one per core).
  renderThreads?: number;
  // Frame workers started ahead of time (the caller closes what is left of them).
  readyWorkers?: ReadyWorkers;
  // Trace frames to keep a copy of as they are encoded (the filmstrip's), where this take draws them.
  keep?: readonly number[];
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

// Copies of the frames asked to be kept (those this take drew), in the encoder's format.
export interface KeptFrames {
  width: number;
  height: number;
  pixelFormat: FramePixelFormat;
  frames: ReadonlyMap<number, Uint8Array>;
}

export async function makePicture(input: PictureInput): Promise<KeptFrames | null> {
  if (input.samePictureAs) {
    await input.soundReady;
    await replaceSound({ ffmpegPath: input.ffmpegPath, sourceVideo: input.samePictureAs, wavPath: input.wavPath, outPath: input.outPath, ...(input.signal ? { signal: input.signal } : {}) });
    input.onProgress?.(1);
    return null;
  }
  const fps = input.plan.format.fps;
  const first = input.continues ? keyframeAtOrBefore(input.continues.joinFrame, fps) : 0;
  const pool = openFramePool(input.plan, input.trace, {
    cameos: input.cameos,
    firstFrame: first,
    ...(input.pins.cameraAnchor ? { cameraAnchor: input.pins.cameraAnchor } : {}),
    ...(input.pins.footprint ? { footprint: input.pins.footprint } : {}),
    // Converted to the encoder's yuv420p where each frame is drawn (ffmpeg then converts nothing).
    pixelFormat: 'yuv420p',
    ...(input.renderThreads ? { size: input.renderThreads } : {}),
    ...(input.readyWorkers ? { ready: input.readyWorkers } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  });
  const wanted = new Set(input.keep ?? []);
  const kept = new Map<number, Uint8Array>();
  const frames: FrameSource = {
    width: pool.width,
    height: pool.height,
    fps,
    pixelFormat: pool.pixelFormat,
    frameCount: input.trace.frameCount - first,
    renderFrame: async (index) => {
      const pixels = await pool.renderFrame(first + index);
      if (wanted.has(first + index)) kept.set(first + index, pixels.slice());
      return pixels;
    },
    // Once ffmpeg has a frame, its buffer takes a later frame (the pool's ring, frame-ring.ts).
    release: (index) => pool.release(first + index),
  };
  input.onProgress?.(0);
  try {
    await input.soundReady;
    await encodeFrames(input, frames, first);
    return { width: pool.width, height: pool.height, pixelFormat: pool.pixelFormat, frames: kept };
  } finally {
    await pool.close();
  }
}

// The frames encoded into the take's clip: all of them, or spliced after the parent's first `first`.
async function encodeFrames(input: PictureInput, frames: FrameSource, first: number): Promise<void> {
  const common = { ffmpegPath: input.ffmpegPath, frames, wavPath: input.wavPath, outPath: input.outPath, ...(input.signal ? { signal: input.signal } : {}), ...(input.onProgress ? { onProgress: input.onProgress } : {}) };
  if (!input.continues || first === 0) {
    await encodeClip(common);
    return;
  }
  await spliceClip({ ...common, sourceVideo: input.continues.parentVideo, keepFrames: first, workDir: path.join(path.dirname(input.outPath), 'splice') });
}

// Whether two plans of the same trace draw the same frames: they differ at most in their words and
// their sound.
export function samePicture(a: ScenePlan, b: ScenePlan): boolean {
  const picture = ({ prompt: _p, understanding: _u, sound: _s, ...rest }: ScenePlan): string => JSON.stringify(rest);
  return picture(a) === picture(b);
}

// The whole pipeline for one take: ScenePlan -> WorldTrace -> frames + audio -> MP4,
// filmstrip and waveform peaks. Plain async code with explicit inputs; it runs inside a worker thread
// so the app's main thread never blocks on it.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace';
import { encodeClip } from '../../media/encode-clip';
import { makeFilmstrip } from '../../media/filmstrip';
import { computePeaks } from '../../media/waveform-peaks';
import { writeWav } from '../../media/wav-file';
import { throwIfAborted } from '../../contract/abort';
import { synthesizeAudio, toPcm16 } from '../audio/synthesize';
import { simulate } from '../simulate/simulate';
import { openFramePool } from './frame-pool';

export const FILMSTRIP_FRAMES = 10;
const FILMSTRIP_HEIGHT = 72;

export interface GenerationInput {
  // The plan the studio parsed (once, on the main thread, to fail fast); the worker never re-parses.
  plan: ScenePlan;
  seed: number;
  // Absolute folder of the project, and the folder (relative to it) this take's files go in.
  projectDir: string;
  takeDir: string;
  ffmpegPath: string;
  // Threads drawing frames (default: one per core).
  renderThreads?: number;
}

export interface GenerationResult {
  plan: ScenePlan;
  trace: WorldTrace;
  videoPath: string;
  filmstripPath: string;
  filmstripFrames: number;
  peaksPath: string;
}

export type ProgressListener = (stage: string, fraction: number) => void;

// Share of the progress bar each stage owns, so the bar moves evenly.
const STAGES = {
  plan: [0, 0.02],
  simulate: [0.02, 0.12],
  audio: [0.12, 0.16],
  render: [0.16, 0.92],
  filmstrip: [0.92, 0.97],
  peaks: [0.97, 1],
} as const;

export async function runGeneration(
  input: GenerationInput,
  options: { signal?: AbortSignal; onProgress?: ProgressListener } = {},
): Promise<GenerationResult> {
  const { signal } = options;
  const report = (stage: keyof typeof STAGES, label: string, fraction: number): void => {
    const [from, to] = STAGES[stage];
    options.onProgress?.(label, from + (to - from) * Math.min(1, Math.max(0, fraction)));
  };
  const absolute = (relative: string): string => path.join(input.projectDir, relative);
  const files = {
    video: path.join(input.takeDir, 'clip.mp4'),
    filmstrip: path.join(input.takeDir, 'filmstrip.jpg'),
    peaks: path.join(input.takeDir, 'peaks.json'),
    wav: path.join(input.takeDir, 'audio.wav'),
  };

  const { plan } = input;
  report('plan', 'Preparing the take', 0);
  await mkdir(absolute(input.takeDir), { recursive: true });
  try {
    report('simulate', 'Simulating physics', 0);
    const trace = await simulate(plan, input.seed, {
      ...(signal ? { signal } : {}),
      onProgress: (f) => report('simulate', 'Simulating physics', f),
    });

    report('audio', 'Synthesizing sound', 0);
    const audio = synthesizeAudio(plan, trace);
    await writeWav(absolute(files.wav), toPcm16(audio.samples), audio.sampleRate, audio.channels);
    throwIfAborted(signal);

    const pool = openFramePool(plan, trace, { ...(signal ? { signal } : {}), ...(input.renderThreads ? { size: input.renderThreads } : {}) });
    try {
      await encodeClip({
        ffmpegPath: input.ffmpegPath,
        frames: { width: pool.width, height: pool.height, fps: plan.format.fps, frameCount: pool.frameCount, renderFrame: pool.renderFrame },
        wavPath: absolute(files.wav),
        outPath: absolute(files.video),
        ...(signal ? { signal } : {}),
        onProgress: (f) => report('render', 'Rendering and encoding frames', f),
      });
    } finally {
      await pool.close();
    }

    report('filmstrip', 'Making thumbnails', 0);
    await makeFilmstrip({
      ffmpegPath: input.ffmpegPath,
      videoPath: absolute(files.video),
      outPath: absolute(files.filmstrip),
      durationSec: plan.format.durationSec,
      frames: FILMSTRIP_FRAMES,
      thumbHeight: FILMSTRIP_HEIGHT,
    });
    throwIfAborted(signal);

    report('peaks', 'Drawing the waveform', 0);
    await writeFile(absolute(files.peaks), JSON.stringify(computePeaks(audio.samples, audio.sampleRate, audio.channels)));
    await rm(absolute(files.wav), { force: true });
    report('peaks', 'Done', 1);
    return { plan, trace, videoPath: files.video, filmstripPath: files.filmstrip, filmstripFrames: FILMSTRIP_FRAMES, peaksPath: files.peaks };
  } catch (error) {
    // A failed or cancelled take leaves no half-written files behind.
    await rm(absolute(input.takeDir), { recursive: true, force: true });
    throw error;
  }
}

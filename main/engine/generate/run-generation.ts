// The whole pipeline for one take: ScenePlan (+ its lines spoken) -> WorldTrace -> frames + audio ->
// MP4, filmstrip and waveform peaks, plus what a later take needs to continue this one (its physics
// states, its camera path, its lossless sound master). A take can also be made from another
// (derivation.ts): the same motion with a new look, a range simulated again, or the clip run on past
// its end; the cameos its plan records are drawn and heard in every one. Plain async code with
// explicit inputs; it runs inside a worker thread so the app's main thread never blocks on it.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace';
import { filmstripFrameIndex, makeFilmstrip, makeFilmstripFromFrames } from '../../media/filmstrip';
import { computePeaks } from '../../media/waveform-peaks';
import { throwIfAborted } from '../../contract/abort';
import type { ViewPins } from '../audio/spatial';
import type { CameoSource } from '../cameo/footage';
import { loadCameoFootages } from '../cameo/load-footages';
import { speakLines } from '../speech/speak-lines';
import type { Derivation } from './derivation';
import { loadParent, type LoadedParent } from './load-parent';
import { timingFor } from '../simulate/schedule';
import { poolWorkerCount } from './frame-pool';
import { startFrameWorkers, type ReadyWorkers } from './frame-workers';
import { makePicture, samePicture, type KeptFrames } from './make-picture';
import { makeSound, type SoundMaster } from './make-sound';
import { joinFrameOf, makeTrace } from './make-trace';
import { writeStates } from './state-file';
import { takeFile } from './take-files';
import { computeView, pinsFrom, writeView } from './take-view';

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
  // Where the footage of each cameo the plan uses is (the studio checked they may be used).
  cameos?: CameoSource[];
  // Threads drawing frames (default: one per core).
  renderThreads?: number;
  // Made from another take of the project instead of from nothing.
  from?: Derivation;
}

export interface GenerationResult {
  plan: ScenePlan;
  trace: WorldTrace;
  videoPath: string;
  filmstripPath: string;
  filmstripFrames: number;
  peaksPath: string;
  // The dialogue stem and its waveform (relative paths), or null when the take's sound holds no lines
  // apart from the world's (make-sound.ts).
  speech: { path: string; peaksPath: string } | null;
}

export type ProgressListener = (stage: string, fraction: number) => void;

// Share of the progress bar each stage owns, so the bar moves evenly.
const STAGES = {
  plan: [0, 0.02],
  speech: [0.02, 0.04],
  simulate: [0.04, 0.12],
  audio: [0.12, 0.16],
  render: [0.16, 0.92],
  filmstrip: [0.92, 0.97],
  peaks: [0.97, 1],
} as const;

export async function runGeneration(
  input: GenerationInput,
  // readyWorkers: frame workers started before the take (generation-worker.ts), used instead of
  // starting them now; closed, like those started here, when the take ends.
  options: { signal?: AbortSignal; onProgress?: ProgressListener; readyWorkers?: ReadyWorkers } = {},
): Promise<GenerationResult> {
  const { signal } = options;
  const report = (stage: keyof typeof STAGES, label: string, fraction: number): void => {
    const [from, to] = STAGES[stage];
    options.onProgress?.(label, from + (to - from) * Math.min(1, Math.max(0, fraction)));
  };
  const absolute = (file: Parameters<typeof takeFile>[1]): string => path.join(input.projectDir, takeFile(input.takeDir, file));

  const { plan, from } = input;
  report('plan', 'Preparing the take', 0);
  await mkdir(path.join(input.projectDir, input.takeDir), { recursive: true });
  // The frame workers start now (each loads the engine, about half a second of CPU) on the other
  // cores, while this thread still loads cameos, speaks lines and simulates on one; the pool gives
  // them their take when it opens. Those it does not need are stopped.
  // A look remix usually copies its parent's picture and draws nothing, so it starts none.
  const readyWorkers = options.readyWorkers ?? startFrameWorkers(from?.kind === 'look' ? 0 : poolWorkerCount(plan, timingFor(plan.format).frameCount, input.renderThreads));
  try {
    if (plan.cameos?.length) report('plan', 'Loading the cameo footage', 0.5);
    const cameos = await loadCameoFootages(plan, input.cameos ?? [], { ffmpegPath: input.ffmpegPath, ...(signal ? { signal } : {}) });
    // Lines are spoken first: their real lengths place them in turn, and their loudness moves the
    // speakers' jaws in the simulation (a continued take keeps the timings its parent ran with).
    const speech = plan.dialogue.length > 0 ? await speakLines(plan, { ...(signal ? { signal } : {}), onProgress: (f) => report('speech', 'Speaking the lines', f) }) : [];
    const parent: LoadedParent | null = from ? await loadParent(input.projectDir, from.parent) : null;
    report('simulate', from?.kind === 'look' ? 'Reusing the motion' : 'Simulating physics', 0);
    const { trace, states } = await makeTrace(plan, input.seed, from, parent, {
      speech,
      ...(signal ? { signal } : {}),
      onProgress: (f) => report('simulate', 'Simulating physics', f),
    });
    const joinFrame = joinFrameOf(from);
    const pins: ViewPins = parent && joinFrame > 0 ? pinsFrom(parent.view, joinFrame, plan.format.fps) : {};
    await Promise.all([writeStates(absolute('states'), states), writeView(absolute('view'), computeView(plan, trace, pins))]);

    // The sound is made on this thread while the picture's frame workers already draw (both need
    // only the trace); the encoder waits for it. It starts a step later, once makePicture has opened
    // its pool.
    report('audio', 'Starting the frames, synthesizing sound', 0);
    const keep = parent && from?.kind === 'range' ? { parent, joinFrame } : null;
    const soundMade = Promise.resolve().then(() => makeSound({ plan, trace, pins, keep, cameos, speech, wavPath: absolute('sound'), speechPath: absolute('speech') }));
    const picture = makePicture({
      ffmpegPath: input.ffmpegPath, plan, trace, pins, cameos,
      continues: parent && joinFrame > 0 ? { parentVideo: parent.videoPath, joinFrame } : null,
      samePictureAs: parent && from?.kind === 'look' && samePicture(parent.plan, plan) ? parent.videoPath : null,
      wavPath: absolute('sound'), soundReady: soundMade, outPath: absolute('video'), keep: filmstripFrames(trace.frameCount),
      ...(input.renderThreads ? { renderThreads: input.renderThreads } : {}),
      readyWorkers,
      ...(signal ? { signal } : {}),
      onProgress: (f) => report('render', 'Rendering and encoding frames', f),
    });
    // Both awaited (neither left to reject unheard); a failed sound fails the picture too.
    const [made, drawn] = await Promise.allSettled([soundMade, picture]);
    if (made.status === 'rejected') throw made.reason;
    if (drawn.status === 'rejected') throw drawn.reason;
    const sound = made.value;

    report('filmstrip', 'Making thumbnails', 0);
    await writeFilmstrip(input.ffmpegPath, drawn.value, trace.frameCount, absolute('video'), absolute('filmstrip'), plan.format.durationSec);
    throwIfAborted(signal);

    report('peaks', 'Drawing the waveform', 0);
    const peaksOf = (master: SoundMaster): string => JSON.stringify(computePeaks(master.samples, master.sampleRate, master.channels));
    await writeFile(absolute('peaks'), peaksOf(sound.world));
    if (sound.speech) await writeFile(absolute('speechPeaks'), peaksOf(sound.speech));
    report('peaks', 'Done', 1);
    const relative = (file: Parameters<typeof takeFile>[1]): string => takeFile(input.takeDir, file);
    return {
      plan, trace, videoPath: relative('video'), filmstripPath: relative('filmstrip'), filmstripFrames: FILMSTRIP_FRAMES, peaksPath: relative('peaks'),
      speech: sound.speech ? { path: relative('speech'), peaksPath: relative('speechPeaks') } : null,
    };
  } catch (error) {
    // A failed or cancelled take leaves no half-written files behind.
    await rm(path.join(input.projectDir, input.takeDir), { recursive: true, force: true });
    throw error;
  } finally {
    await readyWorkers.close();
  }
}

// The trace frames the filmstrip shows.
function filmstripFrames(frameCount: number): number[] {
  return Array.from({ length: FILMSTRIP_FRAMES }, (_, n) => filmstripFrameIndex(n, FILMSTRIP_FRAMES, frameCount));
}

// From the frames the picture kept when it drew them all, else from the clip (decoded again).
async function writeFilmstrip(ffmpegPath: string, kept: KeptFrames | null, frameCount: number, videoPath: string, outPath: string, durationSec: number): Promise<void> {
  const frames = filmstripFrames(frameCount).map((index) => kept?.frames.get(index));
  if (kept && frames.every((frame) => frame !== undefined)) {
    await makeFilmstripFromFrames({ ffmpegPath, frames, width: kept.width, height: kept.height, pixelFormat: kept.pixelFormat, outPath, thumbHeight: FILMSTRIP_HEIGHT });
    return;
  }
  await makeFilmstrip({ ffmpegPath, videoPath, outPath, durationSec, frames: FILMSTRIP_FRAMES, thumbHeight: FILMSTRIP_HEIGHT });
}

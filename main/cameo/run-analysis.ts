// One cameo's analysis as a queued job: runs analyseCameo on the stored footage in a worker thread, records progress
// (throttled), and ends in exactly one state: ready, cancelled or failed with a message. Outputs of a
// run that did not finish are removed, so a cameo is never half-listed.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Cameo } from '../contract/cameo';
import { isAbortError } from '../contract/abort';
import type { RgbFrame } from '../models/worker-protocol';
import { runAnalysisInWorker } from './run-analysis-worker';
import { CAMEO_FILES } from './cameo-files';
import type { CameoLibrary } from './cameo-library';

const PROGRESS_INTERVAL_MS = 100;

export interface RunAnalysisInput {
  library: CameoLibrary;
  id: string;
  ffmpegPath: string;
  matte(frame: RgbFrame, signal?: AbortSignal): Promise<Uint8Array>;
  signal: AbortSignal;
  publish(cameo: Cameo): void;
}

export async function runAnalysis(input: RunAnalysisInput): Promise<void> {
  const { library, id } = input;
  const { file, validated } = library.source(id);
  const folder = library.folder(id);
  input.publish(library.updateAnalysis(id, { status: 'analysing', stage: 'Starting', progress: 0, error: null }));
  let last = 0;
  try {
    const job = { ffmpegPath: input.ffmpegPath, sourceFile: file, source: validated, outDir: folder };
    const result = await runAnalysisInWorker(job, {
      matte: input.matte,
      signal: input.signal,
      onProgress: (stage, fraction) => {
        const now = Date.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        input.publish(library.updateAnalysis(id, { stage, progress: fraction }));
      },
    });
    input.publish(
      library.updateAnalysis(id, { status: 'ready', stage: 'Ready', progress: 1, fps: result.fps, frame_count: result.frameCount, width: result.width, height: result.height, shown_share: result.shownShare }),
    );
  } catch (error) {
    await removeOutputs(folder);
    if (isAbortError(error)) {
      input.publish(library.updateAnalysis(id, { status: 'cancelled', stage: 'Cancelled', progress: 0 }));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      input.publish(library.updateAnalysis(id, { status: 'failed', stage: 'Failed', error: message }));
    }
  }
}

async function removeOutputs(folder: string): Promise<void> {
  for (const file of [CAMEO_FILES.matte, CAMEO_FILES.poster, CAMEO_FILES.frames]) await rm(path.join(folder, file), { force: true });
}

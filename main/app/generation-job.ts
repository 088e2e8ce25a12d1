// One queued generation run to its end: the worker makes the take, the project records it, and the
// job's row and events say how it went (done, cancelled or failed, with nothing half-written left).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { isAbortError } from '../contract/abort';
import type { ScenePlan } from '../contract/scene-plan';
import type { CameoService } from '../cameo/cameo-service';
import type { CameoSource } from '../engine/cameo/footage';
import type { GenerationInput, GenerationResult, ProgressListener } from '../engine/generate/run-generation';
import { MEDIA_DIR } from '../projects/media-files';
import type { JobRow } from '../projects/job-rows';
import { newId, type ProjectStore } from '../projects/project-store';
import { recheckCameos } from './cameo-casting';
import type { PreparedJob } from './take-variations';

export type GenerateFn = (input: GenerationInput, options: { signal?: AbortSignal; onProgress?: ProgressListener }) => Promise<GenerationResult>;

// Progress events are throttled: a bar repainted ten times a second looks smooth and costs nothing.
const PROGRESS_EVENT_INTERVAL_MS = 100;

export interface JobWork extends Partial<PreparedJob> {
  plan: ScenePlan;
  cameos: CameoSource[];
}

export interface JobServices {
  generate: GenerateFn;
  cameos: CameoService;
  // The job's row changed: tell the UI.
  publishJob(store: ProjectStore, job: JobRow): void;
  // A take landed: the project's state changed.
  projectChanged(store: ProjectStore): void;
  // Something the user must be told about a landing (edit-takes.ts's note).
  notice(store: ProjectStore, message: string): void;
}

export async function runGenerationJob(services: JobServices, store: ProjectStore, job: JobRow, work: JobWork, ffmpegPath: string, signal: AbortSignal): Promise<void> {
  const { from, change } = work;
  const takeId = newId();
  services.publishJob(store, store.updateJob(job.id, { status: 'running', stage: 'Starting', progress: 0 }));
  let lastEvent = 0;
  try {
    recheckCameos(services.cameos, work.plan);
    const input: GenerationInput = { plan: work.plan, seed: job.seed, projectDir: store.dir, takeDir: path.join(MEDIA_DIR, takeId), ffmpegPath, cameos: work.cameos, ...(from ? { from } : {}) };
    const result = await services.generate(input, {
      signal,
      onProgress: (stage, fraction) => {
        const now = Date.now();
        if (now - lastEvent < PROGRESS_EVENT_INTERVAL_MS) return;
        lastEvent = now;
        services.publishJob(store, store.updateJob(job.id, { stage, progress: fraction }));
      },
    });
    const note = store.addTake(
      {
        id: takeId,
        prompt: job.prompt,
        seed: job.seed,
        parentTakeId: job.parent_take_id,
        plan: result.plan,
        trace: result.trace,
        videoPath: result.videoPath,
        filmstripPath: result.filmstripPath,
        filmstripFrames: result.filmstripFrames,
        peaksPath: result.peaksPath,
        speech: result.speech,
        ...(change ? { change } : {}),
      },
      job.clip_id,
      'landing',
    );
    services.publishJob(store, store.updateJob(job.id, { status: 'done', stage: 'Done', progress: 1, takeId }));
    services.projectChanged(store);
    if (note) services.notice(store, note);
  } catch (error) {
    // Whatever the worker managed to write before it stopped (a partial audio.wav or clip.mp4)
    // goes, now that nothing is writing any more.
    await rm(path.join(store.dir, MEDIA_DIR, takeId), { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    if (isAbortError(error)) {
      services.publishJob(store, store.updateJob(job.id, { status: 'cancelled', stage: 'Cancelled' }));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      services.publishJob(store, store.updateJob(job.id, { status: 'failed', stage: 'Failed', error: message }));
    }
  }
}

// The application service behind every API call: open projects, the generation queue, and the
// events the UI listens to. Plain Node with explicit inputs; Electron and the browser host both wrap it.
import { EventEmitter } from 'node:events';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApiError, type ApiEvent } from '../contract/api';
import type { AppInfo, ProjectState } from '../contract/model';
import { isAbortError } from '../engine/abort';
import { JobQueue } from '../engine/jobs/job-queue';
import type { GenerationInput, GenerationResult, ProgressListener } from '../engine/generate/run-generation';
import { parsePrompt } from '../engine/prompt/parse-prompt';
import { CameoService } from '../cameo/cameo-service';
import { checkFfmpeg, requireFfmpeg } from '../media/ffmpeg-path';
import { ModelService } from '../models/model-service';
import { MEDIA_DIR, ProjectStore, newId, toJob, type JobRow } from '../projects/project-store';
import { RecentProjects } from '../projects/recent-projects';
import { uniqueProjectDir } from '../projects/project-folder';

export type GenerateFn = (input: GenerationInput, options: { signal?: AbortSignal; onProgress?: ProgressListener }) => Promise<GenerationResult>;

export interface StudioOptions {
  version: string;
  // Where the app keeps its own small database (recent projects).
  homeDir: string;
  // Where new projects are created.
  projectsDir: string;
  generate: GenerateFn;
  env?: NodeJS.ProcessEnv;
}

// Progress events are throttled: a bar repainted ten times a second looks smooth and costs nothing.
const PROGRESS_EVENT_INTERVAL_MS = 100;

export class Studio {
  private readonly projects = new Map<string, ProjectStore>();
  private readonly recent: RecentProjects;
  private readonly queue = new JobQueue();
  private readonly events = new EventEmitter();
  private readonly env: NodeJS.ProcessEnv;
  // The app-wide services beside the projects: neural inference and the cameo library (in homeDir).
  readonly models: ModelService;
  readonly cameos: CameoService;

  constructor(private readonly options: StudioOptions) {
    this.recent = new RecentProjects(options.homeDir);
    this.env = options.env ?? process.env;
    this.models = new ModelService({ homeDir: options.homeDir });
    this.cameos = new CameoService({ homeDir: options.homeDir, models: this.models, env: this.env });
    this.cameos.onChange((change) =>
      this.emit(change.kind === 'updated' ? { event: 'cameo.updated', payload: { cameo: change.cameo } } : { event: 'cameo.removed', payload: { cameoId: change.cameoId } }),
    );
    this.cameos.recover().catch((error: unknown) => console.error('Kinora could not tidy the cameo library:', error));
  }

  onEvent(listener: (event: ApiEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  info(): AppInfo {
    return {
      version: this.options.version,
      projectsDir: this.options.projectsDir,
      ffmpeg: checkFfmpeg(this.env),
      recentProjects: this.recent.list().filter((p) => existsSync(p.path)),
    };
  }

  createProject(name: string): ProjectState {
    const dir = uniqueProjectDir(this.options.projectsDir, name);
    return this.register(ProjectStore.create(dir, name));
  }

  openProject(dir: string): ProjectState {
    const resolved = path.resolve(dir);
    const already = [...this.projects.values()].find((p) => p.dir === resolved);
    if (already) {
      this.recent.remember(already.summary());
      return already.state();
    }
    return this.register(ProjectStore.open(resolved));
  }

  state(projectId: string): ProjectState {
    return this.project(projectId).state();
  }

  startGeneration(projectId: string, request: { prompt: string; seed?: number; durationSec?: number }): string {
    return this.enqueue(projectId, {
      prompt: request.prompt,
      seed: request.seed ?? randomInt(0, 2 ** 31 - 1),
      clipId: null,
      parentTakeId: null,
      durationSec: request.durationSec ?? null,
    });
  }

  regenerate(projectId: string, request: { clipId: string; prompt?: string; seed?: number }): string {
    const store = this.project(projectId);
    const clip = store.clip(request.clipId);
    const { take, plan } = store.takeRecord(clip.takeId);
    let seed = request.seed ?? randomInt(0, 2 ** 31 - 1);
    // "Regenerate" means a different take: never hand back the seed we already have.
    if (request.seed === undefined && seed === take.seed) seed = (seed + 1) % (2 ** 31 - 1);
    // Same prompt: keep the take's length (it may have come from the duration field). Edited prompt:
    // let the new words decide ("... 8 seconds"), as they would for a fresh generation.
    const edited = request.prompt !== undefined && request.prompt !== take.prompt;
    return this.enqueue(projectId, {
      prompt: request.prompt ?? take.prompt,
      seed,
      clipId: clip.id,
      parentTakeId: take.id,
      durationSec: edited ? null : plan.format.durationSec,
    });
  }

  cancelJob(projectId: string, jobId: string): void {
    const store = this.project(projectId);
    const job = store.job(jobId);
    if (job.status !== 'queued' && job.status !== 'running') return;
    if (this.queue.cancel(jobId) === 'dropped' || !this.queue.has(jobId)) {
      this.publishJob(store, store.updateJob(jobId, { status: 'cancelled', stage: 'Cancelled' }));
    }
    // A running job reports 'cancelled' itself once its worker has stopped and cleaned up.
  }

  edit(projectId: string, apply: (store: ProjectStore) => void): ProjectState {
    const store = this.project(projectId);
    apply(store);
    const state = store.state();
    this.emit({ event: 'project.changed', payload: { projectId, state } });
    return state;
  }

  // The file a media URL points at, refusing anything outside the project's folder.
  mediaFile(projectId: string, relativePath: string): string {
    const store = this.project(projectId);
    const file = path.resolve(store.dir, relativePath);
    if (!file.startsWith(path.resolve(store.dir) + path.sep)) throw new ApiError('not_found', 'No such media file.');
    return file;
  }

  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  async close(): Promise<void> {
    this.queue.cancelAll();
    await this.queue.whenIdle();
    for (const store of this.projects.values()) store.close();
    this.projects.clear();
    this.recent.close();
    await this.cameos.close();
    await this.models.close();
  }

  private register(store: ProjectStore): ProjectState {
    // A copied project folder carries its original's id; open beside it, the copy becomes a project
    // of its own so the two never share media URLs or jobs.
    if (this.projects.has(store.id)) store.assignNewId();
    this.projects.set(store.id, store);
    this.recent.remember(store.summary());
    return store.state();
  }

  private project(projectId: string): ProjectStore {
    const store = this.projects.get(projectId);
    if (!store) throw new ApiError('not_found', 'That project is not open. Open it again from the start screen.');
    return store;
  }

  private enqueue(projectId: string, request: Parameters<ProjectStore['insertJob']>[0]): string {
    const store = this.project(projectId);
    // Fail fast on prompts the engine cannot depict, before anything is queued.
    parsePrompt(request.prompt, request.durationSec === null ? {} : { durationSec: request.durationSec });
    const ffmpegPath = requireFfmpeg(this.env);
    const job = store.insertJob(request);
    this.publishJob(store, job);
    this.queue.enqueue(job.id, (signal) => this.runJob(store, job, ffmpegPath, signal));
    return job.id;
  }

  private async runJob(store: ProjectStore, job: JobRow, ffmpegPath: string, signal: AbortSignal): Promise<void> {
    const takeId = newId();
    this.publishJob(store, store.updateJob(job.id, { status: 'running', stage: 'Starting', progress: 0 }));
    let lastEvent = 0;
    try {
      const result = await this.options.generate(
        {
          prompt: job.prompt,
          seed: job.seed,
          durationSec: job.duration_sec,
          projectDir: store.dir,
          takeDir: path.join(MEDIA_DIR, takeId),
          ffmpegPath,
        },
        {
          signal,
          onProgress: (stage, fraction) => {
            const now = Date.now();
            if (now - lastEvent < PROGRESS_EVENT_INTERVAL_MS) return;
            lastEvent = now;
            this.publishJob(store, store.updateJob(job.id, { stage, progress: fraction }));
          },
        },
      );
      store.addTake(
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
        },
        job.clip_id,
      );
      this.publishJob(store, store.updateJob(job.id, { status: 'done', stage: 'Done', progress: 1, takeId }));
      this.emit({ event: 'project.changed', payload: { projectId: store.id, state: store.state() } });
    } catch (error) {
      if (isAbortError(error)) {
        this.publishJob(store, store.updateJob(job.id, { status: 'cancelled', stage: 'Cancelled' }));
      } else {
        const message = error instanceof Error ? error.message : String(error);
        this.publishJob(store, store.updateJob(job.id, { status: 'failed', stage: 'Failed', error: message }));
      }
    }
  }

  private publishJob(store: ProjectStore, job: JobRow): void {
    this.emit({ event: 'job.updated', payload: { projectId: store.id, job: toJob(job) } });
  }

  private emit(event: ApiEvent): void {
    this.events.emit('event', event);
  }
}

// The application service behind every API call: open projects, the generation queue, and the
// events the UI listens to. Plain Node with explicit inputs; Electron and the browser host both wrap it.
import { access, mkdir, realpath } from 'node:fs/promises';
import { ApiError, type ApiEvent } from '../contract/api';
import type { ExportVerification } from '../contract/api/export';
import { DEFAULT_RESOLUTION, RESOLUTIONS, type ResolutionId } from '../contract/format';
import type { AppInfo, ProjectState } from '../contract/model';
import type { ScenePlan } from '../contract/scene-plan';
import type { PromptReading } from '../contract/understanding';
import { JobQueue } from '../engine/jobs/job-queue';
import { parsePromptWithCameos, readPrompt } from '../engine/prompt/parse-prompt';
import { methodOverride, type LiquidMethod } from '../engine/liquids/method';
import type { CameoSource } from '../engine/cameo/footage';
import { cameoLookup, cameoSources, castCameos, checkReading } from './cameo-casting';
import { CameoService } from '../cameo/cameo-service';
import { missingFfmpegError } from '../media/ffmpeg-path';
import { ModelService } from '../models/model-service';
import { resolveMediaFile } from '../projects/media-files';
import { toJob, type JobRow } from '../projects/job-rows';
import { ProjectStore } from '../projects/project-store';
import { RecentProjects } from '../projects/recent-projects';
import { uniqueProjectDir } from '../projects/project-folder';
import { OpenProjects, locateProject } from './open-projects';
import { createExportEngine, type ExportTimelineFn } from './export-engine';
import { ExportService, type ExportRequest } from './export-service';
import { verifyExport } from './export-verify';
import { importMedia, uploadTarget } from './media-import';
import type { PreparedJob } from './take-variations';
import { freshTake, regenerateTake, type WordsRequest } from './take-requests';
import { FfmpegCheck } from './ffmpeg-check';
import { runGenerationJob, type GenerateFn, type JobServices } from './generation-job';

export type { GenerateFn };

export interface StudioOptions {
  version: string;
  // Where the app keeps its own small database (recent projects).
  homeDir: string;
  // Where new projects are created.
  projectsDir: string;
  generate: GenerateFn;
  // The MP4 encoder (main/media/export/); tests may pass their own.
  exportTimeline?: ExportTimelineFn;
  env?: NodeJS.ProcessEnv;
}

// Generations waiting in the queue at once. One takes 2-20 s and both cores; a user queues a few,
// while a runaway script could queue thousands, each a row and a worker to come. Past this, say so.
export const MAX_WAITING_JOBS = 20;

export class Studio {
  private readonly projects = new OpenProjects();
  private readonly recent: RecentProjects;
  private readonly queue = new JobQueue();
  // A plain set, not an EventEmitter: any number of windows and browser tabs may listen.
  private readonly listeners = new Set<(event: ApiEvent) => void>();
  private readonly env: NodeJS.ProcessEnv;
  private readonly ffmpeg: FfmpegCheck;
  // A developer's KINORA_LIQUID_METHOD picks the liquid's solve here, at the edge (method.ts).
  private readonly liquidMethod: LiquidMethod | undefined;
  // What a queued generation needs of the studio (generation-job.ts).
  private readonly jobServices: JobServices;
  private readonly exports: ExportService;
  // The app-wide services beside the projects: neural inference and the cameo library (in homeDir).
  readonly models: ModelService;
  readonly cameos: CameoService;

  constructor(private readonly options: StudioOptions) {
    this.recent = new RecentProjects(options.homeDir);
    this.env = options.env ?? process.env;
    this.ffmpeg = new FfmpegCheck(this.env);
    this.liquidMethod = methodOverride(this.env);
    this.models = new ModelService({ homeDir: options.homeDir });
    this.cameos = new CameoService({ homeDir: options.homeDir, models: this.models, env: this.env });
    this.jobServices = {
      generate: options.generate,
      cameos: this.cameos,
      publishJob: (store, job) => this.publishJob(store, job),
      projectChanged: (store) => this.emit({ event: 'project.changed', payload: { projectId: store.id, state: store.state() } }),
      notice: (store, message) => this.emit({ event: 'project.notice', payload: { projectId: store.id, message } }),
    };
    this.exports = new ExportService(options.exportTimeline ?? createExportEngine(options.homeDir), options.version, (event) => this.emit(event), () => this.cameos.blocked());
    this.cameos.onChange((change) =>
      this.emit(change.kind === 'updated' ? { event: 'cameo.updated', payload: { cameo: change.cameo } } : { event: 'cameo.removed', payload: { cameoId: change.cameoId } }),
    );
    this.cameos.recover().catch((error: unknown) => console.error('Kinora could not tidy the cameo library:', error));
  }

  onEvent(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async info(): Promise<AppInfo> {
    const recent = this.recent.list();
    const present = await Promise.all(recent.map((p) => access(p.path).then(() => true, () => false)));
    return {
      version: this.options.version,
      projectsDir: this.options.projectsDir,
      ffmpeg: await this.ffmpeg.status(),
      recentProjects: recent.filter((_, i) => present[i]),
    };
  }

  async createProject(name: string): Promise<ProjectState> {
    // Under the projects folder's real path, so the project is recorded by the path it reopens by.
    await mkdir(this.options.projectsDir, { recursive: true });
    const dir = await uniqueProjectDir(await realpath(this.options.projectsDir), name);
    const store = ProjectStore.create(dir, name);
    return this.register(store, await locateProject(dir));
  }

  async openProject(dir: string): Promise<ProjectState> {
    const location = await locateProject(dir);
    const already = this.projects.find(location);
    if (already) {
      this.recent.remember(already.summary());
      return already.state();
    }
    return this.register(await ProjectStore.open(location.realDir), location);
  }

  // What a prompt would make, cheaply (no simulation): for the editor to show as the user types.
  understand(prompt: string, durationSec?: number): Promise<PromptReading> {
    return checkReading(this.cameos, readPrompt(prompt, durationSec === undefined ? {} : { durationSec }, cameoLookup(this.cameos)));
  }

  state(projectId: string): ProjectState {
    return this.project(projectId).state();
  }

  startGeneration(projectId: string, request: Parameters<typeof freshTake>[0]): Promise<string> {
    return this.enqueueWords(projectId, freshTake(request));
  }

  regenerate(projectId: string, request: Parameters<typeof regenerateTake>[1]): Promise<string> {
    return this.enqueueWords(projectId, regenerateTake(this.project(projectId), request));
  }

  // A take made from another (a range, a remix, an extension: see take-variations.ts), queued like
  // any generation.
  async startDerived(projectId: string, prepare: (store: ProjectStore) => PreparedJob | Promise<PreparedJob>): Promise<string> {
    const { request, ...prepared } = await prepare(this.project(projectId));
    return this.enqueue(projectId, request, prepared);
  }

  // New words for a take made from another (a remix), read as a prompt is: "@alex" must pass the
  // cameo gate and plays the person.
  async readWords(prompt: string, format: Partial<ScenePlan['format']>): Promise<ScenePlan> {
    const parsed = parsePromptWithCameos(prompt, format, cameoLookup(this.cameos));
    const plan = this.liquidMethod ? { ...parsed.plan, liquidMethod: this.liquidMethod } : parsed.plan;
    return (await castCameos(this.cameos, plan, parsed.cameos)).plan;
  }

  // Reads something of an open project without changing it.
  read<T>(projectId: string, read: (store: ProjectStore) => T): T {
    return read(this.project(projectId));
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

  // `apply` may return a note the user must be told about the edit (a take switch that left a locked
  // track out of sync): it goes out as 'project.notice' after the new state.
  edit(projectId: string, apply: (store: ProjectStore) => string | null | void): ProjectState {
    const store = this.project(projectId);
    const note = apply(store);
    const state = store.state();
    this.emit({ event: 'project.changed', payload: { projectId, state } });
    if (typeof note === 'string') this.emit({ event: 'project.notice', payload: { projectId, message: note } });
    return state;
  }

  // Where the transport writes an uploaded file before 'media.import' takes it.
  uploadTarget(projectId: string): { uploadId: string; file: string } {
    return uploadTarget(this.project(projectId));
  }

  async importMedia(projectId: string, request: Parameters<typeof importMedia>[1]): Promise<ProjectState> {
    const store = this.project(projectId);
    await importMedia(store, request, this.env);
    return this.edit(projectId, () => undefined);
  }

  startExport(projectId: string, request: ExportRequest): string {
    return this.exports.start(this.project(projectId), request);
  }

  cancelExport(projectId: string, exportId: string): void {
    this.exports.cancel(projectId, exportId);
  }

  exportOtio(projectId: string, outputPath: string, span: 'all' | 'range' = 'all'): Promise<string> {
    return this.exports.writeOtio(this.project(projectId), outputPath, span);
  }

  verifyExport(file: string): Promise<ExportVerification> {
    return verifyExport(file, this.options.homeDir, this.env);
  }

  // The file a media URL points at, or null: only media files inside the project's media folder.
  async mediaFile(projectId: string, relativePath: string): Promise<string | null> {
    const store = this.projects.get(projectId);
    return store ? resolveMediaFile(store.dir, relativePath) : null;
  }

  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  async close(): Promise<void> {
    this.queue.cancelAll();
    this.exports.cancelAll();
    await this.queue.whenIdle();
    for (const store of this.projects.all()) store.close();
    this.projects.clear();
    this.recent.close();
    await this.cameos.close();
    await this.models.close();
  }

  private register(store: ProjectStore, location: Parameters<OpenProjects['add']>[1]): ProjectState {
    // A copied project folder carries its original's id; open beside it, the copy becomes a project
    // of its own so the two never share media URLs or jobs.
    if (this.projects.hasId(store.id)) store.assignNewId();
    this.projects.add(store, location);
    this.recent.remember(store.summary());
    return store.state();
  }

  private project(projectId: string): ProjectStore {
    const store = this.projects.get(projectId);
    if (!store) throw new ApiError('not_found', 'That project is not open. Open it again from the start screen.');
    return store;
  }

  private async enqueue(projectId: string, request: Parameters<ProjectStore['insertJob']>[0], prepared: Partial<Omit<PreparedJob, 'request'>> = {}, resolution: ResolutionId = DEFAULT_RESOLUTION): Promise<string> {
    const store = this.project(projectId);
    // The prompt is parsed once, here: a prompt the engine cannot depict fails before anything is
    // queued, and the worker takes this plan as it is.
    // A take made from another keeps its plan, and with it the cameos it records (each must still be
    // usable); a prompt's "@alex" is refused here (unknown, no consent, revoked) before anything is queued.
    const { plan, sources } = prepared.plan
      ? { plan: prepared.plan, sources: cameoSources(this.cameos, prepared.plan) }
      : await this.castPrompt(request, resolution);
    const ffmpeg = await this.ffmpeg.status();
    if (!ffmpeg.ok || !ffmpeg.path) throw missingFfmpegError(ffmpeg);
    if (this.queue.waitingCount() >= MAX_WAITING_JOBS) {
      throw new ApiError('busy', `${MAX_WAITING_JOBS} generations are already waiting. Let some finish, or cancel a few, before adding more.`);
    }
    // The length the words or the request set, so the placeholder on the timeline is the clip's.
    const job = store.insertJob({ ...request, durationSec: request.durationSec ?? plan.format.durationSec });
    this.publishJob(store, job);
    const ffmpegPath = ffmpeg.path;
    this.queue.enqueue(job.id, (signal) => runGenerationJob(this.jobServices, store, job, { ...prepared, plan, cameos: sources }, ffmpegPath, signal));
    return job.id;
  }

  private enqueueWords(projectId: string, words: WordsRequest): Promise<string> {
    return this.enqueue(projectId, words.request, words.change ? { change: words.change } : {}, words.resolution);
  }

  private async castPrompt(request: Parameters<ProjectStore['insertJob']>[0], resolution: ResolutionId): Promise<{ plan: ScenePlan; sources: CameoSource[] }> {
    const plan = await this.readWords(request.prompt, { ...RESOLUTIONS[resolution], ...(request.durationSec === null ? {} : { durationSec: request.durationSec }) });
    return { plan, sources: cameoSources(this.cameos, plan) };
  }

  private publishJob(store: ProjectStore, job: JobRow): void {
    this.emit({ event: 'job.updated', payload: { projectId: store.id, job: toJob(job) } });
  }

  private emit(event: ApiEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('An event listener failed:', error);
      }
    }
  }
}

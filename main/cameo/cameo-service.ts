// The cameo service: imports (validated before anything is stored), the analysis queue with progress
// and cancel, edits of name, height and consent, revoke and delete, and the cameo media the editor
// may load. Every change is announced to listeners (the API's cameo.updated / cameo.removed events).
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_CAMEO_UPLOAD_BYTES, type BlockedCameo, type Cameo, type CameoSource } from '../contract/cameo';
import { ApiError } from '../contract/errors';
import { JobQueue } from '../engine/jobs/job-queue';
import { findFfprobe, requireFfmpeg } from '../media/ffmpeg-path';
import type { ModelService } from '../models/model-service';
import { CameoLibrary } from './cameo-library';
import { CAMEO_FILES } from './cameo-files';
import { runAnalysis } from './run-analysis';
import { UploadStore } from './upload-store';
import { validateCameoSource } from './validate-cameo';

export type CameoChange = { kind: 'updated'; cameo: Cameo } | { kind: 'removed'; cameoId: string };

export interface CameoServiceOptions {
  homeDir: string;
  models: ModelService;
  env?: NodeJS.ProcessEnv;
}

// Files the editor may load from a cameo's folder; the footage itself is never served.
const SERVED_FILES = new Set<string>([CAMEO_FILES.poster, CAMEO_FILES.matte]);

export class CameoService {
  readonly library: CameoLibrary;
  readonly uploads: UploadStore;
  private readonly queue = new JobQueue();
  private readonly events = new EventEmitter();
  private readonly env: NodeJS.ProcessEnv;
  private recovering: Promise<void> = Promise.resolve();

  constructor(private readonly options: CameoServiceOptions) {
    this.library = new CameoLibrary(options.homeDir);
    this.uploads = new UploadStore(this.library.dir);
    // Uploads never outlive the process that received them; cleared before any request can add one.
    this.uploads.clearNow();
    this.env = options.env ?? process.env;
  }

  onChange(listener: (change: CameoChange) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  list(): Cameo[] {
    return this.library.list();
  }

  // After a crash: half-written folders without a record go; cameos whose analysis was interrupted
  // are analysed again from their stored footage, so none stays half-listed.
  recover(): Promise<void> {
    this.recovering = this.removeOrphans().then(() => {
      for (const cameo of this.library.list()) if (cameo.status === 'analysing') this.enqueue(cameo.id);
    });
    return this.recovering;
  }

  private async removeOrphans(): Promise<void> {
    const known = new Set(this.library.ids());
    for (const entry of await readdir(this.library.dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !known.has(entry.name)) await rm(path.join(this.library.dir, entry.name), { recursive: true, force: true });
    }
  }

  async import(source: CameoSource, fileName: string): Promise<Cameo> {
    const file = source.kind === 'upload' ? await this.uploads.file(source.uploadId) : await existingFile(source.path);
    const tools = this.tools();
    try {
      const validated = await validateCameoSource(tools, file, fileName);
      const id = randomUUID();
      const folder = this.library.folder(id);
      await mkdir(folder, { recursive: true });
      try {
        const target = path.join(folder, CAMEO_FILES.sourceStem + validated.extension);
        if (source.kind === 'upload') await rename(file, target);
        else await copyFile(file, target);
      } catch {
        await rm(folder, { recursive: true, force: true });
        throw new ApiError('invalid_input', `${path.basename(fileName)} could not be copied into the cameo library (was it moved or deleted while importing?). Try again.`);
      }
      const cameo = this.library.insert(id, fileName, validated);
      this.publish(cameo);
      this.enqueue(id);
      return cameo;
    } finally {
      if (source.kind === 'upload') await this.uploads.discard(source.uploadId);
    }
  }

  cancel(id: string): Cameo {
    const cameo = this.library.get(id);
    if (cameo.status !== 'analysing') return cameo;
    if (this.queue.cancel(id) === 'dropped') return this.publish(this.library.updateAnalysis(id, { status: 'cancelled', stage: 'Cancelled' }));
    // A running analysis marks itself cancelled once ffmpeg and the worker request have stopped.
    return cameo;
  }

  reanalyse(id: string): Cameo {
    const cameo = this.library.get(id);
    if (cameo.status !== 'cancelled' && cameo.status !== 'failed') return cameo;
    const waiting = this.publish(this.library.updateAnalysis(id, { status: 'analysing', stage: 'Waiting to analyse', progress: 0, error: null }));
    this.enqueue(id);
    return waiting;
  }

  update(id: string, change: { name?: string; heightM?: number }): Cameo {
    if (change.name !== undefined) this.library.rename(id, change.name);
    if (change.heightM !== undefined) this.library.setHeight(id, change.heightM);
    return this.publish(this.library.get(id));
  }

  consent(id: string, confirmedBy: string): Cameo {
    return this.publish(this.library.consent(id, confirmedBy));
  }

  revoke(id: string): Cameo {
    return this.publish(this.library.revoke(id));
  }

  async delete(id: string): Promise<void> {
    this.library.get(id);
    if (this.queue.has(id)) {
      this.queue.cancel(id);
      await this.queue.whenIdle();
    }
    // The tombstone comes first: a crash before the folder is gone leaves a folder no live cameo owns,
    // which recover() removes.
    this.library.markDeleted(id);
    await rm(this.library.folder(id), { recursive: true, force: true });
    this.events.emit('change', { kind: 'removed', cameoId: id } satisfies CameoChange);
  }

  requireUsable(nameOrId: string): Cameo {
    return this.library.requireUsable(nameOrId);
  }

  blocked(): BlockedCameo[] {
    return this.library.blocked();
  }

  // A file the editor may show (poster, matte video), refusing anything else.
  mediaFile(cameoId: string, fileName: string): string {
    if (!SERVED_FILES.has(fileName)) throw new ApiError('not_found', 'No such cameo file.');
    if (this.library.get(cameoId).status !== 'ready') throw new ApiError('not_found', 'That cameo is not analysed yet.');
    return path.join(this.library.folder(cameoId), fileName);
  }

  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  async close(): Promise<void> {
    await this.recovering.catch(() => undefined);
    this.queue.cancelAll();
    await this.queue.whenIdle();
    this.library.close();
  }

  private tools(): { ffmpegPath: string; ffprobePath: string } {
    const ffmpegPath = requireFfmpeg(this.env);
    const ffprobePath = findFfprobe(this.env);
    if (!ffprobePath) throw new ApiError('ffmpeg_missing', 'ffprobe was not found next to ffmpeg, so footage cannot be checked. Install ffmpeg (Debian/Ubuntu: apt-get install ffmpeg).');
    return { ffmpegPath, ffprobePath };
  }

  private enqueue(id: string): void {
    this.queue.enqueue(id, (signal) =>
      runAnalysis({
        library: this.library,
        id,
        ffmpegPath: requireFfmpeg(this.env),
        matte: (frame, s) => this.options.models.matte(frame, s),
        signal,
        publish: (cameo) => this.publish(cameo),
      }),
    );
  }

  private publish(cameo: Cameo): Cameo {
    this.events.emit('change', { kind: 'updated', cameo } satisfies CameoChange);
    return cameo;
  }
}

async function existingFile(file: string): Promise<string> {
  const resolved = path.resolve(file);
  const found = await stat(resolved).catch(() => null);
  if (!found?.isFile()) throw new ApiError('not_found', `${path.basename(resolved)} was not found (was it moved or deleted?).`);
  // The same limit as an upload: a cameo clip is at most 30 s, and the library keeps a copy.
  if (found.size > MAX_CAMEO_UPLOAD_BYTES) throw new ApiError('invalid_input', `${path.basename(resolved)} is larger than ${MAX_CAMEO_UPLOAD_BYTES / 1024 ** 3} GB; trim it to a short clip and import it again.`);
  return resolved;
}

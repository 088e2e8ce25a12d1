// Runs one cameo analysis in a worker thread, relaying its key frames to the model service, and turns
// its messages back into a promise. Cancelling asks the worker to stop (it kills its ffmpeg processes);
// if it does not end promptly, the thread is terminated.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { abortError } from '../contract/abort';
import type { RgbFrame } from '../models/worker-protocol';
import type { AnalyseResult } from './analyse-cameo';
import { fromFailure, toFailure, type AnalysisJob, type FromAnalysisWorker, type ToAnalysisWorker } from './analysis-messages';

// Long enough for an in-flight network frame to finish on a busy machine.
const CANCEL_GRACE_MS = 30_000;

export interface AnalysisHooks {
  matte(frame: RgbFrame, signal?: AbortSignal): Promise<Uint8Array>;
  signal: AbortSignal;
  onProgress(stage: string, fraction: number): void;
}

function spawnAnalysisWorker(job: AnalysisJob): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const boot = fileURLToPath(new URL('../engine/generate/ts-worker-boot.mjs', here));
    return new Worker(boot, { workerData: { ...job, __entry: new URL('./analysis-worker.ts', here).href } });
  }
  return new Worker(fileURLToPath(new URL('./cameo-analysis-worker.js', here)), { workerData: job });
}

export function runAnalysisInWorker(job: AnalysisJob, hooks: AnalysisHooks): Promise<AnalyseResult> {
  return new Promise((resolve, reject) => {
    const worker = spawnAnalysisWorker(job);
    const send = (message: ToAnalysisWorker, transfer: ArrayBuffer[] = []): void => worker.postMessage(message, transfer);
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      hooks.signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      send({ type: 'cancel' });
      killTimer = setTimeout(() => void worker.terminate().then(() => settle(() => reject(abortError()))), CANCEL_GRACE_MS);
    };
    if (hooks.signal.aborted) onAbort();
    else hooks.signal.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: FromAnalysisWorker) => {
      if (message.type === 'matte') {
        hooks.matte(message.frame, hooks.signal).then(
          (alpha) => send({ type: 'matte', requestId: message.requestId, alpha }, [alpha.buffer as ArrayBuffer]),
          (error: unknown) => send({ type: 'matte-failed', requestId: message.requestId, error: toFailure(error) }),
        );
      } else if (message.type === 'progress') hooks.onProgress(message.stage, message.fraction);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else settle(() => reject(fromFailure(message.error)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The cameo analysis stopped unexpectedly (exit code ${code}).`))));
  });
}

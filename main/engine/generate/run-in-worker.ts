// Runs a generation in a worker thread and turns its messages back into a promise. Cancelling asks
// the worker to stop (it kills ffmpeg and deletes partial files); if it does not finish promptly the
// thread is terminated.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../contract/api';
import { abortError } from '../../contract/abort';
import type { GenerationInput, GenerationResult, ProgressListener } from './run-generation';
import type { WorkerCommand, WorkerMessage } from './worker-messages';

const CANCEL_GRACE_MS = 5000;

function spawnGenerationWorker(input: GenerationInput): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./generation-worker.ts', here).href;
    return new Worker(fileURLToPath(new URL('./ts-worker-boot.mjs', here)), { workerData: { ...input, __entry: entry } });
  }
  // Built: the bundler emits generation-worker.js next to the main bundle.
  return new Worker(fileURLToPath(new URL('./generation-worker.js', here)), { workerData: input });
}

export function runGenerationInWorker(
  input: GenerationInput,
  options: { signal?: AbortSignal; onProgress?: ProgressListener } = {},
): Promise<GenerationResult> {
  return new Promise((resolve, reject) => {
    const worker = spawnGenerationWorker(input);
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      worker.postMessage({ type: 'cancel' } satisfies WorkerCommand);
      killTimer = setTimeout(() => {
        void worker.terminate();
        settle(() => reject(abortError()));
      }, CANCEL_GRACE_MS);
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.stage, message.fraction);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else
        settle(() => {
          if (message.name === 'AbortError') reject(abortError());
          else if (message.code) reject(new ApiError(message.code, message.message));
          else reject(new Error(message.message));
        });
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The generation worker stopped unexpectedly (exit code ${code}).`))));
  });
}

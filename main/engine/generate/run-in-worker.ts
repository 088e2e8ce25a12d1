// Runs a generation in a worker thread and turns its messages back into a promise. Cancelling asks
// the worker to stop (it kills ffmpeg and deletes partial files); if it does not finish promptly the
// thread is terminated. The app keeps one worker started ahead of time (startSpareGeneration): it
// loads the engine and Rapier and starts its frame workers while the user writes the prompt, so a
// take does not spend that second of CPU (half of it on the thread everything else waits for).
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../contract/api';
import { abortError } from '../../contract/abort';
import type { GenerationInput, GenerationResult, ProgressListener } from './run-generation';
import type { WorkerCommand, WorkerMessage } from './worker-messages';

const CANCEL_GRACE_MS = 5000;

// With its input it runs at once; with null it waits for a 'start' (generation-worker.ts).
function spawnGenerationWorker(input: GenerationInput | null): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./generation-worker.ts', here).href;
    return new Worker(fileURLToPath(new URL('./ts-worker-boot.mjs', here)), { workerData: { ...input, __entry: entry } });
  }
  // Built: the bundler emits generation-worker.js next to the main bundle.
  return new Worker(fileURLToPath(new URL('./generation-worker.js', here)), { workerData: input });
}

// The worker started ahead, until a generation takes it; null once it failed or was taken. Once
// asked for, a spare is kept: each take's is started when the take before it ends.
let spare: { worker: Worker; ready: Promise<boolean> } | null = null;
let keepSpare = false;

// Starts the spare worker unless there is one. It never keeps the process alive on its own. Resolves
// once it is ready (true), or false if it failed (a generation then starts a worker of its own).
export function startSpareGeneration(): Promise<boolean> {
  keepSpare = true;
  if (spare) return spare.ready;
  const worker = spawnGenerationWorker(null);
  worker.unref();
  const ready = new Promise<boolean>((resolve) => {
    // Listeners stay on (a Worker whose last 'message' listener was removed delivered later messages
    // late or never); once settled, the promise ignores what they hear.
    worker.on('message', (message: WorkerMessage) => resolve(message.type === 'ready'));
    const lost = (): void => {
      if (spare?.worker === worker) spare = null;
      resolve(false);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  });
  spare = { worker, ready };
  return ready;
}

// Stops keeping a spare and ends the one waiting (a test's, or an app closing).
export async function stopSpareGeneration(): Promise<void> {
  keepSpare = false;
  const waiting = spare;
  spare = null;
  await waiting?.worker.terminate();
}

// The spare, sent its input, or a worker started with it.
function workerFor(input: GenerationInput): Worker {
  const taken = spare;
  spare = null;
  if (!taken) return spawnGenerationWorker(input);
  taken.worker.ref();
  taken.worker.postMessage({ type: 'start', input } satisfies WorkerCommand);
  return taken.worker;
}

export function runGenerationInWorker(
  input: GenerationInput,
  options: { signal?: AbortSignal; onProgress?: ProgressListener } = {},
): Promise<GenerationResult> {
  return new Promise((resolve, reject) => {
    const worker = workerFor(input);
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
      // The next take's worker starts once this one is done (not beside it, taking its cores).
      if (keepSpare && !spare) void startSpareGeneration();
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
      if (message.type === 'ready') return;
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

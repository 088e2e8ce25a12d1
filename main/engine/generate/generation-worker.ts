// Worker-thread entry: runs one generation and reports back over the port. Kept apart from the
// pipeline so the pipeline stays a plain function that tests can call directly. Started with its
// input, it runs at once; started ahead of time (run-in-worker.ts), it starts its frame workers and
// loads Rapier while it waits, says it is ready (its frame workers may still be loading), and runs
// the input its 'start' brings: the half second of CPU each thread spends loading the engine is then
// spent before the take, not in it.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../contract/api';
import { loadRapier } from '../simulate/rapier';
import { defaultPoolSize } from './frame-pool';
import { startFrameWorkers, type ReadyWorkers } from './frame-workers';
import { runGeneration, type GenerationInput } from './run-generation';
import type { WorkerMessage, WorkerCommand } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('generation-worker must run in a worker thread');

const controller = new AbortController();
const send = (message: WorkerMessage): void => port.postMessage(message);

const run = (input: GenerationInput, readyWorkers: ReadyWorkers | null): void => {
  runGeneration(input, {
    signal: controller.signal,
    onProgress: (stage, fraction) => send({ type: 'progress', stage, fraction }),
    ...(readyWorkers ? { readyWorkers } : {}),
  })
    .then((result) => send({ type: 'done', result }))
    .catch((error: unknown) => {
      const err = error instanceof Error ? error : new Error(String(error));
      send({ type: 'error', name: err.name, message: err.message, code: err instanceof ApiError ? err.code : null });
    })
    .finally(() => port.close());
};

// From the TypeScript sources a worker's data also names its entry (ts-worker-boot.mjs).
const given = (workerData as Partial<GenerationInput> | null)?.plan ? (workerData as GenerationInput) : null;
// Started ahead: as many frame workers as a take on every core uses (the pool stops those a take
// does not need).
const ahead = given ? null : startFrameWorkers(defaultPoolSize() - 1);
port.on('message', (command: WorkerCommand) => {
  if (command.type === 'cancel') controller.abort();
  else if (ahead) run(command.input, ahead);
});
if (given) run(given, null);
else {
  // A failure to load Rapier is the take's to report, in words, when its simulation loads it again.
  void loadRapier().then(
    () => send({ type: 'ready' }),
    () => send({ type: 'ready' }),
  );
}

// Worker-thread entry: runs one generation and reports back over the port. Kept apart from the
// pipeline so the pipeline stays a plain function that tests can call directly.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../contract/api';
import { runGeneration, type GenerationInput } from './run-generation';
import type { WorkerMessage, WorkerCommand } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('generation-worker must run in a worker thread');

const controller = new AbortController();
port.on('message', (command: WorkerCommand) => {
  if (command.type === 'cancel') controller.abort();
});

const send = (message: WorkerMessage): void => port.postMessage(message);

runGeneration(workerData as GenerationInput, {
  signal: controller.signal,
  onProgress: (stage, fraction) => send({ type: 'progress', stage, fraction }),
})
  .then((result) => send({ type: 'done', result }))
  .catch((error: unknown) => {
    const err = error instanceof Error ? error : new Error(String(error));
    send({ type: 'error', name: err.name, message: err.message, code: err instanceof ApiError ? err.code : null });
  })
  .finally(() => port.close());

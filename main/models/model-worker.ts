// The inference worker: owns the onnxruntime sessions, so a frame that takes seconds to segment never
// blocks the main thread. It loads each model on first use (verifying its file) and answers one
// request at a time.
import { parentPort, workerData } from 'node:worker_threads';
import ort from 'onnxruntime-node';
import type { ExecutionProvider } from '../contract/models';
import { MODELS, type ModelId } from './manifest';
import { ModelFileError, readModelBytes } from './model-files';
import { runPersonMatte } from './person-matte';
import { createSessionWithFallback } from './providers';
import type { ModelCommand, ModelReply } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('model-worker must run in a worker thread');
const modelsRoot = (workerData as { modelsRoot?: string } | null)?.modelsRoot;

const sessions = new Map<ModelId, { provider: ExecutionProvider; session: ort.InferenceSession }>();
const send = (reply: ModelReply, transfer: ArrayBuffer[] = []): void => port.postMessage(reply, transfer);

async function session(modelId: ModelId, provider: ExecutionProvider): Promise<ort.InferenceSession> {
  const loaded = sessions.get(modelId);
  if (loaded && loaded.provider === provider) return loaded.session;
  await loaded?.session.release();
  sessions.delete(modelId);
  const bytes = await readModelBytes(MODELS[modelId], modelsRoot);
  const created = await createSessionWithFallback((options) => ort.InferenceSession.create(bytes, options), provider);
  sessions.set(modelId, { provider, session: created.session });
  send({ type: 'loaded', modelId, active: created.active, message: created.message });
  return created.session;
}

async function handle(command: Extract<ModelCommand, { type: 'matte' }>): Promise<void> {
  try {
    const net = await session('person-matte', command.provider);
    const alpha = await runPersonMatte(net, command.frame, MODELS['person-matte'].inputSize);
    send({ type: 'matte', requestId: command.requestId, alpha }, [alpha.buffer as ArrayBuffer]);
  } catch (error) {
    const fileStatus = error instanceof ModelFileError ? error.status : null;
    const message = error instanceof Error ? error.message : String(error);
    send({ type: 'error', requestId: command.requestId, message, fileStatus, modelId: 'person-matte' });
  }
}

// Requests run strictly in order: the service sends one at a time, and this chain keeps it so.
let chain = Promise.resolve();
port.on('message', (command: ModelCommand) => {
  if (command.type === 'shutdown') {
    chain = chain.then(async () => {
      for (const { session: s } of sessions.values()) await s.release();
      port.close();
    });
    return;
  }
  chain = chain.then(() => handle(command));
});

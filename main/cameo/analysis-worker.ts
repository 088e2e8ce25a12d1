// Worker-thread entry for one cameo analysis: decoding, propagation, the temporal filter and encoding
// all run here, so the main thread only relays key frames to the model service and never stalls.
import { parentPort, workerData } from 'node:worker_threads';
import type { RgbFrame } from '../models/worker-protocol';
import { analyseCameo } from './analyse-cameo';
import { fromFailure, toFailure, type AnalysisJob, type FromAnalysisWorker, type ToAnalysisWorker } from './analysis-messages';

const port = parentPort;
if (!port) throw new Error('analysis-worker must run in a worker thread');

const controller = new AbortController();
const waiting = new Map<number, { resolve(alpha: Uint8Array): void; reject(error: Error): void }>();
let nextRequestId = 1;
const send = (message: FromAnalysisWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (message: ToAnalysisWorker) => {
  if (message.type === 'cancel') {
    controller.abort();
    return;
  }
  const request = waiting.get(message.requestId);
  waiting.delete(message.requestId);
  if (message.type === 'matte') request?.resolve(message.alpha);
  else request?.reject(fromFailure(message.error));
});

function matte(frame: RgbFrame): Promise<Uint8Array> {
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    // A copy travels (the frame is still needed here for the RGBA output).
    send({ type: 'matte', requestId, frame });
  });
}

analyseCameo({
  ...(workerData as AnalysisJob),
  matte,
  signal: controller.signal,
  onProgress: (stage, fraction) => send({ type: 'progress', stage, fraction }),
})
  .then((result) => send({ type: 'done', result }))
  .catch((error: unknown) => send({ type: 'failed', error: toFailure(error) }))
  .finally(() => port.close());

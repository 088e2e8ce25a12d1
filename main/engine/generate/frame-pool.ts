// Draws a take's frames in a small pool of worker threads, one per core, and hands them back in
// order. The encoder asks for frame after frame; the pool keeps a few frames ahead of it in flight, so
// every core is drawing while ffmpeg encodes. Cancelling (or closing) terminates the workers and
// fails any frame still awaited.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { abortError } from '../../contract/abort';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace';
import type { FrameCommand, FrameReply, FrameWorkerData } from './frame-messages';

export interface FramePool {
  width: number;
  height: number;
  frameCount: number;
  renderFrame(index: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface FramePoolOptions {
  // Worker threads (default: the cores this process may use; at least one).
  size?: number;
  signal?: AbortSignal;
}

// Frames each worker may hold queued beyond the one it is drawing, so it never waits on a round trip.
const QUEUED_PER_WORKER = 1;

export function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism());
}

function spawnFrameWorker(data: FrameWorkerData): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./frame-worker.ts', here).href;
    return new Worker(fileURLToPath(new URL('./ts-worker-boot.mjs', here)), { workerData: { ...data, __entry: entry } });
  }
  // Built: the bundler emits frame-worker.js next to the generation worker.
  return new Worker(fileURLToPath(new URL('./frame-worker.js', here)), { workerData: data });
}

interface Pending {
  promise: Promise<Uint8Array>;
  resolve(pixels: Uint8Array): void;
  reject(error: Error): void;
  worker: number;
}

export function openFramePool(plan: ScenePlan, trace: WorldTrace, options: FramePoolOptions = {}): FramePool {
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const frameCount = trace.frameCount;
  const workers = Array.from({ length: Math.min(size, Math.max(1, frameCount)) }, () => spawnFrameWorker({ plan, trace }));
  const inFlight = workers.map(() => 0);
  const pending = new Map<number, Pending>();
  let nextToSend = 0;
  let failure: Error | null = null;
  let closed = false;

  const failAll = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    void close();
  };
  const dispatch = (index: number): void => {
    // The least busy worker takes it.
    let w = 0;
    for (let i = 1; i < workers.length; i++) if (inFlight[i]! < inFlight[w]!) w = i;
    let resolve!: (pixels: Uint8Array) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<Uint8Array>((res, rej) => ((resolve = res), (reject = rej)));
    promise.catch(() => undefined); // awaited (or dropped by a cancel) by the consumer
    pending.set(index, { promise, resolve, reject, worker: w });
    inFlight[w]!++;
    workers[w]!.postMessage({ type: 'frame', index } satisfies FrameCommand);
  };
  const fillAhead = (): void => {
    const capacity = workers.length * (1 + QUEUED_PER_WORKER);
    while (!failure && nextToSend < frameCount && pending.size < capacity) dispatch(nextToSend++);
  };

  workers.forEach((worker, w) => {
    worker.on('message', (reply: FrameReply) => {
      inFlight[w]!--;
      const p = pending.get(reply.index);
      if (!p) return;
      if (reply.type === 'frame') p.resolve(reply.pixels);
      else failAll(new Error(`Frame ${reply.index} could not be drawn: ${reply.message}`));
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (!closed) failAll(new Error(`A frame worker stopped unexpectedly (exit code ${code}).`));
    });
  });

  const onAbort = (): void => failAll(abortError());
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  return {
    width: plan.format.width,
    height: plan.format.height,
    frameCount,
    async renderFrame(index: number): Promise<Uint8Array> {
      if (failure) throw failure;
      // The encoder asks for frames in order; the pool has sent this one ahead, or sends it now.
      if (!pending.has(index) && index !== nextToSend) throw new Error(`Frame ${index} was asked for out of order.`);
      fillAhead();
      const p = pending.get(index);
      if (!p) throw failure ?? new Error(`Frame ${index} was already handed out.`);
      try {
        return await p.promise;
      } finally {
        pending.delete(index);
        fillAhead();
      }
    },
    close,
  };
}

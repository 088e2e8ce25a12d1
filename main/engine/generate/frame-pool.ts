// Draws a take's frames in a small pool, one member per core: the calling thread (the generation's
// own worker, which otherwise only waits on the encoder) draws its share of the frames itself, and
// worker threads draw the rest; frames are handed back in order. The encoder asks for frame after
// frame; the workers keep a few frames ahead of it in flight, so every core is drawing while ffmpeg
// encodes, and they start drawing as soon as the pool opens. A short, small take is drawn by the
// calling thread alone: starting a worker (loading the engine, building the scene) would cost more
// than it saves. Frames are drawn into each member's small ring of buffers (frame-ring.ts) and lent
// to the consumer until it releases them. Cancelling (or closing) terminates the workers and fails
// any frame still awaited.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { abortError } from '../../contract/abort';
import type { ScenePlan } from '../../contract/scene-plan';
import { createFrameRenderer } from '../frames/frame-renderer';
import type { WorldTrace } from '../../contract/world-trace';
import type { CameoFootage } from '../cameo/footage';
import type { CameraAnchor } from '../frames/camera/camera-anchor';
import type { Footprint } from '../frames/scene/layout';
import type { FramePixelFormat } from '../../media/encode-clip';
import { frameBytes, frameDrawer, type FrameDrawer } from './frame-drawer';
import { footageToWire, type FrameCommand, type FrameReply, type FrameWorkerData } from './frame-messages';
import { FrameRing, type FrameBuffer } from './frame-ring';

export interface FramePool {
  width: number;
  height: number;
  frameCount: number;
  pixelFormat: FramePixelFormat;
  // The frame's pixels, lent: they stay the frame's until release(index), after which the pool may
  // draw a later frame into the same memory.
  renderFrame(index: number): Promise<Uint8Array>;
  release(index: number): void;
  // CPU ms per render stage summed over every member so far (benches print it), with the workers'
  // 'worker set-up' (engine and scene) and 'worker thread' (all their CPU time, set-up included).
  stageCpuMs(): Record<string, number>;
  close(): Promise<void>;
}

export interface FramePoolOptions {
  // Members drawing frames, the calling thread included (default: the cores this process may use,
  // fewer for a small take; at least one).
  size?: number;
  signal?: AbortSignal;
  // The footage of the cameos the plan records, drawn on their cards.
  cameos?: ReadonlyMap<string, CameoFootage>;
  // A continued take: the parent's camera and room size, and the first frame drawn (the ones before
  // it are the parent's, copied).
  cameraAnchor?: CameraAnchor;
  footprint?: Footprint;
  firstFrame?: number;
  // The frames' bytes (default RGBA; the encoder takes yuv420p, converted where each frame is drawn).
  pixelFormat?: FramePixelFormat;
}

// Frames each worker may hold queued beyond the one it is drawing, so it never waits on a round trip.
const QUEUED_PER_WORKER = 1;
// Buffers in each member's ring: the frames a worker has queued or drawn ahead of the encoder (at
// most 1 + QUEUED_PER_WORKER, see fillAhead), the one being written to ffmpeg, and one to spare.
const RING = QUEUED_PER_WORKER + 3;
// Below this many pixels to draw (about a second of 480p), the calling thread draws every frame.
const SMALL_TAKE_PIXELS = 854 * 480 * 24;

// Worker threads beside the calling thread.
function workerCount(plan: ScenePlan, frames: number, size: number | undefined): number {
  if (size === undefined && plan.format.width * plan.format.height * frames < SMALL_TAKE_PIXELS) return 0;
  return Math.max(0, Math.min(Math.floor(size ?? defaultPoolSize()) - 1, frames - 1));
}

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
  buffer: FrameBuffer;
}

// A frame a worker was asked for: its promise, and the ring buffer it is drawn into.
function pendingFrame(worker: number, buffer: FrameBuffer): Pending {
  let resolve!: (pixels: Uint8Array) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<Uint8Array>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined); // awaited (or dropped by a cancel) by the consumer
  return { promise, resolve, reject, worker, buffer };
}

// What every worker starts with (the footage copied once into shared memory).
function workerData(plan: ScenePlan, trace: WorldTrace, options: FramePoolOptions): FrameWorkerData {
  return {
    plan,
    trace,
    cameos: [...(options.cameos?.values() ?? [])].map(footageToWire),
    pixelFormat: options.pixelFormat ?? 'rgba',
    ...(options.cameraAnchor ? { cameraAnchor: options.cameraAnchor } : {}),
    ...(options.footprint ? { footprint: options.footprint } : {}),
  };
}

// The calling thread as a member of the pool: its renderer is built when it draws its first frame.
function localMember(plan: ScenePlan, trace: WorldTrace, options: FramePoolOptions): FrameDrawer {
  let drawer: FrameDrawer | null = null;
  return {
    draw(index, into) {
      drawer ??= frameDrawer(
        createFrameRenderer(plan, trace, {
          ...(options.cameos ? { cameos: options.cameos } : {}),
          ...(options.cameraAnchor ? { cameraAnchor: options.cameraAnchor } : {}),
          ...(options.footprint ? { footprint: options.footprint } : {}),
        }),
        options.pixelFormat ?? 'rgba',
      );
      drawer.draw(index, into);
    },
    stageCpuMs: () => drawer?.stageCpuMs() ?? {},
  };
}

export function openFramePool(plan: ScenePlan, trace: WorldTrace, options: FramePoolOptions = {}): FramePool {
  const frameCount = trace.frameCount;
  const first = Math.max(0, Math.min(frameCount, options.firstFrame ?? 0));
  const count = workerCount(plan, frameCount - first, options.size);
  // One copy of the workers' data (footage in shared memory), made only when there are workers.
  const shared = count > 0 ? workerData(plan, trace, options) : null;
  const workers = shared ? Array.from({ length: count }, () => spawnFrameWorker(shared)) : [];
  // Frame f is drawn by member (f - first) mod (workers + 1); the last member is this thread.
  const members = workers.length + 1;
  const memberOf = (index: number): number => (index - first) % members;
  const pixelFormat = options.pixelFormat ?? 'rgba';
  const bytes = frameBytes(plan.format.width, plan.format.height, pixelFormat);
  const rings = workers.map(() => new FrameRing(bytes, RING, true));
  const localRing = new FrameRing(bytes, RING, false);
  const local = localMember(plan, trace, options);
  // Frames handed out and not yet released: the ring and slot their pixels are in.
  const lent = new Map<number, { ring: FrameRing; slot: number }>();
  const drawHere = (index: number): Uint8Array => {
    const buffer = localRing.take();
    local.draw(index, buffer.view);
    lent.set(index, { ring: localRing, slot: buffer.slot });
    return buffer.view;
  };
  // Each worker's latest tally of its stages' CPU time (cumulative, so the latest reply holds it all).
  const workerStages: Record<string, number>[] = workers.map(() => ({}));
  const pending = new Map<number, Pending>();
  let expected = first;
  let nextToSend = first;
  let failure: Error | null = null;
  let closed = false;

  const failAll = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
    void close();
  };
  const dispatch = (index: number): void => {
    const w = memberOf(index);
    const buffer = rings[w]!.take();
    pending.set(index, pendingFrame(w, buffer));
    const command: FrameCommand = { type: 'frame', index, slot: buffer.slot, ...(buffer.memory ? { memory: buffer.memory } : {}) };
    workers[w]!.postMessage(command);
  };
  // Sends the workers their frames up to a window ahead of the one the encoder asks for.
  const fillAhead = (): void => {
    const window = members * (1 + QUEUED_PER_WORKER);
    for (; !failure && nextToSend < frameCount && nextToSend < expected + window; nextToSend++) {
      if (memberOf(nextToSend) < workers.length) dispatch(nextToSend);
    }
  };

  workers.forEach((worker, w) => {
    worker.on('message', (reply: FrameReply) => {
      const p = pending.get(reply.index);
      if (!p) return;
      if (reply.type === 'frame') {
        workerStages[w] = reply.stageCpuMs;
        p.resolve(p.buffer.view);
      }
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
  // The workers start on their first frames at once (while this thread still has other work, such
  // as the take's sound), not when the encoder first asks.
  fillAhead();

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
    pixelFormat,
    // Frame indices are the trace's: from options.firstFrame on, in order.
    async renderFrame(index: number): Promise<Uint8Array> {
      if (failure) throw failure;
      if (index !== expected) throw new Error(`Frame ${index} was asked for out of order.`);
      expected = index + 1;
      fillAhead();
      if (memberOf(index) === workers.length) return drawHere(index);
      const p = pending.get(index);
      if (!p) throw failure ?? new Error(`Frame ${index} was already handed out.`);
      try {
        const pixels = await p.promise;
        lent.set(index, { ring: rings[p.worker]!, slot: p.buffer.slot });
        return pixels;
      } finally {
        pending.delete(index);
      }
    },
    release(index: number): void {
      const frame = lent.get(index);
      if (!frame) return;
      lent.delete(index);
      frame.ring.give(frame.slot);
    },
    stageCpuMs: () => sumStages([local.stageCpuMs(), ...workerStages]),
    close,
  };
}

function sumStages(tallies: readonly Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const tally of tallies) for (const [k, v] of Object.entries(tally)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

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
import type { Worker } from 'node:worker_threads';
import { abortError } from '../../contract/abort';
import type { ScenePlan } from '../../contract/scene-plan';
import { createFrameRenderer } from '../frames/frame-renderer';
import type { WorldTrace } from '../../contract/world-trace';
import type { FramePixelFormat } from '../../media/encode-clip';
import { frameBytes, frameDrawer, type FrameDrawer } from './frame-drawer';
import type { FrameCommand, FrameReply } from './frame-messages';
import { FrameRing, type FrameBuffer } from './frame-ring';
import { frameWorkerData, frameWorkersFor, type ReadyWorkers, type SceneOptions } from './frame-workers';

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

export interface FramePoolOptions extends SceneOptions {
  // Members drawing frames, the calling thread included (default: the cores this process may use,
  // fewer for a small take; at least one).
  size?: number;
  signal?: AbortSignal;
  // (SceneOptions) the footage of the cameos the plan records, drawn on their cards; a continued
  // take's camera and room size; the frames' bytes (default RGBA; the encoder takes yuv420p,
  // converted where each frame is drawn).
  // A continued take's first frame drawn (the ones before it are the parent's, copied).
  firstFrame?: number;
  // Workers started ahead of time (frame-workers.ts), used before any new one is started.
  ready?: ReadyWorkers;
}

// Frames each worker may hold queued beyond the one it is drawing, so it never waits on a round trip.
const QUEUED_PER_WORKER = 1;
// Buffers in each member's ring: the frames a worker has queued or drawn ahead of the encoder (at
// most 1 + QUEUED_PER_WORKER, see fillAhead), the one being written to ffmpeg, and one to spare.
const RING = QUEUED_PER_WORKER + 3;
// Below this many pixels to draw (about a second of 480p), the calling thread draws every frame.
const SMALL_TAKE_PIXELS = 854 * 480 * 24;

// Worker threads beside the calling thread.
export function poolWorkerCount(plan: ScenePlan, frames: number, size: number | undefined): number {
  if (size === undefined && plan.format.width * plan.format.height * frames < SMALL_TAKE_PIXELS) return 0;
  return Math.max(0, Math.min(Math.floor(size ?? defaultPoolSize()) - 1, frames - 1));
}

export function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism());
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

// Who draws what: frame f is drawn by member (f - first) mod (workers + 1); the last member is this
// thread. Each member draws into its own ring of buffers (a worker's in shared memory).
interface Members {
  workers: Worker[];
  rings: FrameRing[];
  local: FrameDrawer;
  localRing: FrameRing;
  memberOf(index: number): number;
}

function startMembers(plan: ScenePlan, trace: WorldTrace, options: FramePoolOptions, first: number): Members {
  const count = poolWorkerCount(plan, trace.frameCount - first, options.size);
  // One copy of the workers' data (footage in shared memory), made only when there are workers.
  const workers = frameWorkersFor(count, count > 0 ? frameWorkerData(plan, trace, options) : null, options.ready);
  // Those started ahead that this take does not need (a continued take draws fewer frames) stop now,
  // not when the whole generation ends.
  void options.ready?.close();
  const bytes = frameBytes(plan.format.width, plan.format.height, options.pixelFormat ?? 'rgba');
  const members = workers.length + 1;
  return {
    workers,
    rings: workers.map(() => new FrameRing(bytes, RING, true)),
    local: localMember(plan, trace, options),
    localRing: new FrameRing(bytes, RING, false),
    memberOf: (index) => (index - first) % members,
  };
}

// The frames asked of the workers and not yet handed out, and how far ahead they have been asked.
class WorkerQueue {
  readonly pending = new Map<number, Pending>();
  // Each worker's latest tally of its stages' CPU time (cumulative, so the latest reply holds it all).
  readonly stages: Record<string, number>[];
  private nextToSend: number;

  constructor(
    private readonly m: Members,
    first: number,
    private readonly frameCount: number,
  ) {
    this.nextToSend = first;
    this.stages = m.workers.map(() => ({}));
  }

  // Sends the workers their frames up to a window ahead of `expected`, the one the encoder asks for.
  fillAhead(expected: number): void {
    const window = (this.m.workers.length + 1) * (1 + QUEUED_PER_WORKER);
    for (; this.nextToSend < this.frameCount && this.nextToSend < expected + window; this.nextToSend++) {
      const w = this.m.memberOf(this.nextToSend);
      if (w < this.m.workers.length) this.dispatch(this.nextToSend, w);
    }
  }

  private dispatch(index: number, w: number): void {
    const buffer = this.m.rings[w]!.take();
    this.pending.set(index, pendingFrame(w, buffer));
    const command: FrameCommand = { type: 'frame', index, slot: buffer.slot, ...(buffer.memory ? { memory: buffer.memory } : {}) };
    this.m.workers[w]!.postMessage(command);
  }

  // A worker's reply: the frame is drawn (its promise resolves), or it failed (fail is told).
  onReply(w: number, reply: FrameReply, fail: (error: Error) => void): void {
    const p = this.pending.get(reply.index);
    if (!p) return;
    if (reply.type === 'error') return fail(new Error(`Frame ${reply.index} could not be drawn: ${reply.message}`));
    this.stages[w] = reply.stageCpuMs;
    p.resolve(p.buffer.view);
  }

  rejectAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

// Replies go to the queue; a worker's error or unexpected exit fails the pool.
function watchWorkers(workers: Worker[], queue: WorkerQueue, fail: (error: Error) => void, closed: () => boolean): void {
  workers.forEach((worker, w) => {
    worker.on('message', (reply: FrameReply) => queue.onReply(w, reply, fail));
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (!closed()) fail(new Error(`A frame worker stopped unexpectedly (exit code ${code}).`));
    });
  });
}

export function openFramePool(plan: ScenePlan, trace: WorldTrace, options: FramePoolOptions = {}): FramePool {
  const frameCount = trace.frameCount;
  const first = Math.max(0, Math.min(frameCount, options.firstFrame ?? 0));
  const m = startMembers(plan, trace, options, first);
  const queue = new WorkerQueue(m, first, frameCount);
  // Frames handed out and not yet released: the ring and slot their pixels are in.
  const lent = new Map<number, { ring: FrameRing; slot: number }>();
  let expected = first;
  let failure: Error | null = null;
  let closed = false;

  const failAll = (error: Error): void => {
    failure ??= error;
    queue.rejectAll(failure);
    void close();
  };
  watchWorkers(m.workers, queue, failAll, () => closed);
  const onAbort = (): void => failAll(abortError());
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  // The workers start on their first frames at once (while this thread still has other work, such
  // as the take's sound), not when the encoder first asks.
  if (!failure) queue.fillAhead(expected);

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.all(m.workers.map((w) => w.terminate()));
  }

  // Frame `index`: drawn here, or awaited from its worker; lent until released.
  async function frameAt(index: number): Promise<Uint8Array> {
    if (m.memberOf(index) === m.workers.length) {
      const buffer = m.localRing.take();
      m.local.draw(index, buffer.view);
      lent.set(index, { ring: m.localRing, slot: buffer.slot });
      return buffer.view;
    }
    const p = queue.pending.get(index);
    if (!p) throw failure ?? new Error(`Frame ${index} was already handed out.`);
    try {
      const pixels = await p.promise;
      lent.set(index, { ring: m.rings[p.worker]!, slot: p.buffer.slot });
      return pixels;
    } finally {
      queue.pending.delete(index);
    }
  }

  return {
    width: plan.format.width,
    height: plan.format.height,
    frameCount,
    pixelFormat: options.pixelFormat ?? 'rgba',
    // Frame indices are the trace's: from options.firstFrame on, in order.
    renderFrame(index: number): Promise<Uint8Array> {
      if (failure) return Promise.reject(failure);
      if (index !== expected) return Promise.reject(new Error(`Frame ${index} was asked for out of order.`));
      expected = index + 1;
      queue.fillAhead(expected);
      return frameAt(index);
    },
    release(index: number): void {
      const frame = lent.get(index);
      if (!frame) return;
      lent.delete(index);
      frame.ring.give(frame.slot);
    },
    stageCpuMs: () => sumStages([m.local.stageCpuMs(), ...queue.stages]),
    close,
  };
}

function sumStages(tallies: readonly Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const tally of tallies) for (const [k, v] of Object.entries(tally)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

// The frame pool's worker threads. A worker costs about half a second of CPU to start (a thread, and
// the engine's code loaded into it) before it builds its scene. A generation starts its workers
// ahead of time (startFrameWorkers), while its own thread still simulates the take on one core, and
// the pool hands each its take (a SceneCommand) when it opens; a worker is otherwise started with its
// take in workerData.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace';
import type { CameoFootage } from '../cameo/footage';
import type { CameraAnchor } from '../frames/camera/camera-anchor';
import type { Footprint } from '../frames/scene/layout';
import type { FramePixelFormat } from '../../media/encode-clip';
import { footageToWire, type FrameWorkerData, type SceneCommand } from './frame-messages';

// What a take's workers need beside its plan and trace.
export interface SceneOptions {
  cameos?: ReadonlyMap<string, CameoFootage>;
  cameraAnchor?: CameraAnchor;
  footprint?: Footprint;
  pixelFormat?: FramePixelFormat;
}

// Workers started ahead of time, not yet given a take.
export interface ReadyWorkers {
  // Up to `count` of them, now the caller's (who sends each its take first).
  take(count: number): Worker[];
  // Stops the ones never taken.
  close(): Promise<void>;
}

function spawn(data: FrameWorkerData | null): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./frame-worker.ts', here).href;
    return new Worker(fileURLToPath(new URL('./ts-worker-boot.mjs', here)), { workerData: { ...data, __entry: entry } });
  }
  // Built: the bundler emits frame-worker.js next to the generation worker.
  return new Worker(fileURLToPath(new URL('./frame-worker.js', here)), { workerData: data });
}

export function startFrameWorkers(count: number): ReadyWorkers {
  const idle = Array.from({ length: Math.max(0, count) }, () => spawn(null));
  // A worker that fails while it waits is simply not handed out (the pool starts a fresh one).
  const failed = new Set<Worker>();
  for (const worker of idle) {
    worker.on('error', () => failed.add(worker));
    worker.on('exit', () => failed.add(worker));
  }
  return {
    take: (wanted) => idle.splice(0, Math.max(0, wanted)).filter((worker) => !failed.has(worker)),
    close: async () => {
      await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
    },
  };
}

// The take's workers: those started ahead of time first, sent their take, then new ones.
export function frameWorkersFor(count: number, data: FrameWorkerData | null, ready: ReadyWorkers | undefined): Worker[] {
  if (count === 0 || !data) return [];
  const taken = ready?.take(count) ?? [];
  for (const worker of taken) {
    worker.removeAllListeners();
    worker.postMessage({ type: 'scene', data } satisfies SceneCommand);
  }
  return [...taken, ...Array.from({ length: count - taken.length }, () => spawn(data))];
}

// What every worker starts with (the footage copied once into shared memory).
export function frameWorkerData(plan: ScenePlan, trace: WorldTrace, options: SceneOptions): FrameWorkerData {
  return {
    plan,
    trace,
    cameos: [...(options.cameos?.values() ?? [])].map(footageToWire),
    pixelFormat: options.pixelFormat ?? 'rgba',
    ...(options.cameraAnchor ? { cameraAnchor: options.cameraAnchor } : {}),
    ...(options.footprint ? { footprint: options.footprint } : {}),
  };
}

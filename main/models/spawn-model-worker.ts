// Starts the inference worker from sources (tests, tsx) or from the build (dist/main/model-worker.js).
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export function spawnModelWorker(modelsRoot: string | undefined): Worker {
  const here = import.meta.url;
  const data = { modelsRoot };
  if (here.endsWith('.ts')) {
    // A worker cannot load TypeScript by itself: the generation worker's bootstrap registers tsx first.
    const boot = fileURLToPath(new URL('../engine/generate/ts-worker-boot.mjs', here));
    return new Worker(boot, { workerData: { ...data, __entry: new URL('./model-worker.ts', here).href } });
  }
  return new Worker(fileURLToPath(new URL('./model-worker.js', here)), { workerData: data });
}

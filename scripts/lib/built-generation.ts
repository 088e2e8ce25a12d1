// A generation run as the app runs it: the generation and frame workers bundled by esbuild (as
// scripts/build.mjs bundles them into dist/main) and started as worker threads, rather than the
// TypeScript sources through tsx. From the sources, every worker thread also runs tsx's loader
// thread, which transpiles each module as it loads (about 2.4 s of CPU per 720p clip on this machine),
// a cost no user pays. Benches that print the wall-time figures use this.
import { build } from 'esbuild';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GenerationInput, ProgressListener } from '../../main/engine/generate/run-generation';
import type { WorkerCommand, WorkerMessage } from '../../main/engine/generate/worker-messages';

// Inside the repository (so the bundles find node_modules and native/ by walking up), under dist/
// (ignored by git and lint; `npm run build` clears it, and the bench bundles afresh every run).
const OUT_DIR = path.resolve('dist/bench/main');

let built: Promise<string> | null = null;

// Bundles the two workers once per process; resolves to the generation worker's file.
export function buildGenerationWorker(): Promise<string> {
  built ??= build({
    bundle: true, platform: 'node', target: 'node20', sourcemap: false, packages: 'external', logLevel: 'warning', format: 'esm',
    entryPoints: { 'generation-worker': 'main/engine/generate/generation-worker.ts', 'frame-worker': 'main/engine/generate/frame-worker.ts' },
    outdir: OUT_DIR,
  }).then(() => path.join(OUT_DIR, 'generation-worker.js'));
  return built;
}

// A bundled generation worker started ahead of its take, as the app keeps one (run-in-worker.ts):
// resolves once it has loaded the engine and Rapier (its frame workers started then may still be
// loading: the bench's take then counts what is left of their start, as a take clicked at once would).
export async function startBuiltSpare(): Promise<Worker> {
  const worker = new Worker(await buildGenerationWorker(), { workerData: null });
  await new Promise<void>((resolve, reject) => {
    // Never removed (see run-in-worker.ts): later messages are the take's, and the promise is settled.
    worker.on('message', (message: WorkerMessage) => (message.type === 'ready' ? resolve() : reject(new Error(`The spare worker said ${message.type} first.`))));
    worker.on('error', reject);
  });
  return worker;
}

// Runs one generation in the bundled worker (a spare from startBuiltSpare, or one started with the
// take); rejects with the worker's error in words.
export async function runBuiltGeneration(input: GenerationInput, onProgress?: ProgressListener, spare?: Worker): Promise<void> {
  const file = await buildGenerationWorker();
  await new Promise<void>((resolve, reject) => {
    const worker = spare ?? new Worker(file, { workerData: input });
    spare?.postMessage({ type: 'start', input } satisfies WorkerCommand);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') return;
      if (message.type === 'progress') onProgress?.(message.stage, message.fraction);
      else if (message.type === 'done') resolve();
      else reject(new Error(message.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The generation worker stopped (exit code ${code}).`)));
  });
}

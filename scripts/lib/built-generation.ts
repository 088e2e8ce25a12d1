// A generation run as the app runs it: the generation and frame workers bundled by esbuild (as
// scripts/build.mjs bundles them into dist/main) and started as worker threads, rather than the
// TypeScript sources through tsx. From the sources, every worker thread also runs tsx's loader
// thread, which transpiles each module as it loads (about 2.4 s of CPU per 720p clip on this machine),
// a cost no user pays. Benches that print the wall-time figures use this.
import { build } from 'esbuild';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GenerationInput, ProgressListener } from '../../main/engine/generate/run-generation';
import type { WorkerMessage } from '../../main/engine/generate/worker-messages';

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

// Runs one generation in the bundled worker; rejects with the worker's error in words.
export async function runBuiltGeneration(input: GenerationInput, onProgress?: ProgressListener): Promise<void> {
  const file = await buildGenerationWorker();
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(file, { workerData: input });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.stage, message.fraction);
      else if (message.type === 'done') resolve();
      else reject(new Error(message.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The generation worker stopped (exit code ${code}).`)));
  });
}

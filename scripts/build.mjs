// Builds everything the app runs: the main-process bundles (Electron shell, browser host, the
// generation and frame workers, the inference and cameo analysis workers), the preload (CommonJS, as
// sandboxed preloads must be) and the renderer (Vite).
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, packages: 'external', logLevel: 'warning' };

await build({
  ...common,
  format: 'esm',
  entryPoints: {
    'host-cli': 'main/host/host-cli.ts',
    'electron-main': 'main/electron/electron-main.ts',
    'generation-worker': 'main/engine/generate/generation-worker.ts',
    'frame-worker': 'main/engine/generate/frame-worker.ts',
    'model-worker': 'main/models/model-worker.ts',
    'cameo-analysis-worker': 'main/cameo/analysis-worker.ts',
  },
  outdir: 'dist/main',
  outExtension: { '.js': '.js' },
});

await build({ ...common, format: 'cjs', entryPoints: { preload: 'preload/preload.ts' }, outdir: 'dist/preload', outExtension: { '.js': '.cjs' } });

await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
console.info('Built dist/main, dist/preload and dist/renderer.');

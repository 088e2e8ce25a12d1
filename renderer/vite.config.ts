// Vite build for the editor. The output is loaded by the browser host over HTTP and by Electron from
// file://, so every asset URL is relative (base './').
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// `vite --config renderer/vite.config.ts` can proxy the API to a running browser host for development:
// KINORA_HOST=http://127.0.0.1:4321 (open the page with the host's ?token=... query).
const host = process.env.KINORA_HOST;

export default defineConfig({
  root,
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comment annotations Rollup drops, harmlessly; keep the build log clean.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: host
    ? {
        proxy: {
          '/api': { target: host, ws: true },
          '/media': { target: host },
        },
      }
    : {},
});

// The native liquid solver (native/liquid/, C++ on every core) when it was built, else null and
// the JavaScript solver in pbf.ts does the work: said once in the log, and by nativeSolverStatus()
// (the bench prints it). The addon is found by walking up from this module to the folder that
// holds native/ (the source tree, dist/main/ when bundled, the packaged app's unpacked files).
// KINORA_LIQUID_SOLVER=js forces the fallback (to compare, or to rule the addon out).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface NativeLiquid {
  create(count: number, spacingM: number, viscosity: number, iterations: number, threads: number): NativeFluidHandle;
  step(handle: NativeFluidHandle, x: Float64Array, v: Float64Array, dt: number, gravity: number, solids: Float64Array): void;
  threads(handle: NativeFluidHandle): number;
}

// The solver's state, held by the addon (freed when the handle is collected).
export type NativeFluidHandle = { readonly __nativeFluid: unique symbol };

const ADDON = path.join('native', 'liquid', 'build', 'Release', 'liquid.node');
const MAX_LEVELS_UP = 6;

let loaded: { addon: NativeLiquid | null; status: string } | null = null;

function findAddon(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i <= MAX_LEVELS_UP; i++) {
    const file = path.join(dir, ADDON);
    const unpacked = file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    if (existsSync(unpacked)) return unpacked;
    if (existsSync(file)) return file;
    dir = path.dirname(dir);
  }
  return null;
}

function load(): { addon: NativeLiquid | null; status: string } {
  if (process.env.KINORA_LIQUID_SOLVER === 'js') return { addon: null, status: 'JavaScript (KINORA_LIQUID_SOLVER=js)' };
  const file = findAddon();
  if (!file) return { addon: null, status: 'JavaScript fallback: the native liquid solver was not built (npm install builds it; see native/README.md)' };
  try {
    return { addon: createRequire(import.meta.url)(file) as NativeLiquid, status: `native (${file})` };
  } catch (error) {
    return { addon: null, status: `JavaScript fallback: the native liquid solver did not load (${(error as Error).message})` };
  }
}

export function nativeLiquid(): NativeLiquid | null {
  if (!loaded) {
    loaded = load();
    if (!loaded.addon) console.warn(`[liquid] ${loaded.status}`);
  }
  return loaded.addon;
}

// Which solver a liquid steps with, in words.
export function nativeSolverStatus(): string {
  nativeLiquid();
  return loaded!.status;
}

// Rapier ships as WASM that must be initialised once per process (or worker); every simulation
// awaits the same promise so concurrent callers never initialise it twice.
import RAPIER from '@dimforge/rapier3d-compat';
import { setFlagsFromString } from 'node:v8';

export type Rapier = typeof RAPIER;

let ready: Promise<Rapier> | null = null;

// V8 first compiles WASM with its baseline compiler (Liftoff) and then recompiles hot functions with
// TurboFan in the background. For Rapier that second pass costs 1-5 s of CPU on a two-core machine
// during the first simulation, and buys nothing measurable afterwards (a 5 s scene takes ~40-80 ms
// either way). Keeping Liftoff code makes the first take ~5x faster. WASM arithmetic is exactly
// specified, so the tier does not change any simulated number. The flag must be set before the
// module is compiled, i.e. before RAPIER.init().
function preferBaselineWasm(): void {
  try {
    setFlagsFromString('--liftoff-only');
  } catch {
    // Not fatal: the simulation is just slower to warm up.
  }
}

export function loadRapier(): Promise<Rapier> {
  if (!ready) {
    preferBaselineWasm();
    ready = RAPIER.init().then(
      () => RAPIER,
      (error: unknown) => {
        // Let a later call retry instead of caching the failure forever.
        ready = null;
        throw error;
      },
    );
  }
  return ready;
}

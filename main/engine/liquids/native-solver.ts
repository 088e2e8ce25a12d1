// The native liquid solver (native/liquid/, C++ on every core) when it was built, else null and
// the JavaScript solver in pbf.ts does the work: said once in the log, and by nativeSolverStatus()
// (the bench prints it; native/load-addon.ts finds and loads it). KINORA_LIQUID_SOLVER=js forces the
// fallback (to compare, or to rule the addon out).
import { nativeAddon } from '../native/load-addon';

export interface NativeLiquid {
  // method: 1 for DFSPH (stepDfsph, with its kernel), 0 for PBF (step).
  create(count: number, spacingM: number, viscosity: number, iterations: number, threads: number, friction: number, method: number): NativeFluidHandle;
  step(handle: NativeFluidHandle, x: Float64Array, v: Float64Array, dt: number, gravity: number, solids: Float64Array): void;
  // dfsph.ts's step; warm is its state (kappas, last substep, iteration counts), updated in place;
  // reactions (REACTION_STRIDE per solid) what the liquid did to each box and sphere
  // (ParticleFluid.reactions).
  stepDfsph(handle: NativeFluidHandle, x: Float64Array, v: Float64Array, warm: Float64Array, dt: number, gravity: number, solids: Float64Array, reactions: Float64Array): void;
  threads(handle: NativeFluidHandle): number;
}

// The solver's state, held by the addon (freed when the handle is collected).
export type NativeFluidHandle = { readonly __nativeFluid: unique symbol };

const addon = nativeAddon<NativeLiquid>({ name: 'liquid', what: 'liquid solver', forceJs: 'KINORA_LIQUID_SOLVER', tag: 'liquid' });

export function nativeLiquid(): NativeLiquid | null {
  return addon.get();
}

// Which solver a liquid steps with, in words.
export function nativeSolverStatus(): string {
  return addon.status();
}

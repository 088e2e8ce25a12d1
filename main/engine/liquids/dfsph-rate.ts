// How many substeps a DFSPH step (dfsph.ts) is divided into: as many as its fastest particle needs
// (a CFL bound on its move against the spacing) and its fastest moving solid needs, none longer
// than the density solve's foresight holds for, and none while all the water sleeps and no solid
// moves (dfsph-sleep.ts). One rate for all the liquid: in the 20k pour the stream's fastest particle
// sets 10-13 substeps a step at 2.5-3.7 s, which particles grouped by their own need (dilated over
// two kernel radii) in classes of the step's substeps over 1, 2, 4 or 8 would have cut to 37-69% of
// the particle-substeps in those steps (scripts/liquid-rates.ts). The native twin is
// native/liquid/src/dfsph-rate.cc.
import { GRAVITY } from '../physics/constants';
import type { ParticleFluid } from './pbf';
import { solidSpeed } from './dfsph-solids';
import { allAsleep } from './dfsph-sleep';
import type { Swept } from './motion';

// A particle moves at most this share of the spacing in a substep.
export const CFL = 0.5;
// And a moving solid at most this share: where it comes into the liquid fast, each substep's
// density solve pushes what the solid's move will overlap out at once, and the shorter the move,
// the less of the layer at its edge that push throws up. A stone dropped 25 cm into a bowl
// (2.2 m/s), at 0.5: 5.7% of the water out over the rim (seed 1; seed 2 8.2%); at 0.25 4.4%
// (seeds 1-4: 4.4-4.7%); at 0.2 no less (4.4%). Only the steps a solid moves fast in take more.
export const SOLID_CFL = 0.25;
// And a substep is at most this x sqrt(spacing / g) long, however still the liquid: the density
// solve foresees the density a substep leads to from the velocities' first-order effect, which
// holds while the moves are small against the spacing. At rest the CFL bound alone gave a still
// 2.4k jug (6.5 mm) one substep of 1/120 s, over which a converged solve still let it jump
// (22 cm/s mean speed within 0.1 s, scripts/liquid-still.ts); the jitter then asked for 2-3
// substeps, and the count flipping between 1 and 3 kept it going (13 cm/s). At 0.2 (g dt^2 at
// most 4% of the spacing) that jug takes 2 substeps and the pour's 2.5 mm particles 3.
export const FALL_CFL = 0.2;
export const MAX_SUBSTEPS = 32;

// The substeps a particle moving at `speed` (m/s, before the step's fall) needs over dt.
export function particleSubsteps(speed: number, dt: number, spacingM: number): number {
  const fall = Math.ceil(dt / (FALL_CFL * Math.sqrt(spacingM / GRAVITY)));
  return Math.min(MAX_SUBSTEPS, Math.max(1, fall, Math.ceil(((speed + GRAVITY * dt) * dt) / (CFL * spacingM))));
}

// Substeps for dt: the fastest particle (after a step's fall) moves at most CFL x the spacing in
// one, and none is longer than FALL_CFL allows.
export function substepsFor(v: Float64Array, n: number, dt: number, spacingM: number): number {
  let fastest2 = 0;
  for (let i = 0; i < n; i++) fastest2 = Math.max(fastest2, v[3 * i]! * v[3 * i]! + v[3 * i + 1]! * v[3 * i + 1]! + v[3 * i + 2]! * v[3 * i + 2]!);
  return particleSubsteps(Math.sqrt(fastest2), dt, spacingM);
}

// The step's substeps: its fastest particle's, or its fastest moving solid's (`start`: the solids as
// the step found them, foundSolids), which moves at most SOLID_CFL x the spacing in one.
export function stepSubsteps(f: ParticleFluid, dt: number, warm: Float64Array, start: readonly (Swept | null)[]): number {
  const solid = solidSpeed(start);
  if (solid === 0 && allAsleep(warm, f.n)) return 0;
  return Math.min(MAX_SUBSTEPS, Math.max(substepsFor(f.v, f.n, dt, f.params.spacingM), Math.ceil((solid * dt) / (SOLID_CFL * f.params.spacingM))));
}

// Which pressure solve a liquid steps with: 'pbf', position-based fluids (pbf.ts), or 'dfsph',
// divergence-free SPH (dfsph.ts: velocity-level, each solve warm-started from the last step's).
// KINORA_LIQUID_METHOD picks one for every liquid (the benches and scripts/liquid-volume.ts compare
// them); otherwise DEFAULT_METHOD.
export type LiquidMethod = 'pbf' | 'dfsph';

export const DEFAULT_METHOD: LiquidMethod = 'pbf';

export function liquidMethod(asked?: LiquidMethod): LiquidMethod {
  if (asked) return asked;
  const env = process.env.KINORA_LIQUID_METHOD;
  return env === 'pbf' || env === 'dfsph' ? env : DEFAULT_METHOD;
}

// DFSPH steps once every this many physics steps (at 240 Hz physics: 120 Hz), its solids swept
// over the interval (scene-solids.ts). The default pour (2.6k particles), measured with
// scripts/liquid-volume.ts and the pour test's checks: at 240, 120 and 60 Hz no particle leaves the
// table and the worst volume drift is 0.5-0.6%; at 60 Hz the CFL substeps take back most of the
// saving. KINORA_DFSPH_EVERY sets it for the benches.
export function dfsphEvery(): number {
  const env = Number(process.env.KINORA_DFSPH_EVERY);
  return Number.isInteger(env) && env >= 1 && env <= 8 ? env : 2;
}

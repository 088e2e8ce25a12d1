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

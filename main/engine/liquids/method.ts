// Which pressure solve a liquid steps with: 'pbf', position-based fluids (pbf.ts), 'dfsph',
// divergence-free SPH (dfsph.ts: velocity-level, each solve warm-started from the last step's), or
// 'flip', particles with their pressure solved on a grid (flip/flip.ts: one-way against the solids).
// It is data: a plan names it (ScenePlan.liquidMethod, DEFAULT_METHOD when absent) and a take's
// saved liquid keeps it (liquid-state.ts), so a continued take steps on with the solver it began
// with. KINORA_LIQUID_METHOD overrides it for a developer, read at the edges (the app, the scripts,
// the tests) through methodOverride, never inside the engine.
import type { LiquidMethod } from '../../contract/scene-plan';

export type { LiquidMethod };

export const DEFAULT_METHOD: LiquidMethod = 'dfsph';
// A pour's or a tap's liquid steps with FLIP unless its scene asks otherwise (a bottle's pour:
// PBF). Measured on the default prompts (seed 1): the pour keeps its volume within 0.42% over the
// clip and its glass's level is 3.6% over the volume poured (DFSPH 0.57%, 2.2% under; checks 1%
// and 5%), the pour until full leaves 99.1% of its water in the glass, its surface at 0.91 of the
// glass (DFSPH 0.88), and the 20k pour simulates in a fraction of DFSPH's time (bench-liquid.ts).
export const FLOW_METHOD: LiquidMethod = 'flip';

// The developer's override in an environment, if it names a method.
export function methodOverride(env: Readonly<Record<string, string | undefined>>): LiquidMethod | undefined {
  const asked = env.KINORA_LIQUID_METHOD;
  return asked === 'pbf' || asked === 'dfsph' || asked === 'flip' ? asked : undefined;
}

// DFSPH steps once every this many physics steps (at 240 Hz physics: 120 Hz), its solids swept
// over the interval (scene-solids.ts). The default pour (2.6k particles), measured with
// scripts/liquid-volume.ts and the pour test's checks: at 240, 120 and 60 Hz no particle leaves the
// table and the worst volume drift is 0.5-0.6%; at 60 Hz the CFL substeps take back most of the
// saving.
export const DFSPH_EVERY = 2;
// FLIP steps once every this many physics steps too (the containers placed where they are after
// the interval), dividing the step itself as its fastest particle needs (flip.ts's CFL).
export const FLIP_EVERY = 2;

// The plan's solve (`asked`), else the scene's (`usual`), else FLOW_METHOD for a pour or a tap
// and DEFAULT_METHOD for any other. FLIP is for pours and taps (`flows`: its grid spans the stream
// and the vessels): a liquid spread over a floor would need millions of cells, so any other liquid
// steps with the scene's usual solve. A plan saved before FLIP was the flows' default names no
// solve and steps with FLIP; a take saved then resumes with the solve it began with (its book's).
export function methodFor(asked: LiquidMethod | undefined, usual: LiquidMethod | undefined, flows: boolean): LiquidMethod {
  const wanted = asked ?? usual ?? (flows ? FLOW_METHOD : DEFAULT_METHOD);
  if (wanted !== 'flip' || flows) return wanted;
  return usual !== undefined && usual !== 'flip' ? usual : DEFAULT_METHOD;
}

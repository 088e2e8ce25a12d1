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
// A big pour's or tap's liquid steps with FLIP unless its scene asks otherwise (a bottle's pour:
// PBF). Both pass the pour's checks (seed 1: FLIP keeps the volume within 0.42% and the glass's
// level 3.6% over the volume poured; DFSPH 0.57%, 2.2% under; checks 1% and 5%), so the choice is
// speed. FLIP's grid costs the same however few particles fill it, so small liquids keep DFSPH.
// Measured (bench-liquid.ts, both native, load 8-11 on two cores) once FLIP's neighbour lists and
// relaxation went native (flip-neighbours.cc, flip-relax.cc): 1,074 particles simulate in 4.3 s CPU
// on both (FLIP 5.2 s wall, DFSPH 6.7 s); the default pour's 2,598 in 9.9 s CPU (15.7 s wall) on
// FLIP and 12.1 s (18.2 s) on DFSPH; 4,844 in 17.6 s CPU (27.7 s wall) on FLIP and 25.7 s (55.0 s)
// on DFSPH; the 20k pour's 16.8k in 111 s on FLIP and 248.6 s on DFSPH. Even near 1,100: so FLIP
// from 2,000 on (the default pour included), a margin above the crossover. (For a while the 20k
// pour on native FLIP stopped with a grid error: a pocket of liquid cells shut in by the jug's wall
// made the pressure system singular, pressure.ts's pinPockets; and a particle the flow loses is now
// parked and counted, flip/runaway.ts.) Since then the 20k pour simulates in 57-66 s CPU on native
// FLIP (bench-liquid.ts, load ~15 on two cores, none lost), drawn in 12.5 s CPU.
export const FLOW_METHOD: LiquidMethod = 'flip';
export const FLIP_FROM_PARTICLES = 2000;

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

// The plan's solve (`asked`), else the scene's (`usual`), else FLOW_METHOD for a pour or a tap of
// FLIP_FROM_PARTICLES or more (`particles`) and DEFAULT_METHOD for any other. FLIP is for pours and
// taps (`flows`: its grid spans the stream and the vessels): a liquid spread over a floor would need
// millions of cells, so any other liquid steps with the scene's usual solve. A take resumes with the
// solve it began with (its book's).
export function methodFor(asked: LiquidMethod | undefined, usual: LiquidMethod | undefined, flows: boolean, particles: number): LiquidMethod {
  const wanted = asked ?? usual ?? (flows && particles >= FLIP_FROM_PARTICLES ? FLOW_METHOD : DEFAULT_METHOD);
  if (wanted !== 'flip' || flows) return wanted;
  return usual !== undefined && usual !== 'flip' ? usual : DEFAULT_METHOD;
}

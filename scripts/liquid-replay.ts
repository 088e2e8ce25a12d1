// The 20k pour's solver on a saved state (issue 11): iterations and CPU measured before and after a
// change on the same liquid, in seconds instead of the whole pour's minutes. `save` simulates the
// default pour prompt (5 s, DFSPH) and writes the liquid as its step found it at the chosen steps
// (particles, velocities, DFSPH's warm array, the solids with their motions), with the substeps,
// the pressure iterations and the solver's CPU so far, and the whole pour's at its end (a step past
// the last, e.g. 9999, saves nothing and measures the whole pour); `replay` steps one such state on
// the native solver and prints the substeps, the iterations a substep, the CPU a step and a
// substep, and a checksum of the end state (two builds that should compute the same numbers print
// the same checksum: for work done faster, not differently). The solids are held as saved: each
// step the jug starts again from the same pose with the same motion, which the pour never does, so
// a change to the iterations is to be confirmed on the whole pour (one that saved 30% of the
// density iterations replayed from step 300 saved none over the pour).
// Usage: node --import tsx scripts/liquid-replay.ts save [steps, e.g. 100,300,450] [particles]
//        node --import tsx scripts/liquid-replay.ts replay [file] [steps]
//   KINORA_REPLAY_DIR (default: the system's temporary folder): where `save` writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WARM_DENSITY_ITERATIONS, WARM_DIVERGENCE_ITERATIONS, WARM_SUBSTEPS } from '../main/engine/liquids/dfsph';
import { nativeLiquid } from '../main/engine/liquids/native-solver';
import { ParticleFluid } from '../main/engine/liquids/pbf';
import { REACTION_STRIDE } from '../main/engine/liquids/dfsph-solids';
import { GRAVITY } from '../main/engine/physics/constants';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';

interface Saved {
  n: number;
  spacingM: number;
  viscosity: number;
  friction: number;
  dt: number;
  x: number[];
  v: number[];
  warm: number[];
  solids: number[];
}

const POUR_SEC = 5;
const cpuSec = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

async function save(steps: number[], particles: number): Promise<void> {
  const dir = process.env.KINORA_REPLAY_DIR ?? os.tmpdir();
  const plan = parsePrompt('water is poured from a jug into a glass', { durationSec: POUR_SEC });
  plan.liquidMethod = 'dfsph';
  const action = plan.actions[0];
  if (action?.kind === 'pour') action.from.particles = particles;
  const last = Math.max(...steps);
  const work = [0, 0, 0];
  let step = 0, solverSec = 0;
  const original = ParticleFluid.prototype.step;
  ParticleFluid.prototype.step = function (this: ParticleFluid, dt: number): void {
    if (steps.includes(step)) {
      const solids: number[] = [this.colliders.length];
      for (const c of this.colliders) c.encode(solids);
      const saved: Saved = { n: this.n, spacingM: this.params.spacingM, viscosity: this.params.viscosity, friction: this.friction, dt, x: Array.from(this.x), v: Array.from(this.v), warm: Array.from(this.warm), solids };
      const file = path.join(dir, `kinora-pour-${particles}-${step}.json`);
      fs.writeFileSync(file, JSON.stringify(saved));
      console.info(`step ${step}: saved ${file}; so far ${work[0]} substeps, ${work[1]} density and ${work[2]} divergence iterations, solver CPU ${solverSec.toFixed(1)} s`);
      if (step === last) process.exit(0);
    }
    step++;
    const since = process.cpuUsage();
    original.call(this, dt);
    solverSec += cpuSec(since);
    const tail = 2 * this.n;
    [WARM_SUBSTEPS, WARM_DENSITY_ITERATIONS, WARM_DIVERGENCE_ITERATIONS].forEach((k, a) => (work[a]! += this.warm[tail + k]!));
  };
  await simulate(plan, 1);
  console.info(`the whole pour (${step} steps): ${work[0]} substeps, ${work[1]} density and ${work[2]} divergence iterations, solver CPU ${solverSec.toFixed(1)} s (load ${os.loadavg()[0]!.toFixed(1)})`);
}

function replay(file: string, steps: number): void {
  const addon = nativeLiquid();
  if (!addon) throw new Error('The native liquid solver is not built (node scripts/build-native.mjs).');
  const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Saved;
  // (1: PBF's iterations, which DFSPH does not read; 0 threads: every core.)
  const handle = addon.create(s.n, s.spacingM, s.viscosity, 1, 0, s.friction, 1);
  const x = Float64Array.from(s.x), v = Float64Array.from(s.v), warm = Float64Array.from(s.warm);
  const solids = Float64Array.from(s.solids), reactions = new Float64Array(REACTION_STRIDE * s.solids[0]!);
  const tail = 2 * s.n, work = [0, 0, 0];
  const since = process.cpuUsage();
  for (let k = 0; k < steps; k++) {
    addon.stepDfsph(handle, x, v, warm, s.dt, GRAVITY, solids, reactions);
    [WARM_SUBSTEPS, WARM_DENSITY_ITERATIONS, WARM_DIVERGENCE_ITERATIONS].forEach((w, a) => (work[a]! += warm[tail + w]!));
  }
  const cpu = cpuSec(since);
  let sum = 0;
  for (let a = 0; a < x.length; a++) sum += x[a]! * (1 + (a % 7)) + v[a]! * (1 + (a % 5));
  const [substeps, density, divergence] = work as [number, number, number];
  console.info(
    `${path.basename(file)} (${s.n} particles), ${steps} steps on ${addon.threads(handle)} threads (load ${os.loadavg()[0]!.toFixed(1)}): ${substeps} substeps, ` +
      `${(density / substeps).toFixed(2)} density and ${(divergence / substeps).toFixed(2)} divergence iterations a substep; ` +
      `CPU ${((1000 * cpu) / steps).toFixed(1)} ms a step, ${((1000 * cpu) / substeps).toFixed(1)} ms a substep; checksum ${sum.toPrecision(17)}`,
  );
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'save') await save((a ?? '100,300,450').split(',').map(Number), Number(b ?? 20000));
else if (mode === 'replay' && a) replay(a, Number(b ?? 6));
else console.info('Usage: liquid-replay.ts save [steps] [particles] | replay <file> [steps]');

// What multi-rate stepping would save in a pour (issue 11): DFSPH steps all the liquid at the
// substeps its fastest particle needs (dfsph-rate.ts), while in a pour only the stream is fast. The
// default pour prompt (5 s, DFSPH, N particles) is simulated as the app does; before each liquid step
// every particle's own need (particleSubsteps, by its speed) is raised to the most any particle within
// two kernel radii needs (a particle must step as finely as a fast neighbour, the stream, coming
// near), and put in the coarsest rate class that still meets it: the step's substeps over 1, 2, 4 or
// 8. Per half second it prints the substeps, the pressure iterations and the solver's CPU, the
// share of particle-substeps the classes would take (and an ideal, each particle at its own need),
// and the particles in each class; then the whole pour's share and a least-squares fit of the
// step's CPU to its substeps and iterations (which part of the work the classes could cut).
// Usage: node --import tsx scripts/liquid-rates.ts [particles (default 20000)]
import os from 'node:os';
import { WARM_DENSITY_ITERATIONS, WARM_DIVERGENCE_ITERATIONS, WARM_SUBSTEPS } from '../main/engine/liquids/dfsph';
import { particleSubsteps } from '../main/engine/liquids/dfsph-rate';
import { ParticleFluid } from '../main/engine/liquids/pbf';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';

const POUR_SEC = 5;
const CLASSES = 4;
// Within this many kernel radii of a particle, a neighbour's need is the particle's own.
const REACH = 2;
const HALF = 0.5;

interface Row {
  t: number;
  substeps: number;
  density: number;
  divergence: number;
  cpuMs: number;
  classed: number;
  ideal: number;
  counts: number[];
}

// Each particle's need raised to the most needed within `reach` of it (cells of that width).
function spread(x: Float64Array, n: number, need: Int32Array, reach: number): Int32Array {
  const out = Int32Array.from(need);
  const cells = new Map<number, number[]>();
  const key = (cx: number, cy: number, cz: number): number => (cx + 1024) * 4194304 + (cy + 1024) * 2048 + (cz + 1024);
  const cellOf = (i: number, a: number): number => Math.floor(x[3 * i + a]! / reach);
  for (let i = 0; i < n; i++) {
    const k = key(cellOf(i, 0), cellOf(i, 1), cellOf(i, 2));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  }
  for (let i = 0; i < n; i++) {
    const cx = cellOf(i, 0), cy = cellOf(i, 1), cz = cellOf(i, 2);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) for (let dz = -1; dz <= 1; dz++) {
      for (const j of cells.get(key(cx + dx, cy + dy, cz + dz)) ?? []) {
        if (need[j]! <= out[i]!) continue;
        const ex = x[3 * i]! - x[3 * j]!, ey = x[3 * i + 1]! - x[3 * j + 1]!, ez = x[3 * i + 2]! - x[3 * j + 2]!;
        if (ex * ex + ey * ey + ez * ez < reach * reach) out[i] = need[j]!;
      }
    }
  }
  return out;
}

const particles = Number(process.argv[2] ?? 20000);
const plan = parsePrompt('water is poured from a jug into a glass', { durationSec: POUR_SEC });
plan.liquidMethod = 'dfsph';
const action = plan.actions[0];
if (action?.kind === 'pour') action.from.particles = particles;
const rows: Row[] = [];
// simulate owns the liquid, so its steps are watched from the class.
const step = ParticleFluid.prototype.step;
let t = 0;
ParticleFluid.prototype.step = function (this: ParticleFluid, dt: number): void {
  const need = new Int32Array(this.n);
  for (let i = 0; i < this.n; i++) need[i] = particleSubsteps(Math.hypot(this.v[3 * i]!, this.v[3 * i + 1]!, this.v[3 * i + 2]!), dt, this.params.spacingM);
  const near = spread(this.x, this.n, need, REACH * this.h);
  const cpu0 = process.cpuUsage();
  step.call(this, dt);
  const cpu = process.cpuUsage(cpu0);
  t += dt;
  const tail = 2 * this.n, substeps = this.warm[tail + WARM_SUBSTEPS]!;
  const counts = new Array<number>(CLASSES).fill(0);
  let classed = 0, ideal = 0;
  for (let i = 0; i < this.n; i++) {
    let c = 0;
    while (c + 1 < CLASSES && Math.ceil(substeps / 2 ** (c + 1)) >= near[i]!) c++;
    counts[c]!++;
    classed += Math.ceil(substeps / 2 ** c);
    ideal += Math.min(substeps, near[i]!);
  }
  rows.push({ t, substeps, density: this.warm[tail + WARM_DENSITY_ITERATIONS]!, divergence: this.warm[tail + WARM_DIVERGENCE_ITERATIONS]!, cpuMs: (cpu.user + cpu.system) / 1000, classed: classed / this.n, ideal: ideal / this.n, counts });
};

console.info(`rate classes of a ${POUR_SEC} s pour of ~${particles} particles; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
await simulate(plan, 1);
const sum = (list: Row[], f: (r: Row) => number): number => list.reduce((s, r) => s + f(r), 0);
for (let from = 0; from < POUR_SEC; from += HALF) {
  const part = rows.filter((r) => r.t > from + 1e-9 && r.t <= from + HALF + 1e-9);
  const substeps = sum(part, (r) => r.substeps);
  if (substeps === 0) continue;
  const counts = [...Array(CLASSES).keys()].map((c) => Math.round(sum(part, (r) => r.counts[c]!) / part.length));
  console.info(
    `  ${from.toFixed(1)}-${(from + HALF).toFixed(1)} s: ${substeps} substeps, ${sum(part, (r) => r.density)} density and ${sum(part, (r) => r.divergence)} divergence iterations, ` +
      `solver CPU ${(sum(part, (r) => r.cpuMs) / 1000).toFixed(1)} s; classes take ${(100 * sum(part, (r) => r.classed) / substeps).toFixed(0)}% of the particle-substeps ` +
      `(ideal ${(100 * sum(part, (r) => r.ideal) / substeps).toFixed(0)}%), particles by class (1, 1/2, 1/4, 1/8 of the substeps): ${counts.join(', ')}`,
  );
}
const substeps = sum(rows, (r) => r.substeps);
console.info(`whole pour: ${substeps} substeps, solver CPU ${(sum(rows, (r) => r.cpuMs) / 1000).toFixed(1)} s; classes take ${(100 * sum(rows, (r) => r.classed) / substeps).toFixed(1)}% of the particle-substeps (ideal ${(100 * sum(rows, (r) => r.ideal) / substeps).toFixed(1)}%)`);
console.info(`fit of a step's CPU: ${fit(rows)}; load after ${os.loadavg()[0]!.toFixed(1)}`);

// Least squares of each step's CPU (ms) on its substeps, density and divergence iterations and 1.
function fit(list: Row[]): string {
  const cols = (r: Row): number[] => [r.substeps, r.density, r.divergence, 1];
  const m = 4, a = Array.from({ length: m }, () => new Array<number>(m + 1).fill(0));
  for (const r of list) {
    const c = cols(r);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) a[i]![j]! += c[i]! * c[j]!;
      a[i]![m]! += c[i]! * r.cpuMs;
    }
  }
  for (let i = 0; i < m; i++) for (let k = i + 1; k < m; k++) {
    const f = a[k]![i]! / a[i]![i]!;
    for (let j = i; j <= m; j++) a[k]![j]! -= f * a[i]![j]!;
  }
  const b = new Array<number>(m).fill(0);
  for (let i = m - 1; i >= 0; i--) b[i] = (a[i]![m]! - a[i]!.slice(i + 1, m).reduce((s, v, j) => s + v * b[i + 1 + j]!, 0)) / a[i]![i]!;
  return `${b[0]!.toFixed(1)} ms a substep, ${b[1]!.toFixed(2)} a density and ${b[2]!.toFixed(2)} a divergence iteration, ${b[3]!.toFixed(1)} a step`;
}

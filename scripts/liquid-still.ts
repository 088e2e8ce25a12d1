// How still a still liquid stays: a jug 60% full stands on the floor for a second, stepped as a
// scene steps it (liquidRate: DFSPH at 120 Hz with its CFL substeps, PBF at its own rate), and the
// particles' mean and fastest speed are printed every tenth of a second, with the volume they fill
// (volume.ts), then the mean speed over the last half second, the fastest seen, DFSPH's substeps
// and iterations per step, and the CPU time. Water at rest should not move: the issue's jug before
// a pour jitters (DFSPH at a few cm/s, a settling slosh of up to a metre a second in its first
// tenth of a second, since it starts with no pressure), and DFSPH's CFL substeps follow its
// fastest particle, so the jitter also costs time.
// Usage: node --import tsx scripts/liquid-still.ts [particles] [seconds]
//   KINORA_BENCH_METHODS (default "pbf,dfsph"): the solves to measure.
import { ContainerCollider, ContainerShape } from '../main/engine/liquids/container';
import { fillParticles } from '../main/engine/liquids/fill';
import type { LiquidMethod } from '../main/engine/liquids/method';
import { nativeSolverStatus } from '../main/engine/liquids/native-solver';
import { ParticleFluid } from '../main/engine/liquids/pbf';
import { liquidRate } from '../main/engine/liquids/scene-liquid';
import { FloorCollider } from '../main/engine/liquids/solids';
import { liquidVolume } from '../main/engine/liquids/volume';
import { objectModule } from '../main/engine/objects';
import { MIN_PHYSICS_HZ } from '../main/engine/physics/constants';
import { WARM_DENSITY_ITERATIONS, WARM_DIVERGENCE_ITERATIONS, WARM_SUBSTEPS } from '../main/engine/liquids/dfsph';
import { asleepCount } from '../main/engine/liquids/dfsph-sleep';

const particles = Number(process.argv[2] ?? 3000);
const seconds = Number(process.argv[3] ?? 1);
const METHODS = (process.env.KINORA_BENCH_METHODS ?? 'pbf,dfsph').split(',').filter((m): m is LiquidMethod => m === 'pbf' || m === 'dfsph');
const cm = (mps: number): string => (100 * mps).toFixed(2);

function stillJug(method: LiquidMethod): void {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  jug.moveTo({ position: { x: 0, y: jug.shape.heightM / 2, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
  const level = 0.6 * jug.shape.heightM;
  const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  const rate = liquidRate(spacingM, 1 / MIN_PHYSICS_HZ, method);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method, iterations: rate.iterations });
  fluid.colliders.push(jug, new FloorCollider(0));
  const steps = Math.round(seconds * rate.hz), tail = 2 * fluid.n;
  const work = [0, 0, 0];
  let fastest = 0, lateMean = 0, late = 0;
  const cpu0 = process.cpuUsage();
  for (let s = 1; s <= steps; s++) {
    fluid.step(1 / rate.hz);
    if (method === 'dfsph') [WARM_SUBSTEPS, WARM_DENSITY_ITERATIONS, WARM_DIVERGENCE_ITERATIONS].forEach((k, a) => (work[a]! += fluid.warm[tail + k]!));
    let sum = 0, max = 0;
    for (let i = 0; i < fluid.n; i++) {
      const speed = Math.hypot(fluid.v[3 * i]!, fluid.v[3 * i + 1]!, fluid.v[3 * i + 2]!);
      sum += speed;
      max = Math.max(max, speed);
    }
    fastest = Math.max(fastest, max);
    if (s > steps / 2) {
      lateMean += sum / fluid.n;
      late++;
    }
    if (s % Math.max(1, Math.round(rate.hz / 10)) === 0) console.info(`  ${method} t = ${(s / rate.hz).toFixed(2)} s: mean ${cm(sum / fluid.n)} cm/s, fastest ${cm(max)} cm/s, ${(100 * liquidVolume(fluid).ratio).toFixed(2)}% of rest volume${method === 'dfsph' ? `, ${asleepCount(fluid.warm, fluid.n)} asleep` : ''}`);
  }
  const cpu = process.cpuUsage(cpu0);
  const per = method === 'dfsph' ? `; per step ${(work[0]! / steps).toFixed(2)} substeps, ${(work[1]! / steps).toFixed(1)} density and ${(work[2]! / steps).toFixed(1)} divergence iterations` : '';
  console.info(
    `still jug, ${method} (${fluid.n} particles ${(1000 * spacingM).toFixed(2)} mm apart, ${rate.hz} Hz, ${seconds} s): mean speed over the last half ${cm(lateMean / late)} cm/s, ` +
      `fastest ${cm(fastest)} cm/s${per}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${fluid.solver})`,
  );
}

console.info(`liquid solver: ${nativeSolverStatus()}`);
for (const method of METHODS) stillJug(method);

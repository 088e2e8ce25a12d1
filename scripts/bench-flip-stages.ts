// The FLIP liquid's hot stages timed alone, JavaScript against native (flip/native-flip.ts) on one
// thread and on every core: the pressure solve (PCG on the liquid cells), P2G, the extrapolation
// past the liquid (from the reached faces, then from the liquid's), G2P and the advection's move
// through the flow (its collisions aside), on a real
// system (a jug of water tipped out, stepped by FLIP until it pours); then the native neighbour
// lists and relaxation, the colliders' walls, the collisions and separate (native and JavaScript)
// and a whole step. Wall and CPU time per call
// (the machine is shared: the CPU time says what the work costs, the wall time what a threaded
// call waits for its helpers).
// Usage: node --import tsx scripts/bench-flip-stages.ts [particles=17000] [repeats=40]
import os from 'node:os';
import { ContainerCollider, ContainerShape } from '../main/engine/liquids/container';
import { fillParticles } from '../main/engine/liquids/fill';
import { gatherWalls } from '../main/engine/liquids/fluid-solids';
import { settle } from '../main/engine/liquids/flip/advect';
import { GridBoundary } from '../main/engine/liquids/flip/boundary';
import { separate as separateJs } from '../main/engine/liquids/flip/correct';
import type { FlipGrid } from '../main/engine/liquids/flip/grid';
import { FlipNative } from '../main/engine/liquids/flip/native-flip';
import { PoissonSystem } from '../main/engine/liquids/flip/pressure';
import { extrapolate, gridToParticles, particlesToGrid, velocityAt } from '../main/engine/liquids/flip/transfer';
import { ParticleFluid } from '../main/engine/liquids/pbf';
import { FloorCollider } from '../main/engine/liquids/solids';
import { objectModule } from '../main/engine/objects';

const particles = Number(process.argv[2] ?? 17000);
const repeats = Number(process.argv[3] ?? 40);

function pouringJug(): ParticleFluid {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  const y = jug.shape.heightM / 2 + 0.05;
  const level = jug.shape.heightM * 0.7;
  const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  jug.moveTo({ position: { x: 0, y, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
  const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method: 'flip' });
  fluid.colliders.push(jug, new FloorCollider(0));
  for (let s = 0; s < 60; s++) {
    const a = Math.min(1.8, (3 * s) / 120);
    jug.moveTo({ position: { x: 0, y, z: 0 }, rotation: { x: 0, y: 0, z: Math.sin(a / 2), w: Math.cos(a / 2) } });
    fluid.step(1 / 120);
  }
  return fluid;
}

// advect.ts's move through the flow without its collisions (which stay JavaScript either way).
function jsMove(g: FlipGrid, x: Float64Array, p: Float64Array, n: number, h: number): void {
  const mid = [0, 0, 0], end = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    velocityAt(g, x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!, mid);
    velocityAt(g, x[3 * i]! + 0.5 * h * mid[0]!, x[3 * i + 1]! + 0.5 * h * mid[1]!, x[3 * i + 2]! + 0.5 * h * mid[2]!, end);
    for (let a = 0; a < 3; a++) p[3 * i + a] = x[3 * i + a]! + h * end[a]!;
  }
}

function time(work: () => void): string {
  work();
  const cpu0 = process.cpuUsage(), t0 = performance.now();
  for (let r = 0; r < repeats; r++) work();
  const cpu = process.cpuUsage(cpu0);
  return `${((performance.now() - t0) / repeats).toFixed(2)} ms (CPU ${((cpu.user + cpu.system) / 1000 / repeats).toFixed(2)} ms)`;
}

const fluid = pouringJug();
const g = fluid.flip!.grid, { x, v, n } = fluid;
const rows = (() => { const s = new PoissonSystem(g); s.build(new GridBoundary(g, fluid.colliders)); return s.rows; })();
console.info(`FLIP stages: ${n} particles, grid ${g.nx}x${g.ny}x${g.nz}, ${rows} liquid cells; ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
for (const [label, native] of [['JavaScript', null], ['native, 1 thread', FlipNative.create(1)], ['native, 2 threads', FlipNative.create(2)]] as const) {
  if (label !== 'JavaScript' && !native) { console.info(`${label}: the addon is not built`); continue; }
  const sys = new PoissonSystem(g, native);
  sys.build(new GridBoundary(g, fluid.colliders));
  particlesToGrid(g, x, v, n);
  for (let q = 0; q < g.faces[1]!.sx * g.faces[1]!.sy * g.faces[1]!.sz; q++) g.v[q]! -= 9.8 / 120;
  const rhs = new Float64Array(sys.rows), phi = new Float64Array(sys.rows);
  sys.divergence(rhs);
  for (let r = 0; r < sys.rows; r++) rhs[r] = -rhs[r]!;
  let iterations = 0;
  const solve = time(() => { iterations = sys.solve(rhs, phi); });
  const p2g = time(() => particlesToGrid(g, x, v, n, native));
  const outward = time(() => { extrapolate(g, 2, 'reached', native); extrapolate(g, 2, 'liquid', native); });
  for (const f of g.faces) f.old.set(f.vel.subarray(0, f.sx * f.sy * f.sz));
  const vv = Float64Array.from(v);
  const g2p = time(() => gridToParticles(g, x, vv, n, 0.95, native));
  const moved = new Float64Array(3 * n);
  const move = time(() => (native ? native.advect(g, x, moved, n, 1 / 240) : jsMove(g, x, moved, n, 1 / 240)));
  console.info(`${label}: PCG solve ${solve} in ${iterations} iterations; P2G ${p2g}; extrapolation (both) ${outward}; G2P ${g2p}; advection ${move}`);
  if (!native) continue;
  // The step's SPH half: the neighbour lists (once a step), relax.ts's iteration (twice).
  fluid.p.set(x);
  const lists = time(() => native.listNeighbours(fluid.p, n, fluid.h, fluid.grid.list, fluid.grid.count));
  const lambda = new Float64Array(n);
  const relaxed = time(() => { fluid.p.set(x); native.relax(fluid, 0.1, lambda); });
  console.info(`${label}: neighbour lists ${lists}; a relaxation iteration ${relaxed}`);
  // The walls, the collisions (settle, a step's worth of velocity on) and separate's pushes, each
  // against its JavaScript (flip-solids.cc, flip-separate.cc).
  fluid.p.set(x);
  const walls = time(() => native.walls(fluid));
  const xs = Float64Array.from(x), vs = Float64Array.from(v);
  const moveOn = (): void => { x.set(xs); v.set(vs); for (let a = 0; a < 3 * n; a++) fluid.p[a] = xs[a]! + vs[a]! / 120; };
  const settled = time(() => { moveOn(); native.settle(fluid); });
  const pushed = time(() => { fluid.p.set(xs); native.separate(g, fluid, fluid.params.spacingM, [Math.ceil((g.nx * g.dx) / fluid.params.spacingM), Math.ceil((g.ny * g.dx) / fluid.params.spacingM), Math.ceil((g.nz * g.dx) / fluid.params.spacingM)]); });
  x.set(xs); v.set(vs);
  console.info(`${label}: walls ${walls}; collisions (settle) ${settled}; separate's pushes ${pushed}`);
}
// What no native twin does (the colliders' walls, in JavaScript, three times a step before relax.ts
// gathered them once), and a whole step (the figures above are its parts).
fluid.p.set(x);
const xs = Float64Array.from(x), vs = Float64Array.from(v);
// The same fluid seen without its FLIP solver's native half, so settle and separate take the JavaScript.
const jsView = Object.create(fluid, { flip: { value: null } }) as typeof fluid;
const collided = time(() => { x.set(xs); v.set(vs); for (let a = 0; a < 3 * n; a++) fluid.p[a] = xs[a]! + vs[a]! / 120; settle(jsView); });
const binned = time(() => { fluid.p.set(xs); separateJs(jsView, g); });
x.set(xs); v.set(vs);
fluid.p.set(x);
console.info(`JavaScript: walls ${time(() => gatherWalls(fluid))}; collisions (settle) ${collided}; separate (its pushes and settle) ${binned}`);
console.info(`SPH densities (lists, walls, sums): ${time(() => fluid.densityRatios())}`);
console.info(`a whole FLIP step (native stages, every core): ${time(() => fluid.step(1 / 120))}`);

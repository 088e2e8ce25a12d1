// The FLIP liquid's native stages (native/liquid/src/flip-*.cc, flip/native-flip.ts) against their
// JavaScript reference: the transfers, the extrapolation, the move through the grid's flow, the
// neighbour lists and the relaxation give
// the same numbers to the bit; the pressure solve, on the same system and right-hand side, the same
// pressures within a tight tolerance (its dot products are summed in another order) in as many
// iterations; a jug tipped out for two thirds of a second leaves its particles where the
// JavaScript leaves them, within a micrometre; and the split between threads never changes a number.
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { fillParticles } from '../../main/engine/liquids/fill';
import { advect, settle } from '../../main/engine/liquids/flip/advect';
import { GridBoundary } from '../../main/engine/liquids/flip/boundary';
import { FlipNative } from '../../main/engine/liquids/flip/native-flip';
import { PoissonSystem } from '../../main/engine/liquids/flip/pressure';
import { relax } from '../../main/engine/liquids/flip/relax';
import { separate } from '../../main/engine/liquids/flip/correct';
import { extrapolate, gridToParticles, particlesToGrid } from '../../main/engine/liquids/flip/transfer';
import { MAX_NEIGHBOURS, NeighbourGrid } from '../../main/engine/liquids/neighbours';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { FloorCollider } from '../../main/engine/liquids/solids';
import { gatherWalls } from '../../main/engine/liquids/fluid-solids';
import { objectModule } from '../../main/engine/objects';

// A jug of water tipped over at 3 rad/s (it pours out onto the floor), stepped by FLIP.
function tippingJug(solver: 'native' | 'js', particles: number, steps: number, threads = 0): ParticleFluid {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  const y = jug.shape.heightM / 2 + 0.05;
  jug.moveTo({ position: { x: 0, y, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
  const level = jug.shape.heightM * 0.7;
  const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method: 'flip', solver, threads });
  fluid.colliders.push(jug, new FloorCollider(0));
  for (let s = 0; s < steps; s++) {
    const a = Math.min(1.8, (3 * s) / 120);
    jug.moveTo({ position: { x: 0, y, z: 0 }, rotation: { x: 0, y: 0, z: Math.sin(a / 2), w: Math.cos(a / 2) } });
    fluid.step(1 / 120);
  }
  return fluid;
}

const native = FlipNative.create();
const maxDiff = (a: Float64Array, b: Float64Array): number => a.reduce((m, q, i) => Math.max(m, Math.abs(q - b[i]!)), 0);
const maxAbs = (a: Float64Array): number => a.reduce((m, q) => Math.max(m, Math.abs(q)), 0);

describe('FLIP native stages', () => {
  it('are built (npm ci builds them; npm run build:native after editing native/liquid/)', () => {
    expect(native).not.toBeNull();
  });

  it('spread the velocities onto the grid and back to the same numbers as the JavaScript', () => {
    const fluid = tippingJug('js', 1500, 30);
    const g = fluid.flip!.grid;
    const { x, v, n } = fluid;
    const lattices = (): Float64Array[] => g.faces.flatMap((f) => [f.vel.slice(0, f.sx * f.sy * f.sz), f.weight.slice(0, f.sx * f.sy * f.sz)]);
    particlesToGrid(g, x, v, n);
    const js = lattices();
    for (const f of g.faces) { f.vel.fill(7); f.weight.fill(7); }
    particlesToGrid(g, x, v, n, native);
    const nat = lattices();
    js.forEach((arr, i) => expect(Array.from(nat[i]!)).toEqual(Array.from(arr)));
    // The grid's flow is not all still: the pour put speeds on it.
    expect(maxAbs(js[0]!)).toBeGreaterThan(0.05);
    // Back to the particles from a changed grid (half FLIP's difference, half PIC).
    for (const f of g.faces) for (let q = 0; q < f.sx * f.sy * f.sz; q++) f.old[q] = 0.9 * f.vel[q]! - 0.01;
    const vJs = Float64Array.from(v), vNative = Float64Array.from(v);
    gridToParticles(g, x, vJs, n, 0.5);
    gridToParticles(g, x, vNative, n, 0.5, native);
    expect(Array.from(vNative)).toEqual(Array.from(vJs));
    expect(maxDiff(vJs, v)).toBeGreaterThan(1e-3);
  });

  it('carry the velocities out past the liquid to the same numbers as the JavaScript', () => {
    const fluid = tippingJug('js', 1500, 30);
    const g = fluid.flip!.grid;
    particlesToGrid(g, fluid.x, fluid.v, fluid.n);
    const vels = (): Float64Array[] => g.faces.map((f) => f.vel.slice(0, f.sx * f.sy * f.sz));
    const restore = (to: Float64Array[]): void => g.faces.forEach((f, a) => f.vel.set(to[a]!));
    for (const from of ['reached', 'liquid'] as const) {
      const before = vels();
      extrapolate(g, 2, from);
      const js = vels();
      restore(before);
      extrapolate(g, 2, from, native);
      const nat = vels();
      js.forEach((arr, a) => expect(Array.from(nat[a]!)).toEqual(Array.from(arr)));
      // It filled faces: some changed from where P2G left them.
      expect(js.some((arr, a) => maxDiff(arr, before[a]!) > 1e-3)).toBe(true);
    }
  });

  it('move the particles through the grid\'s flow to the same places as the JavaScript', () => {
    const [js, twin] = [tippingJug('js', 1500, 30), tippingJug('js', 1500, 30)];
    const g = js.flip!.grid, h = 1 / 240;
    particlesToGrid(g, js.x, js.v, js.n);
    particlesToGrid(twin.flip!.grid, twin.x, twin.v, twin.n);
    const start = Float64Array.from(js.x);
    advect(js, g, h, new Uint8Array(js.n));
    native!.advect(twin.flip!.grid, twin.x, twin.p, twin.n, h);
    settle(twin);
    expect(Array.from(twin.x)).toEqual(Array.from(js.x));
    expect(maxDiff(js.x, start)).toBeGreaterThan(1e-4);
  });

  it('solve the pressure of the same system and right-hand side to the same pressures', () => {
    const fluid = tippingJug('js', 1500, 30);
    const g = fluid.flip!.grid;
    const boundary = new GridBoundary(g, fluid.colliders);
    const systems = [new PoissonSystem(g), new PoissonSystem(g, native)];
    for (const sys of systems) sys.build(boundary);
    const rows = systems[0]!.rows;
    expect(rows).toBeGreaterThan(150);
    // The flow's divergence after a step of gravity on the faces the particles reached.
    particlesToGrid(g, fluid.x, fluid.v, fluid.n);
    for (let q = 0; q < g.faces[1]!.sx * g.faces[1]!.sy * g.faces[1]!.sz; q++) g.v[q]! -= 9.8 / 120;
    const rhs = new Float64Array(rows);
    systems[0]!.divergence(rhs);
    for (let r = 0; r < rows; r++) rhs[r] = -rhs[r]!;
    const [pJs, pNative] = [new Float64Array(rows), new Float64Array(rows)];
    const itJs = systems[0]!.solve(rhs, pJs), itNative = systems[1]!.solve(rhs, pNative);
    expect(itJs).toBeGreaterThan(5);
    expect(Math.abs(itNative - itJs)).toBeLessThanOrEqual(1);
    expect(maxAbs(pJs)).toBeGreaterThan(1e-3);
    expect(maxDiff(pNative, pJs)).toBeLessThan(1e-9 * maxAbs(pJs) + 1e-7);
  });

  it('step a pouring jug as the JavaScript steps it', () => {
    const nat = tippingJug('native', 1500, 80), js = tippingJug('js', 1500, 80);
    expect(nat.solver).toMatch(/^native FLIP/);
    expect(js.solver).toBe('JavaScript');
    // The stages are bit-equal (above) but the solve's sums differ in their last bits, and the
    // step's yes/no choices (which particles are a film, which pairs relax) carry such a difference
    // on to single particles a few cm apart by 80 steps; the water as a whole must agree.
    const mean = (x: Float64Array, n: number, a: number): number => Array.from({ length: n }, (_, i) => x[3 * i + a]!).reduce((s, q) => s + q, 0) / n;
    for (const a of [0, 1, 2]) expect(Math.abs(mean(nat.x, nat.n, a) - mean(js.x, js.n, a)), `axis ${a}`).toBeLessThan(1e-3);
    // It poured: some of the water left the jug's mouth and fell, as much either way.
    const fell = (f: typeof js): number => Array.from({ length: f.n }, (_, i) => f.x[3 * i + 1]!).filter((y) => y < 0.05).length;
    expect(fell(js)).toBeGreaterThan(0);
    expect(Math.abs(fell(nat) - fell(js))).toBeLessThanOrEqual(Math.max(3, 0.1 * fell(js)));
  });

  it('list every particle\'s neighbours as the JavaScript lists them, in the same order', () => {
    const fluid = tippingJug('js', 1500, 40);
    // A clump of 80 particles at one place (more than a list holds: the same first ones kept), a
    // lost (NaN) particle and a parked one, among the poured jug's.
    const p = new Float64Array(3 * (fluid.n + 82));
    p.set(fluid.x);
    for (let c = 0; c < 80; c++) p.set([0.01 + 1e-5 * c, 0.02, 0.03 - 1e-5 * c], 3 * (fluid.n + c));
    p.set([Number.NaN, 0.1, 0.1, 0, 500, 0], 3 * (fluid.n + 80));
    const n = p.length / 3;
    const js = new NeighbourGrid(n, fluid.h), twin = new NeighbourGrid(n, fluid.h);
    twin.lister = native;
    js.build(p);
    twin.build(p);
    expect(Array.from(twin.count)).toEqual(Array.from(js.count));
    for (let i = 0; i < n; i++) expect(Array.from(twin.list.subarray(i * MAX_NEIGHBOURS, i * MAX_NEIGHBOURS + js.count[i]!))).toEqual(Array.from(js.list.subarray(i * MAX_NEIGHBOURS, i * MAX_NEIGHBOURS + js.count[i]!)));
    expect(js.count[fluid.n]).toBe(MAX_NEIGHBOURS);
    expect(js.count.reduce((a, b) => a + b, 0)).toBeGreaterThan(20 * fluid.n);
  });

  it('move packed particles apart as the JavaScript relaxation does, to the bit', () => {
    const [js, twin] = [tippingJug('js', 1500, 40), tippingJug('js', 1500, 40)];
    for (const f of [js, twin]) { f.densityRatios(); f.p.set(f.x); }
    relax(js);
    relax(twin, native);
    expect(Array.from(twin.p)).toEqual(Array.from(js.p));
    expect(maxDiff(js.p, js.x)).toBeGreaterThan(1e-6);
  });

  it('gather the walls and keep the particles out of the solids as the JavaScript does, to the bit', () => {
    const [js, twin] = [tippingJug('js', 1500, 40), tippingJug('js', 1500, 40)];
    // The walls where the particles are, and where a step of their velocity (a few into the jug's
    // wall and the floor) would take them.
    for (const at of [0, 1 / 30]) {
      for (const f of [js, twin]) for (let a = 0; a < 3 * f.n; a++) f.p[a] = f.x[a]! + at * f.v[a]!;
      gatherWalls(js);
      native!.walls(twin);
      expect(Array.from(twin.wallRho)).toEqual(Array.from(js.wallRho));
      expect(Array.from(twin.wallGrad)).toEqual(Array.from(js.wallGrad));
      expect(Array.from(twin.wallGradV)).toEqual(Array.from(js.wallGradV));
    }
    expect(js.wallRho.filter((r) => r > 0).length).toBeGreaterThan(100);
    // Far enough that many cross into the solids: collided with friction, the velocity into them cut.
    for (const f of [js, twin]) for (let a = 0; a < 3 * f.n; a++) f.p[a] = f.x[a]! + (1 / 10) * f.v[a]! - (a % 3 === 1 ? 0.02 : 0);
    const start = Float64Array.from(js.x);
    settle(js);
    native!.settle(twin);
    for (const k of ['x', 'v', 'p', 'before'] as const) expect(Array.from(twin[k]), k).toEqual(Array.from(js[k]));
    let pushed = 0;
    for (let a = 0; a < 3 * js.n; a++) if (js.before[a] !== js.x[a]) pushed++;
    expect(pushed).toBeGreaterThan(50);
    expect(maxDiff(js.x, start)).toBeGreaterThan(1e-3);
  });

  it('push apart the particles closer than the spacing as the JavaScript does, to the bit', () => {
    const [js, twin] = [tippingJug('js', 1500, 40), tippingJug('native', 1500, 40)];
    twin.x.set(js.x); twin.v.set(js.v);
    // Every particle a tenth of a spacing toward the jug's middle: pairs packed closer than it.
    for (const f of [js, twin]) for (let a = 0; a < 3 * f.n; a++) f.p[a] = 0.9 * f.x[a]! + (a % 3 === 1 ? 0.1 * 0.1 : 0);
    separate(js, js.flip!.grid);
    expect(twin.flip!.native).not.toBeNull();
    separate(twin, js.flip!.grid);
    for (const k of ['x', 'v', 'scratch'] as const) expect(Array.from(twin[k]), k).toEqual(Array.from(js[k]));
    expect(maxAbs(js.scratch)).toBeGreaterThan(1e-4);
  });

  it('refuse arrays that do not fit their sizes, and read a lost (NaN) particle without writing outside the grid', () => {
    const nb = Int32Array.from([-1, 1, -1, -1, -1, -1, 0, 5, -1, -1, -1, -1]);
    const two = (): Float64Array => new Float64Array(2).fill(1);
    expect(() => native!.solve(nb, two(), two(), 2, two(), two(), 1e-5, 10)).toThrow(/out of range/);
    expect(() => native!.solve(nb, two(), two(), 3, two(), two(), 1e-5, 10)).toThrow(/too short/);
    // A fluid whose arrays are shorter than its count, or whose colliders' codes are malformed.
    const small = tippingJug('js', 300, 1);
    const short = Object.create(small, { n: { value: small.n + 1 } }) as typeof small;
    expect(() => native!.walls(short)).toThrow(/too short/);
    expect(() => native!.settle(short)).toThrow(/too short/);
    const bad = Object.create(small, { colliders: { value: [{ encode: (out: number[]) => out.push(99, 1, 2) }] } }) as typeof small;
    expect(() => native!.settle(bad)).toThrow();
    expect(() => native!.separate(small.flip!.grid, short, small.params.spacingM, [4, 4, 4])).toThrow(/too short/);
    expect(() => native!.separate(small.flip!.grid, small, small.params.spacingM, [4, -1, 4])).toThrow(/not valid/);
    const fluid = tippingJug('js', 300, 5);
    const g = fluid.flip!.grid;
    fluid.x[0] = Number.NaN;
    particlesToGrid(g, fluid.x, fluid.v, fluid.n, native);
    gridToParticles(g, fluid.x, fluid.v, fluid.n, 0.95, native);
    for (let i = 3; i < 3 * fluid.n; i++) expect(Number.isFinite(fluid.v[i]!)).toBe(true);
  });

  it('split the work between threads without changing a number', () => {
    const one = tippingJug('native', 1500, 20, 1), two = tippingJug('native', 1500, 20, 2);
    expect(one.solver).toBe('native FLIP solve and transfers, 1 thread');
    expect(two.solver).toBe('native FLIP solve and transfers, 2 threads');
    expect(Array.from(two.x)).toEqual(Array.from(one.x));
    expect(Array.from(two.v)).toEqual(Array.from(one.v));
  });
});

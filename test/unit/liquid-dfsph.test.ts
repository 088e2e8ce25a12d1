// The divergence-free SPH solver (dfsph.ts) and its native twin (native/liquid/src/dfsph.cc) step
// a small scene to the same numbers, bit for bit, warm start included: water in a glass that tips
// over while a stone and a turning block come down through it onto a table top (each moving, so
// their walls' speeds count). The threads' share of the work
// never changes a number. And a still jug of water keeps its volume within 1% over a clip, as the
// issue asks, measured as volume.ts measures it (PBF on the same jug: 98.9%, so the bound bites),
// and stays still. A step's substeps are its fastest particle's need (dfsph-rate.ts).
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { fillParticles } from '../../main/engine/liquids/fill';
import type { LiquidMethod } from '../../main/engine/liquids/method';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { BoxCollider, FloorCollider, SphereCollider } from '../../main/engine/liquids/solids';
import { REACTION_STRIDE } from '../../main/engine/liquids/dfsph-solids';
import { liquidVolume } from '../../main/engine/liquids/volume';
import { bookMethod, freshMemory, readBook, saveMemory } from '../../main/engine/liquids/liquid-state';
import { objectModule } from '../../main/engine/objects';
import { WARM_SUBSTEPS } from '../../main/engine/liquids/dfsph';
import { particleSubsteps, substepsFor } from '../../main/engine/liquids/dfsph-rate';
import { liquidRate } from '../../main/engine/liquids/scene-liquid';
import { MIN_PHYSICS_HZ } from '../../main/engine/physics/constants';

const still = { x: 0, y: 0, z: 0, w: 1 };

// braked: each solid's braking shifts (dfsph-solids.ts's BrakedSolids), summed over the steps (m).
function tippingGlass(solver: 'native' | 'js', particles: number, steps: number, threads = 0, braked: number[] = []): ParticleFluid {
  const glass = new ContainerCollider(new ContainerShape(objectModule('glass')));
  const y = glass.shape.heightM / 2 + 0.1;
  glass.moveTo({ position: { x: 0, y, z: 0 }, rotation: still });
  const level = glass.shape.heightM * 0.8;
  const spacingM = Math.cbrt(glass.shape.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(glass, level, spacingM)), { spacingM, viscosity: 0.05, solver, threads, method: 'dfsph' });
  const stone = new SphereCollider(0.02, { position: { x: 0, y: 0.3, z: 0 }, rotation: still });
  const table = new BoxCollider([0.3, 0.02, 0.3], { position: { x: 0, y: 0.08, z: 0 }, rotation: { x: 0, y: 0.2, z: 0, w: Math.sqrt(0.96) } });
  const block = new BoxCollider([0.008, 0.012, 0.01], { position: { x: 0, y: 0.3, z: 0 }, rotation: still }, true);
  // An apple coming in after them; the stone and the apple have masses, so the liquid brakes them
  // within its step (BrakedSolids), the block has none.
  const apple = new SphereCollider(0.025, { position: { x: 0, y: 0.3, z: 0 }, rotation: still });
  stone.massInParticles = 400;
  apple.massInParticles = 150;
  fluid.colliders.push(glass, stone, block, apple, table, new FloorCollider(0));
  for (let i = 0; i < steps; i++) {
    const a = Math.min(1.4, i * 0.02);
    glass.moveTo({ position: { x: 0.001 * i, y, z: 0 }, rotation: { x: 0, y: 0, z: Math.sin(a / 2), w: Math.cos(a / 2) } });
    glass.motion = { v: [0.12, 0, 0], w: [0, 0, a < 1.4 ? 2.4 : 0], com: [0.001 * i, y - 0.02, 0] };
    stone.pose = { position: { x: 0.005, y: 0.3 - 0.002 * i, z: 0 }, rotation: still };
    stone.motion = { v: [0, -0.24, 0], w: [0, 0, 0], com: [0.005, 0.3 - 0.002 * i, 0] };
    const b = 0.05 * i;
    block.pose = { position: { x: -0.01, y: 0.26 - 0.0015 * i, z: 0.004 }, rotation: { x: Math.sin(b / 2), y: 0, z: 0, w: Math.cos(b / 2) } };
    block.motion = { v: [0, -0.18, 0], w: [6, 0, 0], com: [-0.01, 0.26 - 0.0015 * i, 0.004] };
    apple.pose = { position: { x: 0.012, y: 0.29 - 0.002 * i, z: -0.006 }, rotation: { x: 0, y: 0, z: Math.sin(b / 2), w: Math.cos(b / 2) } };
    apple.motion = { v: [0, -0.24, 0], w: [0, 0, 6], com: [0.012, 0.29 - 0.002 * i, -0.006] };
    fluid.step(1 / 120);
    fluid.colliders.forEach((_, k) => (braked[k] = (braked[k] ?? 0) + Math.hypot(...fluid.reactions.subarray(REACTION_STRIDE * k + 6, REACTION_STRIDE * k + 9))));
  }
  return fluid;
}

// A jug 60% full standing still for `seconds`, stepped at 240 Hz: its volume every quarter second,
// and how many particles left it.
function stillJug(method: LiquidMethod, particles: number, seconds: number): { volumes: number[]; out: number } {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  jug.moveTo({ position: { x: 0, y: jug.shape.heightM / 2, z: 0 }, rotation: still });
  const level = 0.6 * jug.shape.heightM;
  const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method });
  fluid.colliders.push(jug, new FloorCollider(0));
  const volumes: number[] = [];
  for (let s = 1; s <= 240 * seconds; s++) {
    fluid.step(1 / 240);
    if (s % 60 === 0) volumes.push(liquidVolume(fluid).ratio);
  }
  const local = [0, 0, 0];
  let out = 0;
  for (let i = 0; i < fluid.n; i++) {
    jug.toLocal(fluid.x[3 * i]!, fluid.x[3 * i + 1]!, fluid.x[3 * i + 2]!, local);
    if (!jug.shape.isInside(Math.hypot(local[0]!, local[2]!), local[1]!)) out++;
  }
  return { volumes, out };
}

// A jug 60% full standing still for a second at DFSPH's own rate (liquidRate): the particles'
// mean speed over the last half second, and the substeps a step took over it.
function stillness(particles: number): { meanSpeed: number; substeps: number } {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  jug.moveTo({ position: { x: 0, y: jug.shape.heightM / 2, z: 0 }, rotation: still });
  const level = 0.6 * jug.shape.heightM;
  const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method: 'dfsph' });
  fluid.colliders.push(jug, new FloorCollider(0));
  const { hz } = liquidRate(spacingM, 1 / MIN_PHYSICS_HZ, 'dfsph');
  let speed = 0, substeps = 0, late = 0;
  for (let s = 1; s <= hz; s++) {
    fluid.step(1 / hz);
    if (s <= hz / 2) continue;
    late++;
    substeps += fluid.warm[2 * fluid.n + WARM_SUBSTEPS]!;
    for (let i = 0; i < fluid.n; i++) speed += Math.hypot(fluid.v[3 * i]!, fluid.v[3 * i + 1]!, fluid.v[3 * i + 2]!) / fluid.n;
  }
  return { meanSpeed: speed / late, substeps: substeps / late };
}

describe('DFSPH liquid solver', () => {
  it('steps a tipping glass, a stone and a table to the same numbers natively as in JavaScript', () => {
    const braked: number[] = [];
    const native = tippingGlass('native', 300, 90, 0, braked);
    const js = tippingGlass('js', 300, 90);
    expect(native.solver).toMatch(/^native/);
    expect(js.solver).toBe('JavaScript');
    expect(Array.from(native.x)).toEqual(Array.from(js.x));
    expect(Array.from(native.v)).toEqual(Array.from(js.v));
    expect(Array.from(native.warm)).toEqual(Array.from(js.warm));
    // What the liquid did to the stone and the block (their reactions) agrees too, and pushes them.
    expect(Array.from(native.reactions)).toEqual(Array.from(js.reactions));
    const at = (k: number, from: number): number[] => Array.from(native.reactions.subarray(REACTION_STRIDE * k + from, REACTION_STRIDE * k + from + 3));
    expect(Math.hypot(...at(1, 0)) + Math.hypot(...at(2, 0)) + Math.hypot(...at(3, 0))).toBeGreaterThan(0);
    // Over the whole run the liquid braked the stone and the apple within its steps (their shifts),
    // never the massless block.
    expect(braked[1]!).toBeGreaterThan(0);
    expect(braked[3]!).toBeGreaterThan(0);
    expect(braked[2]).toBe(0);
    // The pressure solves ran (their iteration counts are in the warm state's tail), and the
    // liquid poured out of the tipped glass over the table.
    expect(native.warm[2 * native.n + 1]).toBeGreaterThan(0);
    const out = Array.from({ length: native.n }, (_, i) => native.x[3 * i]!).filter((x) => Math.abs(x) > 0.1).length;
    expect(out).toBeGreaterThan(0.2 * native.n);
  });

  it('splits the work between threads without changing a number', () => {
    const one = tippingGlass('native', 1500, 8, 1);
    const two = tippingGlass('native', 1500, 8, 2);
    expect(two.solver).toBe('native, 2 threads');
    expect(Array.from(two.x)).toEqual(Array.from(one.x));
    expect(Array.from(two.warm)).toEqual(Array.from(one.warm));
    expect(Array.from(two.reactions)).toEqual(Array.from(one.reactions));
  });

  it('saves the solve with the liquid, so a continued take steps on with the one it began with', () => {
    const fluid = tippingGlass('native', 300, 2);
    const book = readBook(JSON.parse(JSON.stringify(saveMemory(fluid, freshMemory(), 2))));
    expect(bookMethod(book)).toBe('dfsph');
    // A take stored before the method was saved: DFSPH's alone kept a warm state.
    expect(bookMethod({ ...book, method: undefined })).toBe('dfsph');
    expect(bookMethod({ ...book, method: undefined, warm: undefined })).toBe('pbf');
    expect(() => readBook({ ...book, method: 'sph' })).toThrow(/cannot be continued/);
  });

  it("divides a step as its fastest particle needs: the pour's still water 3 substeps, its stream 12", () => {
    const dt = 1 / 120, spacingM = 0.0025;
    // At rest the fall bound (g dt^2 within 4% of the spacing); at the stream's 1.7 m/s the CFL bound.
    expect(particleSubsteps(0, dt, spacingM)).toBe(3);
    expect(particleSubsteps(1.7, dt, spacingM)).toBe(12);
    const v = new Float64Array([0, 0, 0, 0, -1.7, 0, 0.1, 0, 0]);
    expect(substepsFor(v, 3, dt, spacingM)).toBe(12);
  });

  it('keeps a still jug of water still, in two substeps a step', () => {
    // It jittered at 13 cm/s in 1.9 substeps a step (the count flipping between 1 and 3), its
    // column bouncing on the jug's floor; 7.5 cm/s in 2.15 with substeps bounded by the fall;
    // 3.3 cm/s in 2 with the density solve's tolerance at 0.1%; now about 2.1 cm/s at 0.02%.
    const { meanSpeed, substeps } = stillness(3000);
    expect(meanSpeed).toBeLessThan(0.025);
    expect(substeps).toBeLessThanOrEqual(2.1);
  });

  it('keeps a still jug of water within 1% of its volume over a clip, every particle in the jug', () => {
    const dfsph = stillJug('dfsph', 3000, 1);
    expect(dfsph.out).toBe(0);
    for (const v of dfsph.volumes) expect(Math.abs(1 - v)).toBeLessThan(0.01);
  });
});

// The native liquid solver (native/liquid/) and its JavaScript fallback (pbf.ts), position-based
// (liquid-dfsph.test.ts holds the DFSPH twins to the same), step a small
// scene to the same numbers, bit for bit: water in a glass that tips over while a stone comes down
// through it onto a table top, past the floor. Every kind of solid and the container's moving
// wall take part (300 particles). And the threads' share of the work never changes a number.
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { fillParticles } from '../../main/engine/liquids/fill';
import { nativeLiquid } from '../../main/engine/liquids/native-solver';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { BoxCollider, FloorCollider, SphereCollider } from '../../main/engine/liquids/solids';
import { objectModule } from '../../main/engine/objects';

const still = { x: 0, y: 0, z: 0, w: 1 };

function tippingGlass(solver: 'native' | 'js', form: 'glass' | 'jug', particles: number, steps: number, threads = 0): ParticleFluid {
  const glass = new ContainerCollider(new ContainerShape(objectModule(form)));
  const y = glass.shape.heightM / 2 + 0.1;
  glass.moveTo({ position: { x: 0, y, z: 0 }, rotation: still });
  const level = glass.shape.heightM * 0.8;
  const spacing = Math.cbrt(glass.shape.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(glass, level, spacing)), { spacingM: spacing, viscosity: 0.05, solver, threads, method: 'pbf' });
  const stone = new SphereCollider(0.02, { position: { x: 0, y: 0.3, z: 0 }, rotation: still });
  const table = new BoxCollider([0.3, 0.02, 0.3], { position: { x: 0, y: 0.08, z: 0 }, rotation: { x: 0, y: 0.2, z: 0, w: Math.sqrt(0.96) } });
  fluid.colliders.push(glass, stone, table, new FloorCollider(0));
  for (let i = 0; i < steps; i++) {
    const a = Math.min(1.4, i * 0.02);
    glass.moveTo({ position: { x: 0.001 * i, y, z: 0 }, rotation: { x: 0, y: 0, z: Math.sin(a / 2), w: Math.cos(a / 2) } });
    stone.pose = { position: { x: 0.005, y: 0.3 - 0.002 * i, z: 0 }, rotation: still };
    fluid.step(1 / 120);
  }
  return fluid;
}

describe('native liquid solver', () => {
  it('is built (npm ci builds it; npm run build:native after editing native/liquid/)', () => {
    expect(nativeLiquid()).not.toBeNull();
  });

  it('steps a tipping glass, a stone and a table to the same numbers as the JavaScript solver', () => {
    const native = tippingGlass('native', 'glass', 300, 90);
    const js = tippingGlass('js', 'glass', 300, 90);
    expect(native.solver).toMatch(/^native/);
    expect(js.solver).toBe('JavaScript');
    expect(Array.from(native.x)).toEqual(Array.from(js.x));
    expect(Array.from(native.v)).toEqual(Array.from(js.v));
    // The liquid really moved: it poured out of the tipped glass, over the table.
    const out = Array.from({ length: native.n }, (_, i) => native.x[3 * i]!).filter((x) => Math.abs(x) > 0.1).length;
    expect(out).toBeGreaterThan(0.2 * native.n);
  });

  it('splits the work between threads without changing a number', () => {
    const one = tippingGlass('native', 'jug', 1500, 8, 1);
    const two = tippingGlass('native', 'jug', 1500, 8, 2);
    expect(one.solver).toBe('native, 1 thread');
    expect(two.solver).toBe('native, 2 threads');
    expect(Array.from(two.x)).toEqual(Array.from(one.x));
    expect(Array.from(two.v)).toEqual(Array.from(one.v));
  });
});

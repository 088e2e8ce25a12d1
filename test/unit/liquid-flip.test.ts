// The FLIP liquid (flip/flip.ts): a still jug of water stays still, inside its jug and at its
// volume (as volume.ts measures it), its pressure solved in a few PCG iterations a substep; a glass
// lifted and slid keeps all its water (its wall is thinner than a grid cell, and it moves); and a
// take stepped by FLIP says so in its saved liquid.
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { fillParticles } from '../../main/engine/liquids/fill';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { FloorCollider } from '../../main/engine/liquids/solids';
import { liquidVolume } from '../../main/engine/liquids/volume';
import { bookMethod, freshMemory, readBook, saveMemory } from '../../main/engine/liquids/liquid-state';
import { DEFAULT_METHOD, methodFor, methodOverride } from '../../main/engine/liquids/method';
import { scenePlanSchema } from '../../main/contract/scene-plan';
import { objectModule } from '../../main/engine/objects';

const upright = { x: 0, y: 0, z: 0, w: 1 };

function jugOfWater(particles: number, at: { x: number; y: number; z: number }): { jug: ContainerCollider; fluid: ParticleFluid } {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  jug.moveTo({ position: { x: at.x, y: at.y + jug.shape.heightM / 2, z: at.z }, rotation: upright });
  const level = jug.shape.heightM * 0.6;
  const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method: 'flip' });
  return { jug, fluid };
}

const speed = (f: ParticleFluid, i: number): number => Math.hypot(f.v[3 * i]!, f.v[3 * i + 1]!, f.v[3 * i + 2]!);

describe('FLIP liquid', () => {
  it('keeps a still jug still, inside it and at its volume, in a few PCG iterations a substep', () => {
    const { jug, fluid } = jugOfWater(1500, { x: 0, y: 0, z: 0 });
    fluid.colliders.push(jug, new FloorCollider(0));
    const start = liquidVolume(fluid).ratio;
    for (let s = 0; s < 60; s++) fluid.step(1 / 120);
    let fastest = 0, out = 0;
    for (let i = 0; i < fluid.n; i++) {
      fastest = Math.max(fastest, speed(fluid, i));
      const r = Math.hypot(fluid.x[3 * i]!, fluid.x[3 * i + 2]!);
      if (!jug.shape.isInside(r, fluid.x[3 * i + 1]!)) out++;
    }
    expect(fastest).toBeLessThan(0.01);
    expect(out).toBe(0);
    expect(Math.abs(liquidVolume(fluid).ratio - start)).toBeLessThan(0.005);
    const w = fluid.flip!.work;
    expect(w.steps).toBe(60);
    expect(w.pressureIterations / w.substeps).toBeLessThan(40);
    // Its pressure solve and transfers natively (flip-native.test.ts holds them to the JavaScript).
    expect(fluid.solver).toMatch(/^native FLIP solve and transfers/);
  });

  it('carries a glass of water its glass moves up and sideways, through no wall of it', () => {
    const glass = new ContainerCollider(new ContainerShape(objectModule('glass')));
    const y0 = 0.1 + glass.shape.heightM / 2;
    glass.moveTo({ position: { x: 0, y: y0, z: 0 }, rotation: upright });
    const level = glass.shape.heightM * 0.5;
    const spacingM = Math.cbrt(glass.shape.volumeBelow(level) / 800);
    const fluid = new ParticleFluid(new Float64Array(fillParticles(glass, level, spacingM)), { spacingM, viscosity: 0.02, method: 'flip' });
    fluid.colliders.push(glass, new FloorCollider(0));
    // Lifted at 0.3 m/s and slid at 0.2 m/s for half a second, then held.
    for (let s = 0; s < 90; s++) {
      const t = Math.min(s, 60) / 120;
      glass.moveTo({ position: { x: 0.2 * t, y: y0 + 0.3 * t, z: 0 }, rotation: upright });
      fluid.step(1 / 120);
    }
    const local = [0, 0, 0];
    let held = 0;
    for (let i = 0; i < fluid.n; i++) {
      glass.toLocal(fluid.x[3 * i]!, fluid.x[3 * i + 1]!, fluid.x[3 * i + 2]!, local);
      if (glass.shape.isInside(Math.hypot(local[0]!, local[2]!), local[1]!)) held++;
    }
    expect(held).toBe(fluid.n);
  });

  it('is a method a plan and a saved take name, and the developer override accepts', () => {
    expect(methodOverride({ KINORA_LIQUID_METHOD: 'flip' })).toBe('flip');
    const { jug, fluid } = jugOfWater(300, { x: 0, y: 0, z: 0 });
    fluid.colliders.push(jug);
    fluid.step(1 / 120);
    const book = readBook(JSON.parse(JSON.stringify(saveMemory(fluid, freshMemory(), 4))));
    expect(book.warm).toBeUndefined();
    expect(bookMethod(book)).toBe('flip');
    expect(scenePlanSchema.shape.liquidMethod.safeParse('flip').success).toBe(true);
  });
});

describe('which liquids step with FLIP', () => {
  it('keeps FLIP to pours and taps: a spill or a still glass asked for it steps with the scene\'s usual solve', () => {
    expect(methodFor('flip', undefined, true)).toBe('flip');
    expect(methodFor('flip', 'pbf', false)).toBe('pbf');
    expect(methodFor('flip', undefined, false)).toBe(DEFAULT_METHOD);
    expect(methodFor(undefined, 'pbf', false)).toBe('pbf');
    expect(methodFor('dfsph', 'pbf', false)).toBe('dfsph');
  });
});

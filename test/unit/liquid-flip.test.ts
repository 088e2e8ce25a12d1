// The FLIP liquid (flip/flip.ts): a still jug of water stays still, inside its jug and at its
// volume (as volume.ts measures it), its pressure solved in a few PCG iterations a substep; a glass
// lifted and slid keeps all its water (its wall is thinner than a grid cell, and it moves); a take
// stepped by FLIP says so in its saved liquid; and the default pour, on FLIP, passes the pour's
// checks: its volume within 1% of rest at every second, the glass's level the volume poured into
// it (within 5%), none made or lost.
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { fillParticles } from '../../main/engine/liquids/fill';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { FloorCollider } from '../../main/engine/liquids/solids';
import { liquidVolume } from '../../main/engine/liquids/volume';
import { bookMethod, freshMemory, readBook, saveMemory } from '../../main/engine/liquids/liquid-state';
import { DEFAULT_METHOD, FLIP_FROM_PARTICLES, FLOW_METHOD, methodFor, methodOverride } from '../../main/engine/liquids/method';
import { scenePlanSchema } from '../../main/contract/scene-plan';
import { objectModule } from '../../main/engine/objects';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulateTake } from '../../main/engine/simulate/simulate';
import { takeVolumes } from '../../main/engine/liquids/volume';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';

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
    expect(book.warm).toBeDefined();
    expect(bookMethod(book)).toBe('flip');
    expect(scenePlanSchema.shape.liquidMethod.safeParse('flip').success).toBe(true);
  });
});

describe('FLIP pouring', () => {
  it('pours a jug into a glass keeping its volume within 1% and the glass level the volume poured (within 5%)', async () => {
    const plan = readPrompt('water is poured from a jug into a glass', { durationSec: 5, width: 320, height: 180 }).plan!;
    plan.liquidMethod = 'flip';
    const { trace, states } = await simulateTake(plan, 1);
    const liquid = trace.liquid!;
    const volumes = takeVolumes(plan, trace, states);
    expect(volumes.length).toBeGreaterThanOrEqual(5);
    for (const v of volumes) expect(Math.abs(1 - v.ratio)).toBeLessThan(0.01);
    for (const frame of liquid.frames) expect(frame.length).toBe(3 * liquid.count);
    const glass = plan.entities.find((e) => e.form === 'glass')!;
    const shape = new ContainerShape(objectModule('glass'));
    const k = trace.bodies.findIndex((b) => b.id === glass.id);
    // The level over the last half second (the median of 12 frames), as the DFSPH pour's test reads it.
    const errors = Array.from({ length: 12 }, (_, back) => {
      const at = liquid.frames.length - 1 - back;
      const frame = liquid.frames[at]!, pose = trace.frames[at]!.slice(k * FLOATS_PER_BODY, k * FLOATS_PER_BODY + 3);
      const bottom = pose[1]! - shape.heightM / 2;
      const ys: number[] = [];
      for (let i = 0; i < liquid.count; i++) {
        const x = frame[3 * i]! / 1000 - pose[0]!, y = frame[3 * i + 1]! / 1000 - bottom, z = frame[3 * i + 2]! / 1000 - pose[2]!;
        if (shape.isInside(Math.hypot(x, z), y)) ys.push(y);
      }
      ys.sort((a, b) => a - b);
      const level = ys[Math.floor(0.97 * (ys.length - 1))]! + liquid.spacingM / 2;
      const m3 = ys.length * liquid.spacingM ** 3;
      expect(ys.length).toBeGreaterThan(0.95 * liquid.count);
      return Math.abs(shape.volumeBelow(level) - m3) / m3;
    }).sort((a, b) => a - b);
    expect((errors[5]! + errors[6]!) / 2).toBeLessThan(0.05);
  }, 240_000);
});

describe('which liquids step with FLIP', () => {
  it('steps big pours and taps with FLIP unless asked otherwise (a bottle: PBF), and the rest with DFSPH', () => {
    expect(FLOW_METHOD).toBe('flip');
    expect(methodFor(undefined, undefined, true, FLIP_FROM_PARTICLES)).toBe('flip');
    // The everyday pour (2.6k particles) is quicker on FLIP (method.ts); a small one on DFSPH.
    expect(methodFor(undefined, undefined, true, 2598)).toBe('flip');
    expect(methodFor(undefined, undefined, true, 1000)).toBe('dfsph');
    expect(methodFor(undefined, undefined, false, 20_000)).toBe('dfsph');
    expect(methodFor(undefined, 'pbf', true, 20_000)).toBe('pbf');
    expect(methodFor('dfsph', undefined, true, 20_000)).toBe('dfsph');
  });

  it('keeps FLIP to pours and taps: a spill or a still glass asked for it steps with the scene\'s usual solve', () => {
    expect(methodFor('flip', undefined, true, 20_000)).toBe('flip');
    expect(methodFor('flip', 'pbf', false, 20_000)).toBe('pbf');
    expect(methodFor('flip', undefined, false, 20_000)).toBe(DEFAULT_METHOD);
    expect(methodFor(undefined, 'pbf', false, 20_000)).toBe('pbf');
    expect(methodFor('dfsph', 'pbf', false, 20_000)).toBe('dfsph');
  });
});

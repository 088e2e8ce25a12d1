// The rate the liquid steps at holds a deep column still: a jug of water standing on its own for
// half a second keeps every particle, none moving faster than a ripple. At 120 Hz this jug bursts
// within a quarter second (scripts/liquid-rate.ts prints why), so the test would catch a rate rule
// that let the liquid step that long at this spacing. And the column is not squeezed much: the
// volume its particles fill as packed (volume.ts) stays within 3% of their rest volume.
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { fillParticles } from '../../main/engine/liquids/fill';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { liquidRate } from '../../main/engine/liquids/scene-liquid';
import { liquidVolume } from '../../main/engine/liquids/volume';
import { FloorCollider } from '../../main/engine/liquids/solids';
import { objectModule } from '../../main/engine/objects';
import { MIN_PHYSICS_HZ } from '../../main/engine/physics/constants';

const PARTICLES = 7000;

describe('liquid step rate', () => {
  it('keeps a still, deep jug of water in the jug at the rate it picks for its spacing', () => {
    const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
    jug.moveTo({ position: { x: 0, y: jug.shape.heightM / 2, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
    const level = 0.6 * jug.shape.heightM;
    const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / PARTICLES);
    const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method: 'pbf' });
    fluid.colliders.push(jug, new FloorCollider(0));
    const rate = liquidRate(spacingM, 1 / MIN_PHYSICS_HZ, 'pbf');
    expect(rate.hz).toBeGreaterThan(120);
    for (let s = 0; s < rate.hz / 2; s++) fluid.step(1 / rate.hz);
    const local = [0, 0, 0];
    let out = 0, fastest = 0;
    for (let i = 0; i < fluid.n; i++) {
      jug.toLocal(fluid.x[3 * i]!, fluid.x[3 * i + 1]!, fluid.x[3 * i + 2]!, local);
      if (!jug.shape.isInside(Math.hypot(local[0]!, local[2]!), local[1]!)) out++;
      fastest = Math.max(fastest, Math.hypot(fluid.v[3 * i]!, fluid.v[3 * i + 1]!, fluid.v[3 * i + 2]!));
    }
    expect(out).toBe(0);
    expect(fastest).toBeLessThan(0.3);
    // Its particles fill within 3% of their rest volume (97.8% as measured). The issue asks for
    // 1%: not met yet (pbf.ts says what was tried).
    expect(liquidVolume(fluid).ratio).toBeGreaterThan(0.97);
  });
});

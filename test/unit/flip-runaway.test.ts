// The FLIP liquid's guard (flip/runaway.ts): a particle with a non-finite place or velocity, one
// faster than water goes or out of the scene is parked where the lost wait and counted, rather than
// spreading the grid past its most cells (the step threw); the volume counts it as lost.
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { fillParticles } from '../../main/engine/liquids/fill';
import { isLost, isParked } from '../../main/engine/liquids/flip/grid';
import { parkRunaways } from '../../main/engine/liquids/flip/runaway';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { FloorCollider } from '../../main/engine/liquids/solids';
import { liquidVolume } from '../../main/engine/liquids/volume';
import { objectModule } from '../../main/engine/objects';

describe('FLIP runaway particles', () => {
  it('parks the lost ones only, and counts them', () => {
    const x = new Float64Array([0.1, 0.2, 0.1, NaN, 0.2, 0.1, 0.1, 0.2, 0.1, 30, 0.2, 0.1, 0.1, 0.2, 0.1, 0, 500, 0.2, 0.11, 0.2, 0.1]);
    const v = new Float64Array([0.5, -2, 0, 0, 0, 0, 0, 1e9, 0, 0, 0, 0, Infinity, 0, 0, 0, 0, 0, 0, -3, 0]);
    const before = Float64Array.from(x);
    expect(parkRunaways(x, v, 7)).toBe(4);
    // The NaN place, the 1e9 m/s, the one 30 m off and the infinite velocity.
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => isLost(x, i))).toEqual([false, true, true, true, true, false, false]);
    for (const i of [1, 2, 3, 4]) expect(Array.from(v.subarray(3 * i, 3 * i + 3))).toEqual([0, 0, 0]);
    // The moving one in the scene and the tap's waiting one (still, 500 m up) are left as they were.
    for (const i of [0, 5, 6]) expect(Array.from(x.subarray(3 * i, 3 * i + 3))).toEqual(Array.from(before.subarray(3 * i, 3 * i + 3)));
    expect(isParked(x, 5)).toBe(true);
    // Parked again they stay where they are.
    const lost = Float64Array.from(x);
    expect(parkRunaways(x, v, 7)).toBe(0);
    expect(Array.from(x)).toEqual(Array.from(lost));
  });

  it('steps a jug with one particle thrown at 1e9 m/s, that particle parked and its volume lost', () => {
    const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
    jug.moveTo({ position: { x: 0, y: jug.shape.heightM / 2, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
    const level = jug.shape.heightM * 0.6;
    const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / 800);
    const fluid = new ParticleFluid(new Float64Array(fillParticles(jug, level, spacingM)), { spacingM, viscosity: 0.02, method: 'flip' });
    fluid.colliders.push(jug, new FloorCollider(0));
    fluid.step(1 / 120);
    const whole = liquidVolume(fluid).ratio;
    fluid.v[3 * 7 + 1] = 1e9;
    fluid.step(1 / 120);
    expect(fluid.flip!.work.lost).toBe(1);
    expect(isLost(fluid.x, 7)).toBe(true);
    // Every other particle is still in the jug.
    for (let i = 0; i < fluid.n; i++) if (i !== 7) expect(fluid.x[3 * i + 1]).toBeLessThan(jug.shape.heightM + 0.01);
    // The lost particle's share of the volume is gone from the measure (about 1/n of it).
    const after = liquidVolume(fluid).ratio;
    expect(whole - after).toBeGreaterThan(0.5 / fluid.n);
    expect(after).toBeLessThanOrEqual((fluid.n - 1) / fluid.n);
  });
});

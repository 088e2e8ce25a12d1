// A spill slows and stops on a table as friction says it should: a sheet of water (three particle
// layers) thrown along a table top at 1 m/s decelerates at about mu*g, with mu its friction
// against solids, and comes to rest; honey, which clings, stops within a few centimetres. Before
// the liquid had friction against solids, the sheet slid on at 1 m/s for as long as it ran.
import { describe, expect, it } from 'vitest';
import { liquidFacts } from '../../main/engine/liquids/catalog';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { methodOverride } from '../../main/engine/liquids/method';
import { BoxCollider } from '../../main/engine/liquids/solids';
import { GRAVITY } from '../../main/engine/physics/constants';

const SPACING_M = 0.004;
const HZ = 240;

function slidingSheet(kind: 'water' | 'honey'): { fluid: ParticleFluid; meanVx: () => number; meanX: () => number } {
  const x: number[] = [];
  for (let i = 0; i < 12; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 12; k++) x.push(i * SPACING_M, SPACING_M / 2 + 0.0005 + j * SPACING_M, k * SPACING_M);
  const facts = liquidFacts(kind);
  const fluid = new ParticleFluid(new Float64Array(x), { spacingM: SPACING_M, viscosity: facts.viscosity, friction: facts.friction, method: methodOverride(process.env) });
  fluid.colliders.push(new BoxCollider([2, 0.02, 2], { position: { x: 0, y: -0.02, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } }));
  for (let i = 0; i < fluid.n; i++) fluid.v[3 * i] = 1;
  const mean = (a: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < fluid.n; i++) s += a[3 * i]!;
    return s / fluid.n;
  };
  return { fluid, meanVx: () => mean(fluid.v), meanX: () => mean(fluid.x) };
}

describe('liquid friction against solids', () => {
  it('slows a sheet of water sliding on a table at about mu*g, to rest', () => {
    const { fluid, meanVx } = slidingSheet('water');
    for (let s = 0; s < HZ / 4; s++) fluid.step(1 / HZ);
    const decel = (1 - meanVx()) / 0.25;
    const mu = liquidFacts('water').friction;
    expect(Math.abs(decel - mu * GRAVITY) / (mu * GRAVITY)).toBeLessThan(0.15);
    for (let s = 0; s < HZ / 2; s++) fluid.step(1 / HZ);
    expect(Math.abs(meanVx())).toBeLessThan(0.01);
  });

  it('stops honey within a few centimetres', () => {
    const { fluid, meanVx, meanX } = slidingSheet('honey');
    const x0 = meanX();
    for (let s = 0; s < HZ / 4; s++) fluid.step(1 / HZ);
    expect(Math.abs(meanVx())).toBeLessThan(0.01);
    // Within twice the Coulomb stop, v^2 / (2 mu g) = 2.5 cm: only the bottom layer touches the
    // table, the layers over it are slowed through it (PBF: 3.2 cm, DFSPH: 4.1 cm).
    const stop = 1 / (2 * liquidFacts('honey').friction * GRAVITY);
    expect(meanX() - x0).toBeLessThan(2 * stop);
  });
});

// Still water sleeps (dfsph-sleep.ts) and wakes: a bowl of water left standing falls partly asleep
// (neither solved for nor moved; its own jitter keeps the rest awake), then a stone dropped into it wakes it, and the disturbance
// spreads through the water from where the stone came in to the far side, where the stone never
// came near. The native solver sleeps and wakes the same particles to the same numbers.
import { describe, expect, it } from 'vitest';
import { ContainerCollider, ContainerShape } from '../../main/engine/liquids/container';
import { asleepCount } from '../../main/engine/liquids/dfsph-sleep';
import { fillParticles } from '../../main/engine/liquids/fill';
import { ParticleFluid } from '../../main/engine/liquids/pbf';
import { FloorCollider, SphereCollider } from '../../main/engine/liquids/solids';
import { objectModule } from '../../main/engine/objects';

const still = { x: 0, y: 0, z: 0, w: 1 };
const HZ = 120;
const STONE_M = 0.015;
const FALL_MPS = 1;

interface Run {
  fluid: ParticleFluid;
  // Asleep just before the stone reaches the water, and its fewest after.
  asleepBefore: number;
  fewestAfter: number;
  // Where each particle was as the stone reached the water.
  atImpact: Float64Array;
  stoneX: number;
}

// A bowl 60% full stands for `settleSec`, then a stone falls into it, off its middle, at 1 m/s
// until it rests on the bowl's floor; stepped for `afterSec` from when it reaches the water.
function dropStone(solver: 'native' | 'js', particles: number, settleSec: number, afterSec: number): Run {
  const bowl = new ContainerCollider(new ContainerShape(objectModule('bowl')));
  const s = bowl.shape;
  bowl.moveTo({ position: { x: 0, y: s.heightM / 2, z: 0 }, rotation: still });
  const level = s.floorM + 0.6 * (s.heightM - s.floorM);
  const spacingM = Math.cbrt(s.volumeBelow(level) / particles);
  const fluid = new ParticleFluid(new Float64Array(fillParticles(bowl, level, spacingM)), { spacingM, viscosity: 0.02, solver, method: 'dfsph' });
  const stoneX = -0.4 * s.rIn(level);
  const top = level + 0.03, floor = s.floorM + STONE_M;
  const stone = new SphereCollider(STONE_M, { position: { x: stoneX, y: top, z: 0 }, rotation: still });
  stone.massInParticles = 0;
  fluid.colliders.push(bowl, stone, new FloorCollider(0));
  const impact = Math.round((settleSec + (top - level - STONE_M) / FALL_MPS) * HZ);
  let asleepBefore = 0, fewestAfter = fluid.n, atImpact = new Float64Array(0);
  for (let k = 0; k < impact + afterSec * HZ; k++) {
    const t = Math.max(0, k / HZ - settleSec);
    const y = Math.max(floor, top - FALL_MPS * t);
    stone.pose = { position: { x: stoneX, y, z: 0 }, rotation: still };
    stone.motion = { v: [0, t > 0 && y > floor ? -FALL_MPS : 0, 0], w: [0, 0, 0], com: [stoneX, y, 0] };
    fluid.step(1 / HZ);
    if (k === impact) {
      asleepBefore = asleepCount(fluid.warm, fluid.n);
      atImpact = Float64Array.from(fluid.x);
    }
    if (k > impact) fewestAfter = Math.min(fewestAfter, asleepCount(fluid.warm, fluid.n));
  }
  return { fluid, asleepBefore, fewestAfter, atImpact, stoneX };
}

describe('sleeping still water', () => {
  it('sleeps in a standing bowl and wakes when a stone falls in, the disturbance spreading to the far side', () => {
    const { fluid, asleepBefore, fewestAfter, atImpact, stoneX } = dropStone('native', 3000, 1.2, 0.25);
    // A good share of the standing water sleeps before the stone comes (about a quarter).
    expect(asleepBefore).toBeGreaterThan(0.15 * fluid.n);
    // The stone wakes most of it: 85% within 0.25 s (64 of 415 stay asleep, low on the bowl's floor
    // under the wave, where no neighbour passes the wake speed; since a sphere's wall counts for
    // 1 - 0.43 h/R of a flat one the stone squeezes the water less and wakes fewer at once than the
    // 90% it did when its wall was counted flat).
    expect(fewestAfter).toBeLessThan(0.2 * asleepBefore);
    // On the bowl's far side, more than 4 stone radii off its path, the water moved after the
    // stone came in (it was woken by the water it moved, not by the stone).
    const far: number[] = [];
    for (let i = 0; i < fluid.n; i++) {
      if (fluid.x[3 * i]! - stoneX < 4 * STONE_M) continue;
      far.push(Math.hypot(fluid.x[3 * i]! - atImpact[3 * i]!, fluid.x[3 * i + 1]! - atImpact[3 * i + 1]!, fluid.x[3 * i + 2]! - atImpact[3 * i + 2]!));
    }
    far.sort((a, b) => a - b);
    expect(far.length).toBeGreaterThan(0.2 * fluid.n);
    expect(far[Math.floor(far.length / 2)]!).toBeGreaterThan(0.1 * fluid.params.spacingM);
  });

  it('sleeps and wakes the same particles natively as in JavaScript', () => {
    const native = dropStone('native', 500, 0.8, 0.1);
    const js = dropStone('js', 500, 0.8, 0.1);
    expect(native.asleepBefore).toBeGreaterThan(0);
    expect(native.asleepBefore).toBe(js.asleepBefore);
    expect(Array.from(native.fluid.x)).toEqual(Array.from(js.fluid.x));
    expect(Array.from(native.fluid.warm)).toEqual(Array.from(js.fluid.warm));
  });
});

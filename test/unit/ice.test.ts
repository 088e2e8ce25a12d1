// Ice: an ice cube is a thing of its own (3 cm, 917 kg/m^3, clear with a white heart, a bright click),
// read from "ice cubes" and "ice", dropped into a glass of water with a heard splash, and floating
// with its density's share (917/1000) under the water. "Ice cubes melt" is refused, naming "melt".
import { describe, expect, it } from 'vitest';
import type { Action, Entity } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { liquidFacts } from '../../main/engine/liquids/catalog';
import { ContainerShape } from '../../main/engine/liquids/container';
import { objectModule } from '../../main/engine/objects';
import { ICE_DENSITY } from '../../main/engine/physics/constants';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

// The heights of points spread evenly through a box of half extents `half` at a pose (x, y, z, qx,
// qy, qz, qw): the y row of its rotation applied to each.
function boxHeights(half: readonly number[], pose: readonly number[]): number[] {
  const [, py, , qx, qy, qz, qw] = pose as [number, number, number, number, number, number, number];
  const G = 10;
  const ys: number[] = [];
  for (let a = 0; a < G; a++) for (let b = 0; b < G; b++) for (let c = 0; c < G; c++) {
    const u = [((2 * a + 1) / G - 1) * half[0]!, ((2 * b + 1) / G - 1) * half[1]!, ((2 * c + 1) / G - 1) * half[2]!];
    ys.push(py + 2 * (qx * qy + qw * qz) * u[0]! + (1 - 2 * (qx * qx + qz * qz)) * u[1]! + 2 * (qy * qz - qw * qx) * u[2]!);
  }
  return ys;
}

// The water's surface in the glass at the last frame: the height the water held in it (its
// particles' rest volume) and the cube's part under that height fill the glass to.
function surfaceY(trace: WorldTrace, glass: Entity, cubeHeights: readonly number[], cubeM3: number): number {
  const shape = new ContainerShape(objectModule(glass.form));
  const liquid = trace.liquid!;
  const frame = liquid.frames[liquid.frames.length - 1]!;
  const bottom = glass.position[1] - shape.heightM / 2;
  let held = 0;
  for (let i = 0; i < liquid.count; i++) {
    const x = frame[3 * i]! / 1000 - glass.position[0], y = frame[3 * i + 1]! / 1000 - bottom, z = frame[3 * i + 2]! / 1000 - glass.position[2];
    if (shape.isInside(Math.hypot(x, z), y)) held++;
  }
  const waterM3 = held * liquid.spacingM ** 3;
  const under = (y: number): number => cubeHeights.filter((h) => h < y).length / cubeHeights.length;
  let lo = shape.floorM, hi = shape.heightM;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (shape.volumeBelow(mid) - cubeM3 * under(bottom + mid) < waterM3) lo = mid;
    else hi = mid;
  }
  return bottom + lo;
}

describe('ice', () => {
  it('reads ice cubes as 3 cm cubes of ice, keeps them that size in a glass, and refuses "melt" by name', () => {
    const r = readPrompt('ice cubes are dropped into a glass of water', { durationSec: 3 });
    const cubes = r.plan!.entities.filter((e) => e.material === 'ice');
    expect(cubes).toHaveLength(3);
    for (const c of cubes) {
      expect(c.label).toBe('ice cube');
      expect(c.size).toEqual([0.015, 0.015, 0.015]);
      expect(c.mass / 0.03 ** 3).toBeCloseTo(ICE_DENSITY, -1);
    }
    expect(r.plan!.actions[0]!.kind).toBe('immerse');
    expect(r.understanding?.action).toBe('3 ice cubes go into the water in the glass');
    expect(r.understanding?.words?.filter((w) => w.word === 'ice' || w.word === 'cubes').every((w) => w.depicted)).toBe(true);
    const melt = readPrompt('ice cubes melt in a glass');
    expect(melt.refusal).toMatch(/cannot show "melt"/);
    expect(readPrompt('she drops ice cubes into a glass of water').plan?.entities.some((e) => e.material === 'ice')).toBe(true);
    // "Ice" alone is not a cube: ice cream, the ice on a pond or a rink are other things.
    for (const p of ['a girl drops her ice cream', 'a man slips on the ice', 'a ball rolls across the ice']) {
      expect(readPrompt(p).plan?.entities.some((e) => e.material === 'ice') ?? false, p).toBe(false);
    }
  });

  it('an ice cube dropped into a glass of water splashes and floats with 917/1000 of it under (within 10%)', async () => {
    const plan = readPrompt('an ice cube is dropped into a glass of water', { durationSec: 3, width: 320, height: 180 }).plan!;
    const immerse = plan.actions[0] as Extract<Action, { kind: 'immerse' }>;
    const cube = plan.entities.find((e) => e.id === immerse.objects[0])!;
    const glass = plan.entities.find((e) => e.id === immerse.into.in)!;
    const trace = await simulate(plan, 1);
    // Heard: the splash it makes coming down into the water.
    expect(trace.events.some((e) => e.kind === 'splash' && e.object === cube.id)).toBe(true);
    const k = trace.bodies.findIndex((b) => b.id === cube.id) * FLOATS_PER_BODY;
    const pose = Array.from(trace.frames[trace.frames.length - 1]!.slice(k, k + FLOATS_PER_BODY));
    const heights = boxHeights(cube.size, pose);
    const cubeM3 = 8 * cube.size[0]! * cube.size[1]! * cube.size[2]!;
    const surface = surfaceY(trace, glass, heights, cubeM3);
    const share = heights.filter((y) => y < surface).length / heights.length;
    const expected = ICE_DENSITY / liquidFacts('water').densityKgM3;
    expect(Math.abs(share - expected)).toBeLessThan(0.1 * expected);
    // Floating, not under: some of it stands out of the water.
    expect(share).toBeLessThan(1);
  }, 120_000);

  // Kept off the wall by how far each cube reaches towards it as it is turned (floating.ts's
  // boxReach), not its half width: its corners stuck out through the glass's outer wall by 8.5 mm.
  it('three ice cubes in a glass of water stay inside its wall', async () => {
    const plan = readPrompt('ice cubes are dropped into a glass of water', { durationSec: 3, width: 320, height: 180 }).plan!;
    const immerse = plan.actions[0] as Extract<Action, { kind: 'immerse' }>;
    const glass = plan.entities.find((e) => e.id === immerse.into.in)!;
    const s = new ContainerShape(objectModule(glass.form));
    const trace = await simulate(plan, 1);
    const gk = trace.bodies.findIndex((b) => b.id === glass.id) * FLOATS_PER_BODY;
    let worst = -Infinity;
    // From a second in, once they are in the water.
    for (let f = trace.fps; f < trace.frames.length; f++) {
      const row = trace.frames[f]!;
      const bottom = row[gk + 1]! - s.heightM / 2;
      for (const id of immerse.objects) {
        const cube = plan.entities.find((e) => e.id === id)!;
        const k = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
        for (const [x, y, z] of corners(cube.size, Array.from(row.slice(k, k + FLOATS_PER_BODY)))) {
          const h = y - bottom;
          if (h >= 0 && h <= s.heightM) worst = Math.max(worst, Math.hypot(x - row[gk]!, z - row[gk + 2]!) - s.rOut(h));
        }
      }
    }
    expect(immerse.objects.length).toBe(3);
    expect(worst * 1000, 'mm beyond the outer wall (measured 2.1)').toBeLessThan(3);
  }, 120_000);
});

// A box's eight corners in the world at a trace pose (x y z, then the quaternion x y z w).
function corners(half: readonly number[], pose: readonly number[]): [number, number, number][] {
  const [px, py, pz, qx, qy, qz, qw] = pose as [number, number, number, number, number, number, number];
  const out: [number, number, number][] = [];
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) {
    const vx = sx * half[0]!, vy = sy * half[1]!, vz = sz * half[2]!;
    const tx = 2 * (qy * vz - qz * vy), ty = 2 * (qz * vx - qx * vz), tz = 2 * (qx * vy - qy * vx);
    out.push([px + vx + qw * tx + (qy * tz - qz * ty), py + vy + qw * ty + (qz * tx - qx * tz), pz + vz + qw * tz + (qx * ty - qy * tx)]);
  }
  return out;
}

// Things let into a bowl of water fit where they come to rest, and the water stays in the bowl: a
// 9.6 cm block let into a 17 cm cereal bowl displaced more water than the bowl held, wedged on its
// wall, and 78% of the water ended on the table; a 14 cm rubber ball drove 63% of it out.
import { describe, expect, it } from 'vitest';
import type { Action, Entity, ScenePlan } from '../../main/contract/scene-plan';
import { ContainerShape } from '../../main/engine/liquids/container';
import { objectModule } from '../../main/engine/objects';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { isContainer } from '../../main/engine/actions/shared/liquid-scene';

const containerOf = (plan: ScenePlan): Entity => plan.entities.find(isContainer)!;

// Half width across, seen from above, however it turns.
const footprint = (e: Entity): number => (e.kind === 'box' ? Math.hypot(e.size[0]!, e.size[2]!) : e.size[0]!);

describe('things into a bowl of water', () => {
  it('makes a block small enough to float clear of the bowl\'s wall, keeping it wood', () => {
    const plan = parsePrompt('a wooden block floats in a bowl of water');
    const bowl = containerOf(plan);
    const shape = new ContainerShape(objectModule(bowl.form));
    const block = plan.entities.find((e) => e.kind === 'box')!;
    const volume = 8 * block.size[0]! * block.size[1]! * block.size[2]!;
    const share = block.mass / volume / 1000;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.8);
    // Where it floats, its bottom is `share` of its height under the surface; the bowl is wider there.
    // At the level the cast filled the bowl to.
    const immerse = plan.actions.find((a): a is Extract<Action, { kind: 'immerse' }> => a.kind === 'immerse')!;
    const level = shape.floorM + immerse.into.fill * (shape.heightM - shape.floorM);
    const bottom = level - share * 2 * block.size[1]!;
    expect(footprint(block)).toBeLessThan(shape.rIn(bottom));
  });

  it('puts two things side by side in a mixing bowl, clear of each other where they rest', () => {
    const plan = parsePrompt('a wooden block floats in a bowl of water while a stone sinks');
    const bowl = containerOf(plan);
    expect(bowl.form).toBe('mixing-bowl');
    const [a, b] = plan.entities.filter((e) => e.kind === 'box' || e.form === 'stone');
    const apart = Math.hypot(a!.position[0] - b!.position[0], a!.position[2] - b!.position[2]);
    expect(apart).toBeGreaterThan(footprint(a!) + footprint(b!));
    // A single thing in a cereal bowl stays in the cereal bowl.
    expect(containerOf(parsePrompt('a stone sinks in a bowl of water')).form).toBe('bowl');
  });

  it('keeps the water in the bowl as a block is let into it', async () => {
    const plan = parsePrompt('a wooden block floats in a bowl of water');
    plan.format = { ...plan.format, durationSec: 2 };
    for (const a of plan.actions) if (a.kind === 'immerse') a.into.particles = 1500;
    const trace = await simulate(plan, 1);
    const bowl = containerOf(plan);
    const shape = new ContainerShape(objectModule(bowl.form));
    const bottom = bowl.position[1] - shape.heightM / 2;
    const liquid = trace.liquid!;
    const last = liquid.frames[liquid.frames.length - 1]!;
    let held = 0;
    for (let i = 0; i < liquid.count; i++) {
      const x = last[3 * i]! / 1000 - bowl.position[0], y = last[3 * i + 1]! / 1000 - bottom, z = last[3 * i + 2]! / 1000 - bowl.position[2];
      if (shape.isInside(Math.hypot(x, z), y)) held++;
    }
    expect(held).toBeGreaterThan(0.98 * liquid.count);
  }, 120_000);

  it('covers an egg that sinks: it goes into a glass, lies on its side on the bottom, under the surface', async () => {
    const plan = parsePrompt('an egg sinks in water');
    plan.format = { ...plan.format, durationSec: 2 };
    for (const a of plan.actions) if (a.kind === 'immerse') a.into.particles = 1500;
    const glass = containerOf(plan);
    expect(glass.form).toBe('glass');
    const egg = plan.entities.find((e) => e.form === 'egg')!;
    const trace = await simulate(plan, 1);
    const k = trace.bodies.findIndex((b) => b.id === egg.id);
    const last = trace.frames[trace.frames.length - 1]!;
    const [qx, qz] = [last[k * 7 + 3]!, last[k * 7 + 5]!];
    // Its long axis is nearer level than upright (stood on its end, half of it was out of the water).
    expect(Math.abs(1 - 2 * (qx * qx + qz * qz))).toBeLessThan(0.5);
    const liquid = trace.liquid!;
    const frame = liquid.frames[liquid.frames.length - 1]!;
    const ys: number[] = [];
    for (let i = 0; i < liquid.count; i++) if (Math.hypot(frame[3 * i]! / 1000 - glass.position[0], frame[3 * i + 2]! / 1000 - glass.position[2]) < 0.03) ys.push(frame[3 * i + 1]! / 1000);
    ys.sort((a, b) => a - b);
    const surface = ys[Math.floor(0.97 * (ys.length - 1))]!;
    // Lying down, it is its width tall.
    expect(last[k * 7 + 1]! + egg.size[0]!).toBeLessThan(surface);
  }, 120_000);
});

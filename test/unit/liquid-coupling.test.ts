// DFSPH against solids moving into the liquid: an egg let go a centimetre over a glass of water
// (the glass has 5 cm of freeboard; the egg displaces 38 cm^3) leaves the water in the glass. With
// the solids left where the liquid's step found them through its substeps, the egg jumped more than
// a spacing into the water at each step and 9.5% of the water was thrown over the rim (PBF: 0.4%).
// And a stone dropped 25 cm into a bowl (2.9 cm of freeboard) splashes some of it out, not half:
// carried as a wall of infinite mass through the liquid's step, it rammed the last layer of water
// under it into the bowl's floor and 42% of the water left the bowl (PBF: 0%). What it still
// throws out is the layer at the stone's edge as it comes in, thrown up by the pressure there.
import { describe, expect, it } from 'vitest';
import { ContainerShape } from '../../main/engine/liquids/container';
import { objectModule } from '../../main/engine/objects';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { isContainer } from '../../main/engine/actions/shared/liquid-scene';

// The share of the liquid in its container at the clip's last frame.
function heldShare(plan: ReturnType<typeof parsePrompt>, trace: Awaited<ReturnType<typeof simulate>>): number {
  const vessel = plan.entities.find(isContainer)!;
  const shape = new ContainerShape(objectModule(vessel.form));
  const bottom = vessel.position[1] - shape.heightM / 2;
  const liquid = trace.liquid!;
  const last = liquid.frames[liquid.frames.length - 1]!;
  let held = 0;
  for (let i = 0; i < liquid.count; i++) {
    const x = last[3 * i]! / 1000 - vessel.position[0], y = last[3 * i + 1]! / 1000 - bottom, z = last[3 * i + 2]! / 1000 - vessel.position[2];
    if (shape.isInside(Math.hypot(x, z), y)) held++;
  }
  return held / liquid.count;
}

describe('DFSPH with a solid moving into the liquid', () => {
  it('keeps most of the water in the bowl as a stone is dropped into it from 25 cm', async () => {
    const plan = parsePrompt('a stone is dropped into a bowl of water');
    plan.format = { ...plan.format, durationSec: 1.5 };
    plan.liquidMethod = 'dfsph';
    const trace = await simulate(plan, 1);
    // 96.7% now (seed 1; seed 2 96.5%; 94.9% before the stone's substeps were a quarter spacing
    // and its wall's share was taken as a sphere's, not a plane's; the issue aims at 97%).
    expect(heldShare(plan, trace)).toBeGreaterThanOrEqual(0.96);
    const stone = plan.entities.find((e) => e.form === 'stone')!;
    const bowl = plan.entities.find(isContainer)!;
    const k = trace.bodies.findIndex((b) => b.id === stone.id);
    // And the stone went in: it lies on the bowl's floor.
    expect(trace.frames[trace.frames.length - 1]![7 * k + 1]! - (bowl.position[1] - new ContainerShape(objectModule(bowl.form)).heightM / 2)).toBeLessThan(0.03);
  }, 180_000);

  it('keeps the water in the glass as an egg sinks in it', async () => {
    const plan = parsePrompt('an egg sinks in a glass of water');
    plan.format = { ...plan.format, durationSec: 1.5 };
    plan.liquidMethod = 'dfsph';
    const trace = await simulate(plan, 1);
    const glass = plan.entities.find(isContainer)!;
    const egg = plan.entities.find((e) => e.form === 'egg')!;
    const shape = new ContainerShape(objectModule(glass.form));
    const bottom = glass.position[1] - shape.heightM / 2;
    expect(heldShare(plan, trace)).toBeGreaterThanOrEqual(0.98);
    // And the egg went in: it lies on the glass's floor.
    const k = trace.bodies.findIndex((b) => b.id === egg.id);
    const eggY = trace.frames[trace.frames.length - 1]![7 * k + 1]!;
    expect(eggY - bottom).toBeLessThan(shape.floorM + 2 * egg.size[1]!);
  }, 180_000);
});

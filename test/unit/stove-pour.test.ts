// A person pouring at the stove (actions/pour, shared/own-hand.ts): "she pours water into the pot on
// the stove" leaves the pot on its burner and puts the water in it, as the passive pour does. Her
// hand used to come up from her side straight to the jug, through the stove's back edge below its
// 90 cm hob: the palm (a moved body) shoved the 45 kg stove 10 cm and the pot 17 cm towards the
// camera, and all 2491 particles missed the pot. Measured on the simulated trace: where the pot and
// every particle are at the end.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { stoveBack } from '../../main/engine/actions/shared/stove-top';
import { ContainerShape } from '../../main/engine/liquids/container';
import { objectModule } from '../../main/engine/objects';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

describe('pouring at the stove', () => {
  it('"she pours water into the pot on the stove": the pot stays on its burner and the water ends in it', async () => {
    // Long enough for the jug to be emptied (the pour ends about 7.8 s in).
    const plan = readPrompt('she pours water into the pot on the stove', { durationSec: 8, width: 160, height: 90 }).plan!;
    const pour = plan.actions.find((a) => a.kind === 'pour')!;
    expect(pour.by).toBe(plan.entities.find((e) => e.kind === 'person')?.id);
    const pot = plan.entities.find((e) => e.form === 'pot')!;
    const stove = plan.entities.find((e) => e.form === 'stove')!;
    const trace = await simulate(plan, 1);
    const at = (id: string, f: number): number[] => {
      const b = trace.bodies.findIndex((body) => body.id === id);
      return [0, 1, 2].map((k) => trace.frames[f]![b * FLOATS_PER_BODY + k]!);
    };
    // Neither the pot nor the stove moves by a centimetre, at any frame.
    for (let f = 0; f < trace.frames.length; f++) {
      for (const e of [pot, stove]) {
        const p = at(e.id, f);
        expect(Math.hypot(p[0]! - e.position[0], p[2]! - e.position[2])).toBeLessThan(0.01);
      }
    }
    // Her hand comes up over the hob, never into the cabinet below it.
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    const { backZ, topY } = stoveBack(stove);
    for (let f = 0; f < trace.frames.length; f++) {
      const h = at(hand.id, f);
      if (h[2]! > backZ - 0.05) expect(h[1]!).toBeGreaterThan(topY);
    }
    const shape = new ContainerShape(objectModule('pot'));
    const liquid = trace.liquid!;
    const last = liquid.frames.at(-1)!;
    const end = at(pot.id, trace.frames.length - 1);
    let inPot = 0;
    for (let i = 0; i < liquid.count; i++) {
      const x = last[3 * i]! / 1000 - end[0]!, y = last[3 * i + 1]! / 1000 - (end[1]! - shape.heightM / 2), z = last[3 * i + 2]! / 1000 - end[2]!;
      if (shape.isInside(Math.hypot(x, z), y)) inPot++;
    }
    expect(inPot / liquid.count).toBeGreaterThan(0.95);
  }, 240_000);
});

// "Water is poured into a glass until it is full": the jug holds what the glass holds, and by the
// end of a 5 s clip it is all in the glass (none spilled), standing near the brim; in a shorter
// clip the panel says "full" is not shown, and why.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../main/contract/scene-plan';
import { ContainerShape } from '../../main/engine/liquids/container';
import { objectModule } from '../../main/engine/objects';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const PROMPT = 'Water is poured into a glass until it is full';

describe('poured until full', () => {
  it('fills the glass near its brim within 5 s, spilling none; a 3 s clip says it ends before', async () => {
    expect(readPrompt(PROMPT, { durationSec: 3 }).understanding?.notDepicted).toEqual(['full (the 3 s clip ends before the glass is full (5 s))']);
    // The word that asks it, not the "top" of "on top of the table".
    expect(readPrompt('water is poured into a glass on top of the table until it is full', { durationSec: 3 }).understanding?.notDepicted?.[0]).toMatch(/^full \(the 3 s clip ends/);
    const r = readPrompt(PROMPT, { durationSec: 5, width: 320, height: 180 });
    expect(r.understanding?.notDepicted).toEqual([]);
    const plan = r.plan!;
    const pour = plan.actions[0] as Extract<Action, { kind: 'pour' }>;
    const glass = plan.entities.find((e) => e.id === pour.into)!;
    const shape = new ContainerShape(objectModule(glass.form));
    const trace = await simulate(plan, 1);
    const liquid = trace.liquid!;
    const last = liquid.frames[liquid.frames.length - 1]!;
    const bottom = glass.position[1] - shape.heightM / 2;
    const ys: number[] = [];
    for (let i = 0; i < liquid.count; i++) {
      const x = last[3 * i]! / 1000 - glass.position[0], y = last[3 * i + 1]! / 1000 - bottom, z = last[3 * i + 2]! / 1000 - glass.position[2];
      if (shape.isInside(Math.hypot(x, z), y)) ys.push(y);
    }
    // All of it in the glass.
    expect(ys.length).toBeGreaterThan(0.99 * liquid.count);
    // Its surface (the top of its highest layer) at 85% or more of the glass's height, under the rim.
    ys.sort((a, b) => a - b);
    const level = ys[Math.floor(0.97 * (ys.length - 1))]! + liquid.spacingM / 2;
    expect(level / shape.heightM).toBeGreaterThan(0.85);
    expect(level).toBeLessThan(shape.heightM);
  }, 120_000);
});

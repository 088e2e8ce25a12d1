// A stove (objects/stove.ts): a pot "on the stove" stands on one of its burners, through the real
// pipeline, and stays there; the stove reads as one (white enamel round a black hob with its
// burners' rings, a row of knobs); a cook stirring stands behind it with no table brought in; and
// what it does not simulate (a simmer, a boil) is named as not shown.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { burnerSpots } from '../../main/engine/actions/shared/stove-top';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

function meanLum(pixels: Uint8Array, mask: Uint8Array): { mean: number; count: number } {
  let sum = 0, count = 0;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    sum += 0.2126 * pixels[i * 4]! + 0.7152 * pixels[i * 4 + 1]! + 0.0722 * pixels[i * 4 + 2]!;
    count++;
  }
  return { mean: sum / Math.max(1, count), count };
}

describe('a stove', () => {
  it('holds a pot of soup on its front burner, which stays there', async () => {
    const reading = readPrompt('a pot of soup on the stove', { durationSec: 1, width: 320, height: 180 });
    expect(reading.understanding?.notDepicted).toEqual([]);
    const plan = reading.plan!;
    expect(plan.setting.kind).toBe('kitchen');
    const stove = plan.entities.find((e) => e.form === 'stove')!;
    const pot = plan.entities.find((e) => e.form === 'pot')!;
    expect(plan.stillLiquid?.in).toBe(pot.id);
    const [x, z] = burnerSpots(stove)[0]!;
    expect(Math.hypot(pot.position[0] - x, pot.position[2] - z)).toBeLessThan(0.005);
    const trace = await simulate(plan, 1);
    const last = trace.frames[trace.frames.length - 1]!;
    const at = (id: string): number[] => {
      const b = trace.bodies.findIndex((body) => body.id === id);
      return [0, 1, 2].map((k) => last[b * FLOATS_PER_BODY + k]!);
    };
    // The pot's base rests on the burner's rings, 90.6 cm up, where it was set.
    const hobTopM = 2 * stove.size[1]!;
    expect(hobTopM).toBeGreaterThan(0.85);
    expect(hobTopM).toBeLessThan(0.95);
    expect(Math.abs(at(pot.id)[1]! - pot.size[1]! - hobTopM)).toBeLessThan(0.003);
    expect(Math.hypot(at(pot.id)[0]! - x, at(pot.id)[2]! - z)).toBeLessThan(0.005);
    expect(Math.abs(at(stove.id)[1]! - stove.position[1])).toBeLessThan(0.003);
  });

  it('is drawn as white enamel round a black hob, with its burners and knobs', async () => {
    const plan = readPrompt('a wide shot of a pot of soup on the stove', { durationSec: 1, width: 320, height: 180 }).plan!;
    const r = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    const pixels = r.renderFrame(5);
    const enamel = meanLum(pixels, objectPixels(r, 'enamel').mask);
    const hob = meanLum(pixels, objectPixels(r, 'hob').mask);
    const steel = meanLum(pixels, objectPixels(r, 'steel').mask);
    expect(enamel.count).toBeGreaterThan(2000);
    expect(hob.count).toBeGreaterThan(500);
    expect(steel.count).toBeGreaterThan(100);
    expect(enamel.mean).toBeGreaterThan(2 * hob.mean);
  });

  it('has a cook stand behind it to stir, the pot on a back burner, with no table brought', () => {
    const plan = readPrompt('a man stirs a pot of soup on the stove', { durationSec: 4 }).plan!;
    expect(plan.entities.some((e) => e.kind === 'table')).toBe(false);
    const stove = plan.entities.find((e) => e.form === 'stove')!;
    const pot = plan.entities.find((e) => e.form === 'pot')!;
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const [x, z] = burnerSpots(stove)[2]!;
    expect(Math.hypot(pot.position[0] - x, pot.position[2] - z)).toBeLessThan(0.005);
    // Behind it, within a step of its back edge (it is 60 cm deep).
    expect(man.position[2]).toBeLessThan(stove.position[2] - 0.3);
    expect(man.position[2]).toBeGreaterThan(stove.position[2] - 0.6);
  });

  it('names a simmer as not shown and refuses a boil by name: no bubbles are simulated', () => {
    expect(readPrompt('a pot of soup simmers on the stove').understanding?.notDepicted).toContain('simmers');
    const boil = readPrompt('water boils in a pot on the stove');
    expect(boil.plan).toBeNull();
    expect(boil.refusal).toMatch(/"boils"/);
  });

  it('stays on the floor under a pot an egg sinks in: the stove is no thing that goes into the water', async () => {
    const plan = readPrompt('an egg sinks in a pot of water on the stove', { durationSec: 1.5, width: 160, height: 90 }).plan!;
    const stove = plan.entities.find((e) => e.form === 'stove')!;
    const pot = plan.entities.find((e) => e.form === 'pot')!;
    const egg = plan.entities.find((e) => e.form === 'egg')!;
    const immerse = plan.actions.find((a) => a.kind === 'immerse');
    expect(immerse?.kind === 'immerse' && immerse.objects).toEqual([egg.id]);
    const trace = await simulate(plan, 1);
    const last = trace.frames[trace.frames.length - 1]!;
    const at = (id: string): number[] => {
      const b = trace.bodies.findIndex((body) => body.id === id);
      return [0, 1, 2].map((k) => last[b * FLOATS_PER_BODY + k]!);
    };
    // The stove stands where it was set, the pot on its burner, the egg down inside the pot.
    expect(Math.hypot(...[0, 1, 2].map((k) => at(stove.id)[k]! - stove.position[k]!))).toBeLessThan(0.003);
    expect(Math.abs(at(pot.id)[1]! - pot.position[1])).toBeLessThan(0.005);
    expect(Math.hypot(at(egg.id)[0]! - at(pot.id)[0]!, at(egg.id)[2]! - at(pot.id)[2]!)).toBeLessThan(pot.size[0]!);
    expect(at(egg.id)[1]!).toBeLessThan(at(pot.id)[1]!);
  }, 120_000);

  it('lets a lone egg sink in a glass beside it, not a mixing bowl as if the stove went in too', () => {
    const plan = readPrompt('an egg sinks in water on the stove').plan!;
    const immerse = plan.actions.find((a) => a.kind === 'immerse');
    expect(immerse?.kind === 'immerse' && plan.entities.find((e) => e.id === immerse.into.in)?.form).toBe('glass');
  });

  it('stands by while what is on it falls, tips or slides: the stove is moved only when it is all the prompt names', async () => {
    const moved = (prompt: string): (string | undefined)[] => {
      const plan = readPrompt(prompt).plan!;
      return plan.actions.map((a) => ('object' in a ? plan.entities.find((e) => e.id === a.object)?.form : undefined));
    };
    expect(moved('the kettle falls off the stove')).toEqual(['kettle']);
    expect(moved('she knocks over the pot on the stove')).toEqual(['pot']);
    expect(moved('the pot slides across the stove')).toEqual(['pot']);
    expect(moved('a man pushes the stove')).toEqual(['stove']);
    // Simulated: the kettle falls, the stove does not stir.
    const plan = readPrompt('the kettle falls off the stove', { durationSec: 2, width: 160, height: 90 }).plan!;
    const trace = await simulate(plan, 1);
    const last = trace.frames[trace.frames.length - 1]!;
    const y = (form: string): number => {
      const e = plan.entities.find((x) => x.form === form)!;
      return last[trace.bodies.findIndex((b) => b.id === e.id) * FLOATS_PER_BODY + 1]! - e.position[1];
    };
    expect(Math.abs(y('stove'))).toBeLessThan(0.003);
    expect(y('kettle')).toBeLessThan(-0.5);
  }, 60_000);

  it('is where "she puts the kettle on the stove" sets it: on a burner, the stove on the floor beside the table', async () => {
    const plan = readPrompt('she puts the kettle on the stove', { durationSec: 4, width: 160, height: 90 }).plan!;
    expect(plan.setting.kind).toBe('kitchen');
    const stove = plan.entities.find((e) => e.form === 'stove')!;
    const kettle = plan.entities.find((e) => e.form === 'kettle')!;
    // Standing on the floor (it stood on the table top, its middle 1.2 m up).
    expect(stove.position[1]).toBeCloseTo(stove.size[1]!, 3);
    const trace = await simulate(plan, 1);
    const last = trace.frames[trace.frames.length - 1]!;
    const b = trace.bodies.findIndex((body) => body.id === kettle.id);
    const end = [0, 1, 2].map((k) => last[b * FLOATS_PER_BODY + k]!);
    const [x, z] = burnerSpots(stove)[0]!;
    expect(Math.hypot(end[0]! - x, end[2]! - z)).toBeLessThan(0.02);
    // Its base on the rings (it ended on the floor, 7 cm up).
    expect(Math.abs(end[1]! - kettle.size[1]! - 2 * stove.size[1]!)).toBeLessThan(0.005);
  }, 60_000);

  it('is what "a man lifts the pot off the stove" lifts the pot from: off a burner, no table brought', async () => {
    const plan = readPrompt('a man lifts the pot off the stove', { durationSec: 3, width: 160, height: 90 }).plan!;
    expect(plan.entities.some((e) => e.kind === 'table')).toBe(false);
    const stove = plan.entities.find((e) => e.form === 'stove')!;
    const pot = plan.entities.find((e) => e.form === 'pot')!;
    // On the rings of a burner (it stood on a table, the stove 3.8 m off in the back).
    expect(Math.abs(pot.position[1] - pot.size[1]! - 2 * stove.size[1]!)).toBeLessThan(0.002);
    expect(burnerSpots(stove).some(([x, z]) => Math.hypot(pot.position[0] - x, pot.position[2] - z) < 0.005)).toBe(true);
    const trace = await simulate(plan, 1);
    expect(trace.outcome?.summary).toMatch(/lifted the pot \d+ cm off the stove/);
  }, 60_000);
});

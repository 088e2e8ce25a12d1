// Two liquids in one scene ("milk is poured into a mug of coffee"): the mug starts with coffee at
// rest, the milk is poured in, and the two are one body of particles, each carrying its share of
// coffee (liquids/mix.ts). The coffee's total share is kept while they trade; the mug's level rises
// by what is poured (within 5%); the liquid keeps its volume; and the picture shows the mixture:
// the liquid in the mug at the end is lighter than the same drawn all coffee, darker than all milk.
import { describe, expect, it } from 'vitest';
import type { LiquidTrace } from '../../main/contract/world-trace-types';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { ContainerShape } from '../../main/engine/liquids/container';
import { takeVolumes } from '../../main/engine/liquids/volume';
import { objectModule } from '../../main/engine/objects';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulateTake } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const PROMPT = 'milk is poured into a mug of coffee, close-up, high angle';

// The particles (indices) inside the mug at a frame, and the level their volume stands to.
function inMug(liquid: LiquidTrace, at: number, centre: number[], shape: ContainerShape): number[] {
  const frame = liquid.frames[at]!;
  const bottom = centre[1]! - shape.heightM / 2;
  const out: number[] = [];
  for (let i = 0; i < frame.length / 3; i++) {
    const x = frame[3 * i]! / 1000 - centre[0]!, y = frame[3 * i + 1]! / 1000 - bottom, z = frame[3 * i + 2]! / 1000 - centre[2]!;
    if (shape.isInside(Math.hypot(x, z), y)) out.push(i);
  }
  return out;
}

describe('milk poured into a mug of coffee', () => {
  it('reads coffee resting in the mug the milk is poured into, both shown', () => {
    const read = readPrompt(PROMPT);
    const plan = read.plan!;
    const pour = plan.actions[0]!;
    expect(pour.kind).toBe('pour');
    if (pour.kind !== 'pour') return;
    expect(pour.from.liquid).toBe('milk');
    expect(plan.stillLiquid).toMatchObject({ liquid: 'coffee', in: pour.into });
    expect(read.understanding?.notDepicted).not.toContain('coffee');
    // One liquid poured into an empty glass rests nowhere.
    expect(readPrompt('water is poured from a jug into a glass').plan?.stillLiquid).toBeUndefined();
  });

  it('pours the milk into the coffee: volume kept, the level rises by the milk, the colours mix', async () => {
    const plan = readPrompt(PROMPT, { durationSec: 5, width: 320, height: 180 }).plan!;
    const take = await simulateTake(plan, 1);
    const { trace } = take;
    const liquid = trace.liquid!;
    expect(liquid.kind).toBe('milk');
    expect(liquid.mix?.kind).toBe('coffee');
    const mix = liquid.mix!;
    expect(mix.frames.length).toBe(liquid.frames.length);
    const mug = plan.entities.find((e) => e.form === 'mug')!;
    const shape = new ContainerShape(objectModule('mug'));
    const last = liquid.frames.length - 1;
    // At the start the coffee (share 100) is all in the mug, the milk (0) all out of it.
    const first = new Set(inMug(liquid, 0, mug.position, shape));
    const coffee = mix.frames[0]!.flatMap((s, i) => (s === 100 ? [i] : []));
    expect(coffee.length).toBeGreaterThan(1000);
    expect(coffee.every((i) => first.has(i))).toBe(true);
    expect(first.size).toBe(coffee.length);
    // The coffee's total share is kept as they trade (each frame rounds each particle to 1%).
    const total = (f: number): number => mix.frames[f]!.reduce((a, b) => a + b, 0) / 100;
    expect(Math.abs(total(last) - total(0))).toBeLessThan(0.005 * coffee.length);
    // They meet and mix: many particles end between the two, none did at the start.
    const between = (f: number): number => mix.frames[f]!.filter((s) => s >= 10 && s <= 90).length;
    expect(between(0)).toBe(0);
    expect(between(last)).toBeGreaterThan(0.2 * liquid.count);
    // The level rises by the milk that arrived (the median over the last 12 frames, as the pour test).
    const levelM = (n: number): number => shape.levelFor(n * liquid.spacingM ** 3);
    const errors = Array.from({ length: 12 }, (_, k) => {
      const held = inMug(liquid, last - k, mug.position, shape).length;
      const milk = (held - coffee.length) * liquid.spacingM ** 3;
      return Math.abs(shape.volumeBelow(levelM(held)) - shape.volumeBelow(levelM(coffee.length)) - milk) / milk;
    }).sort((a, b) => a - b);
    expect(inMug(liquid, last, mug.position, shape).length - coffee.length).toBeGreaterThan(0.6 * (liquid.count - coffee.length));
    expect((errors[5]! + errors[6]!) / 2).toBeLessThan(0.05);
    // The take's sentence says the milk raised the coffee's level, from where the coffee stood (the
    // level its particles pack to at the start, to the cm) to where both stand at the end.
    const said = /raised the coffee in it from about (\d+) cm to about (\d+) cm/.exec(trace.outcome?.summary ?? '');
    expect(said, trace.outcome?.summary).not.toBeNull();
    expect(Math.abs(Number(said![1]) - 100 * levelM(coffee.length))).toBeLessThanOrEqual(1);
    expect(Number(said![2])).toBeGreaterThan(Number(said![1]));
    expect(trace.outcome?.summary).not.toMatch(/filled it to/);
    // Volume as packed, each second, against the rest volume (the pour test's bound).
    for (const v of takeVolumes(plan, trace, take.states)) expect(Math.abs(1 - v.ratio)).toBeLessThan(0.022);
    // Seen: the liquid in the mug at the end, against the same frame drawn as if all of it were
    // coffee and as if all milk: lighter than the one, darker than the other.
    const lumAs = (share: number | null): number => {
      const frames = share === null ? mix.frames : mix.frames.map((f) => f.map(() => share));
      const renderer = createFrameRenderer(plan, { ...trace, liquid: { ...liquid, mix: { ...mix, frames } } });
      const rgba = renderer.renderFrame(last);
      const { mask, box } = objectPixels(renderer, 'liquid:milk');
      const cup = objectPixels(renderer, `object:${mug.id}`).box;
      let sum = 0, n = 0;
      for (let y = cup.minY; y <= cup.maxY; y++) {
        for (let x = cup.minX; x <= cup.maxX; x++) {
          const i = y * renderer.width + x;
          if (!mask[i]) continue;
          sum += 0.2126 * rgba[4 * i]! + 0.7152 * rgba[4 * i + 1]! + 0.0722 * rgba[4 * i + 2]!;
          n++;
        }
      }
      expect(box.count).toBeGreaterThan(0);
      expect(n).toBeGreaterThan(30);
      return sum / n;
    };
    const asCoffee = lumAs(100), asMilk = lumAs(0), seen = lumAs(null);
    expect(seen).toBeGreaterThan(asCoffee + 15);
    expect(seen).toBeLessThan(asMilk - 15);
  }, 400_000);
});

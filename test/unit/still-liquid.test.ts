// A liquid at rest in a container the prompt only names ("a glass of water on the table"): the
// glass stands filled to its usual level, the water stays where it is (its volume, its stillness)
// at almost no cost (held by its glass: liquids/still-hold.ts, the solver never stepped), the panel
// marks "water" shown, and it is drawn: the full glass's pixels differ from the same glass empty.
// An action that brings its own liquid (a stone dropped into a glass of water) is not doubled.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { ContainerShape } from '../../main/engine/liquids/container';
import { objectModule } from '../../main/engine/objects';
import { parsePrompt, readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 256;
const H = 144;
const PARTICLES = 1200;
const PROMPT = 'a glass of water on the table, medium shot';

const cpuSec = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1e6;

describe('a liquid at rest in a named container', () => {
  it('reads "a glass of water" as a glass 0.8 full, water shown; a drop into one is not doubled', () => {
    const read = readPrompt(PROMPT);
    expect(read.plan?.stillLiquid).toMatchObject({ liquid: 'water', fill: 0.8 });
    expect(read.understanding?.words?.find((w) => w.word === 'water')?.depicted).toBe(true);
    expect(read.understanding?.notDepicted).not.toContain('water');
    expect(readPrompt('a mug of coffee on the table').plan?.stillLiquid).toMatchObject({ liquid: 'coffee', fill: 0.85 });
    expect(readPrompt('a bowl of water').plan?.stillLiquid).toMatchObject({ liquid: 'water', fill: 0.6 });
    // The immerse action fills its glass itself.
    const dropped = readPrompt('a stone is dropped into a glass of water').plan;
    expect(dropped?.actions.map((a) => a.kind)).toEqual(['immerse']);
    expect(dropped?.stillLiquid).toBeUndefined();
    // A second liquid has no vessel of its own here: it is listed as not shown (with why).
    expect(readPrompt('a glass of water and a cup of milk on the table').understanding?.notDepicted.some((w) => w.startsWith('milk'))).toBe(true);
  });

  it('fills the vessel the liquid is named with, never one said to be empty', () => {
    const filled = (prompt: string): string | undefined => {
      const plan = readPrompt(prompt, { durationSec: 3 }).plan!;
      return plan.entities.find((e) => e.id === plan.stillLiquid?.in)?.label;
    };
    expect(filled('an empty bowl next to a glass of water')).toBe('glass');
    expect(filled('a bowl and a glass of water')).toBe('glass');
    expect(filled('an empty glass next to a jug of water')).toBe('jug');
  });

  it('stands still at its level, cheaply, and is seen', async () => {
    const plan = parsePrompt(PROMPT);
    plan.format = { ...plan.format, durationSec: 3, width: W, height: H };
    plan.stillLiquid = { ...plan.stillLiquid!, particles: PARTICLES };
    const empty = { ...plan, stillLiquid: undefined };
    const c0 = process.cpuUsage();
    await simulate(empty, 1);
    const emptyCpu = cpuSec(process.cpuUsage(c0));
    const c1 = process.cpuUsage();
    const trace = await simulate(plan, 1);
    const fullCpu = cpuSec(process.cpuUsage(c1));
    const liquid = trace.liquid!;
    expect(liquid.count).toBeGreaterThan(0.7 * PARTICLES);
    // Its level: the top particles' centres half a spacing under 0.8 of the glass's inside height.
    const glass = plan.entities.find((e) => e.id === plan.stillLiquid!.in)!;
    const s = new ContainerShape(objectModule(glass.form));
    const first = liquid.frames[0]!, last = liquid.frames[liquid.frames.length - 1]!;
    const top = (f: readonly number[]): number => Math.max(...f.filter((_, i) => i % 3 === 1)) / 1000;
    const bottomY = glass.position[1] - s.heightM / 2;
    const level = top(first) - bottomY + liquid.spacingM / 2;
    expect(Math.abs(level - (s.floorM + 0.8 * (s.heightM - s.floorM)))).toBeLessThan(liquid.spacingM);
    // Volume: every particle stays (the count in the glass is the volume); stillness: mean speed.
    expect(last.length).toBe(first.length);
    let travelled = 0;
    for (let i = 0; i < first.length; i += 3) travelled += Math.hypot(last[i]! - first[i]!, last[i + 1]! - first[i + 1]!, last[i + 2]! - first[i + 2]!) / 1000;
    const meanSpeed = travelled / liquid.count / plan.format.durationSec;
    expect(meanSpeed).toBeLessThan(0.001);
    expect(Math.abs(top(last) - top(first))).toBeLessThan(0.01 * (top(first) - bottomY));
    // Cheap: measured 0.5 s more CPU over a 5 s clip of 2.5k particles (the glass alone 1.1 s).
    expect(fullCpu, `CPU with the water ${fullCpu.toFixed(2)} s, without ${emptyCpu.toFixed(2)} s`).toBeLessThan(2 * emptyCpu + 1);

    const renderer = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    const frame = trace.frameCount - 1;
    const withWater = renderer.renderFrame(frame).slice();
    const { mask, box } = objectPixels(renderer, 'liquid-surface');
    const surface = renderer.lastFrame().draws.items.find((d) => d.mesh.name === 'liquid-surface');
    if (!surface) throw new Error('no water drawn');
    surface.mesh.visible = false;
    const without = renderer.renderFrame(frame).slice();
    let diff = 0;
    for (let i = 0; i < W * H; i++) if (mask[i]) for (let c = 0; c < 3; c++) diff += Math.abs(withWater[4 * i + c]! - without[4 * i + c]!) / 3;
    const mean = diff / Math.max(1, box.count);
    console.info(`still glass of water: ${box.count} px, mean difference ${mean.toFixed(1)}; CPU ${fullCpu.toFixed(2)} s against ${emptyCpu.toFixed(2)} s`);
    expect(box.count).toBeGreaterThan(150);
    expect(mean).toBeGreaterThan(4);
  }, 120_000);
});

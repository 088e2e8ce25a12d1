// What a liquid looks like in its cup, measured from the pixels the liquid's surface covers: black
// coffee in a red mug is dark brown and hides the mug's glaze under it (it read as clear water over
// the red: the light it let through kept all its red); milk in a glass is white.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 256;
const H = 144;
const FAST = { grain: false, antialias: false } as const;
const PARTICLES = 1200;

// The mean sRGB colour (0-255) of the liquid's pixels at frame f, and how many there are.
async function liquidColour(prompt: string, durationSec: number, at: (plan: ReturnType<typeof parsePrompt>) => number): Promise<{ rgb: number[]; count: number }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, durationSec, width: W, height: H };
  for (const a of plan.actions) {
    if (a.kind === 'stir') a.in.particles = PARTICLES;
    if (a.kind === 'pour') a.from.particles = PARTICLES;
  }
  const r = createFrameRenderer(plan, await simulate(plan, 1), FAST);
  const pixels = r.renderFrame(at(plan));
  const { mask, box } = objectPixels(r, 'liquid-surface');
  const sum = [0, 0, 0];
  for (let i = 0; i < mask.length; i++) if (mask[i]) for (let c = 0; c < 3; c++) sum[c]! += pixels[i * 4 + c]!;
  return { rgb: sum.map((s) => s / Math.max(1, box.count)), count: box.count };
}

describe('liquid colour', () => {
  it('coffee stirred in a red mug is dark brown, not the mug\'s red through clear water', async () => {
    const { rgb, count } = await liquidColour('close-up of a man stirring his coffee with a spoon', 3, (plan) => {
      const stir = plan.actions.find((a) => a.kind === 'stir')!;
      return Math.round((stir.startSec + 0.5) * plan.format.fps);
    });
    const [r, g, b] = rgb as [number, number, number];
    expect(count).toBeGreaterThan(100);
    // Dark (the mug's glaze seen through it was 108 of red; the coffee itself is about 60) ...
    expect(Math.max(r, g, b)).toBeLessThan(80);
    // ... and brown: red over green over blue, red not far ahead (the red glaze was 4 times the green).
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(r / g).toBeLessThan(2.5);
  });

  it('coffee poured into a glass is dark brown and milk white', async () => {
    const atEnd = (plan: ReturnType<typeof parsePrompt>): number => Math.round(plan.format.durationSec * plan.format.fps) - 1;
    const coffee = await liquidColour('coffee is poured from a jug into a glass', 3, atEnd);
    const milk = await liquidColour('milk is poured from a jug into a glass', 3, atEnd);
    expect(Math.max(...coffee.rgb)).toBeLessThan(90);
    expect(coffee.rgb[0]!).toBeGreaterThan(coffee.rgb[2]!);
    expect(Math.min(...milk.rgb)).toBeGreaterThan(170);
  });
});

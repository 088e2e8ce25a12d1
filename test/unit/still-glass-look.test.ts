// A still glass of clear water reads as water in a glass (issue 11): against the same glass empty,
// what lies behind it is changed inside the water column (the water's lens bends it) and not above
// the water line; the water line is a bright ring (the meniscus, frames/clear/meniscus.ts), brighter
// than the glass above it and the water below it; and the glass's thick base reads as a bright foot
// below the water. Measured on the centre half of the glass, by luminance (0..255).
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FRAME = 10;

async function frames(prompt: string): Promise<{ full: Uint8Array; empty: Uint8Array; W: number; water: ReturnType<typeof objectPixels>['box'] }> {
  const plan: ScenePlan = parsePrompt(prompt);
  plan.format = { ...plan.format, durationSec: 1, width: 427, height: 240 };
  const empty = { ...plan, stillLiquid: undefined };
  const full = createFrameRenderer(plan, await simulate(plan, 1));
  const fullPixels = full.renderFrame(FRAME);
  const water = objectPixels(full, 'liquid:water').box;
  return { full: fullPixels, empty: createFrameRenderer(empty, await simulate(empty, 1)).renderFrame(FRAME), W: full.width, water };
}

const lum = (a: Uint8Array, i: number): number => 0.2126 * a[4 * i]! + 0.7152 * a[4 * i + 1]! + 0.0722 * a[4 * i + 2]!;

describe('a still glass of water as the eye sees it', () => {
  it.each([
    // prompt, least change inside the water, least ring over the glass above it
    ['close-up of a glass of water', 3, 30],
    ['a glass of water on the table, medium shot', 3, 6],
  ])('%s: bent behind the water, a bright water line, a thick foot', async (prompt, leastBent, leastRing) => {
    const { full, empty, W, water } = await frames(prompt);
    expect(water.count).toBeGreaterThan(500);
    const cx = Math.round((water.minX + water.maxX) / 2), hw = Math.round((water.maxX - water.minX) / 4);
    const row = (a: Uint8Array, y: number): number => {
      let s = 0;
      for (let x = cx - hw; x <= cx + hw; x++) s += lum(a, y * W + x);
      return s / (2 * hw + 1);
    };
    const changed = (y0: number, y1: number): number => {
      let s = 0;
      for (let y = y0; y < y1; y++) for (let x = cx - hw; x <= cx + hw; x++) s += Math.abs(lum(full, y * W + x) - lum(empty, y * W + x));
      return s / ((y1 - y0) * (2 * hw + 1));
    };
    const top = water.minY, height = water.maxY - water.minY;
    // Above the water line the glass shows what is behind it as it is; inside the water, changed.
    expect(changed(top - Math.round(0.2 * height), top - 4)).toBeLessThan(0.5);
    expect(changed(top + 8, water.maxY - 4)).toBeGreaterThan(leastBent);
    // The water line: its brightest row, against the glass just above and the water below.
    const ring = Math.max(...[0, 1, 2, 3, 4].map((k) => row(full, top + k)));
    const above = row(full, top - 5), below = row(full, top + Math.round(0.3 * height));
    expect(ring).toBeGreaterThan(above + leastRing);
    expect(ring).toBeGreaterThan(below + leastRing);
    // The foot: the rows of the base under the water, brighter than the water column over it.
    const foot = Math.max(...Array.from({ length: 12 }, (_, k) => row(full, water.maxY + 1 + k)));
    expect(foot).toBeGreaterThan(row(full, water.maxY - Math.round(0.2 * height)) + 10);
  }, 120_000);
});

// Outdoors at night without lamps the moon is the light: a beach at night was lit like a floodlit
// court (its sand 144 of 255 in the lower half, against 154 at sunset and 188 by day). A street keeps its lamps.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 320, H = 180;

// Mean red, green, blue (0-255) over the frame's lower half, and the mean luma of the person.
async function lowerHalf(prompt: string): Promise<{ rgb: number[]; person: number }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, width: W, height: H, durationSec: 2 };
  const r = createFrameRenderer(plan, await simulate(plan, 1), { grain: false, antialias: false });
  const px = r.renderFrame(24);
  const sum = [0, 0, 0];
  for (let y = H / 2; y < H; y++) for (let x = 0; x < W; x++) for (let c = 0; c < 3; c++) sum[c]! += px[(y * W + x) * 4 + c]!;
  const person = plan.entities.find((e) => e.kind === 'person')!;
  const { mask, box } = objectPixels(r, `person:${person.id}`);
  let luma = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) luma += 0.2126 * px[i * 4]! + 0.7152 * px[i * 4 + 1]! + 0.0722 * px[i * 4 + 2]!;
  return { rgb: sum.map((s) => s / (W * H / 2)), person: luma / Math.max(1, box.count) };
}

describe('night outdoors', () => {
  it('lights a beach by the moon: dark (well below the day) and blue, the person seen against the sand; a street by its lamps', async () => {
    const beach = await lowerHalf('a woman walks on a beach at night');
    const day = await lowerHalf('a woman walks on a beach');
    const mean = (v: number[]): number => (v[0]! + v[1]! + v[2]!) / 3;
    expect(mean(beach.rgb)).toBeLessThan(0.6 * mean(day.rgb));
    expect(beach.rgb[2]!).toBeGreaterThan(beach.rgb[0]!);
    expect(mean(beach.rgb) - beach.person).toBeGreaterThan(30);
    const street = await lowerHalf('a woman walks down the street at night');
    // Lamps are warm: the street's ground is redder than it is blue.
    expect(street.rgb[0]!).toBeGreaterThan(street.rgb[2]!);
  }, 120_000);
});

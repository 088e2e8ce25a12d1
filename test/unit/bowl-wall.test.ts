// A bowl's inner wall is evenly lit: no dark blot where the screen-space occlusion's capped disc
// caught the bowl's near rim at the ends of its ellipse (ambient-occlusion.ts counts occluders only
// within the reach it samples all round).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const PATCH = 9;

// The darkest PATCH x PATCH window wholly on the bowl against the median window, by mean luminance.
function darkestPatch(rgba: Uint8Array, mask: Uint8Array, W: number, H: number): { ratio: number; windows: number } {
  const means: number[] = [];
  for (let y = 0; y + PATCH <= H; y += 3) {
    for (let x = 0; x + PATCH <= W; x += 3) {
      let sum = 0, all = true;
      for (let dy = 0; dy < PATCH && all; dy++) {
        for (let dx = 0; dx < PATCH; dx++) {
          const i = (y + dy) * W + x + dx;
          if (!mask[i]) { all = false; break; }
          sum += 0.2126 * rgba[4 * i]! + 0.7152 * rgba[4 * i + 1]! + 0.0722 * rgba[4 * i + 2]!;
        }
      }
      if (all) means.push(sum / (PATCH * PATCH));
    }
  }
  means.sort((a, b) => a - b);
  return { ratio: means[0]! / means[Math.floor(means.length / 2)]!, windows: means.length };
}

describe('a bowl of water', () => {
  for (const prompt of ['a stone is dropped into a bowl of water', 'a wooden block floats in a bowl of water']) {
    it(`has no dark blot on its wall: ${prompt}`, async () => {
      const plan = parsePrompt(prompt);
      const bowl = plan.entities.find((e) => JSON.stringify(e).includes('bowl'));
      if (!bowl) throw new Error('no bowl');
      const renderer = createFrameRenderer(plan, await simulate(plan, 1), { grain: false, antialias: false });
      const rgba = renderer.renderFrame(30);
      const { mask, box } = objectPixels(renderer, `object:${bowl.id}`);
      expect(box.count).toBeGreaterThan(20_000);
      const { ratio, windows } = darkestPatch(rgba, mask, renderer.width, renderer.height);
      expect(windows).toBeGreaterThan(500);
      // (0.09 with the blot; the wall's own shading keeps its darkest patch above two thirds)
      expect(ratio).toBeGreaterThan(0.6);
    }, 60_000);
  }
});

// Clear water reads as water: the glass it is poured into, drawn once with the water and once without
// (same frame, same camera), differs where the water is, and its lines (the table's grain broken and
// turned by the lens of water, its silvery edges, the water line) stand out from the empty glass's.
// With the water only shifted sideways by a quarter of the depth crossed, the glass looked empty: at
// this size, mid-pour (frame 45) and full (the last frame), 9.8 and 15.2 (of 255) mean difference and
// 1.67 and 1.32 times the empty glass's edge contrast; with the lens of water (clear/lens.ts) 16-17
// and 35-36, 3.6 and 2.3 times.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 256;
const H = 144;
const PARTICLES = 1200;

const luma = (rgba: Uint8Array, i: number): number => (rgba[4 * i]! + rgba[4 * i + 1]! + rgba[4 * i + 2]!) / 3;

// Mean |gradient| of luminance over the masked pixels (their neighbours across and up/down).
function edgeContrast(rgba: Uint8Array, mask: Uint8Array): number {
  let sum = 0, n = 0;
  for (let y = 1; y < H - 1; y++) {
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      if (!mask[i]) continue;
      sum += Math.abs(luma(rgba, i + 1) - luma(rgba, i - 1)) + Math.abs(luma(rgba, i + W) - luma(rgba, i - W));
      n++;
    }
  }
  return sum / Math.max(1, n);
}

describe('water look', () => {
  it('water poured into a glass shows against the same glass drawn empty', async () => {
    const plan = parsePrompt('water is poured into a glass, medium shot');
    plan.format = { ...plan.format, durationSec: 3, width: W, height: H };
    for (const a of plan.actions) if (a.kind === 'pour') a.from.particles = PARTICLES;
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), { grain: false, antialias: false });
    const last = plan.format.durationSec * plan.format.fps - 1;
    // Per frame: the least mean difference (sRGB, 0-255) over the water's pixels, between the old
    // look's and the lens's figures above.
    for (const [frame, least] of [[45, 13], [last, 25]] as const) {
      const withWater = renderer.renderFrame(frame).slice();
      const { mask, box } = objectPixels(renderer, 'liquid-surface');
      const surface = renderer.lastFrame().draws.items.find((d) => d.mesh.name === 'liquid-surface');
      if (!surface) throw new Error('no water drawn');
      surface.mesh.visible = false;
      const empty = renderer.renderFrame(frame).slice();
      surface.mesh.visible = true;
      let diff = 0;
      for (let i = 0; i < W * H; i++) if (mask[i]) for (let c = 0; c < 3; c++) diff += Math.abs(withWater[4 * i + c]! - empty[4 * i + c]!) / 3;
      const mean = diff / Math.max(1, box.count);
      const contrast = edgeContrast(withWater, mask) / Math.max(0.1, edgeContrast(empty, mask));
      expect(box.count, `frame ${frame}`).toBeGreaterThan(300);
      expect(mean, `frame ${frame}: mean difference`).toBeGreaterThan(least);
      expect(contrast, `frame ${frame}: edge contrast against the empty glass`).toBeGreaterThan(2);
    }
  }, 120_000);
});

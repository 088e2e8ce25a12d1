// "A woman walks on the beach at sunset" reads as a sunset: the sky in the frame is red-orange along
// the horizon and turns rosier and bluer with height (a pale orange the same all the way up, tone
// mapped, read as a yellow haze), and the sand under it is darker than the sky near the horizon.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const W = 427, H = 240;

describe('a sunset on the beach', () => {
  it('has a warm sky gradient over the horizon and sand darker than that sky', async () => {
    const plan = parsePrompt('a woman walks on the beach at sunset');
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), { grain: false, antialias: false });
    const rgba = renderer.renderFrame(30);
    const { id } = renderer.lastFrame().target;
    // The sky's rows (background pixels) and the sun's column (its brightest sky pixel), kept out.
    let lowest = 0, sunX = 0, sunLum = 0;
    for (let i = 0; i < W * H; i++) {
      if (id[i] !== 0) continue;
      lowest = Math.max(lowest, (i / W) | 0);
      const lum = rgba[4 * i]! + rgba[4 * i + 1]! + rgba[4 * i + 2]!;
      if (lum > sunLum) { sunLum = lum; sunX = i % W; }
    }
    const mean = (y0: number, y1: number, sky: boolean): [number, number, number] => {
      const s = [0, 0, 0];
      let n = 0;
      for (let y = Math.max(0, y0); y <= y1; y++) {
        for (let x = 0; x < W; x++) {
          const i = y * W + x;
          if ((id[i] === 0) !== sky || Math.abs(x - sunX) < 0.15 * W) continue;
          for (let c = 0; c < 3; c++) s[c] = s[c]! + rgba[4 * i + c]!;
          n++;
        }
      }
      expect(n).toBeGreaterThan(200);
      return s.map((v) => v / n) as [number, number, number];
    };
    const band = Math.round(0.12 * lowest);
    const horizon = mean(lowest - band, lowest, true), top = mean(0, band, true);
    // Red-orange at the horizon: red well over green and blue (it was 1.25 and 2.2: yellowish).
    expect(horizon[0] / horizon[1]).toBeGreaterThan(1.5);
    expect(horizon[0] / horizon[2]).toBeGreaterThan(2.5);
    // Bluer with height (its blue share rose 0.03 from the horizon to the top before).
    expect(top[2] / top[0] - horizon[2] / horizon[0]).toBeGreaterThan(0.08);
    // The sand in the foreground lies darker than the sky over the horizon.
    const sand = mean(H - 40, H - 1, false);
    expect(sand[0] + sand[1] + sand[2]).toBeLessThan(0.9 * (horizon[0] + horizon[1] + horizon[2]));
  });
});

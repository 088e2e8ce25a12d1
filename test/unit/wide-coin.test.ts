// A wide shot of a thing so small that a quarter of the frame would be a macro shot (a coin) shows
// where it is: the top of the table it spins on whole, the coin small on it, read from the object-ID
// buffer at 320x180 (before, the "wide" shot was 10 cm from the coin, which filled a third of the
// frame's height, and no table edge was in frame).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 320, H = 180;

describe('a wide shot of a coin spinning on the table', () => {
  it('holds the table top whole with the coin small on it', async () => {
    const plan = parsePrompt('wide shot of a coin spinning on the table');
    plan.format = { ...plan.format, durationSec: 1.5, width: W, height: H };
    expect(plan.camera.shot).toBe('wide');
    const coin = plan.entities.find((e) => e.kind === 'object')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    const trace = await simulate(plan, 1);
    const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    for (const f of [0, trace.frameCount - 1]) {
      r.renderFrame(f);
      const t = objectPixels(r, `table:${table.id}`).box, c = objectPixels(r, `object:${coin.id}`).box;
      console.info(`frame ${f}: table x ${t.minX}-${t.maxX}, y ${t.minY}-${t.maxY}; coin ${c.count} px, ${c.maxY - c.minY + 1} px tall`);
      // The table's top from edge to edge inside the frame, taking most of its width.
      expect(t.minX).toBeGreaterThan(0);
      expect(t.maxX).toBeLessThan(W - 1);
      expect(t.minY).toBeGreaterThan(0);
      expect((t.maxX - t.minX) / W).toBeGreaterThan(0.6);
      // The coin seen, and small.
      expect(c.count).toBeGreaterThan(0);
      expect((c.maxY - c.minY + 1) / H).toBeLessThan(0.1);
    }
  }, 60_000);
});

// A close-up of a domino run keeps the run in frame after it has fallen: at 2 s (well after the
// wave has passed) every domino shows, the run's box sits inside the frame's edges, and it spans
// most of the frame's width, read from the object-ID buffer. The fallen dominoes read: seen square to
// the run, each lying domino covers at least 800 pixels of a 640x360 frame (seen along a run turned
// 37 degrees away from the lens, the far end's were 540).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

describe('a row of dominoes falls, close-up', () => {
  it('holds the fallen row and the wave front in frame at 1 s and 2 s', async () => {
    const plan = parsePrompt('a row of dominoes falls, close-up');
    plan.format = { ...plan.format, width: 640, height: 360 };
    const dominoes = plan.entities.filter((e) => JSON.stringify(e).includes('domino'));
    expect(dominoes.length).toBeGreaterThanOrEqual(8);
    const trace = await simulate(plan, 1);
    const renderer = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    for (const sec of [1, 2]) {
      renderer.renderFrame(Math.round(sec * trace.fps));
      const boxes = dominoes.map((d) => objectPixels(renderer, `object:${d.id}`).box);
      for (const [k, b] of boxes.entries()) expect(b.count, `domino ${k} at ${sec} s`).toBeGreaterThan(sec === 2 ? 800 : 30);
      const minX = Math.min(...boxes.map((b) => b.minX)), maxX = Math.max(...boxes.map((b) => b.maxX));
      const minY = Math.min(...boxes.map((b) => b.minY)), maxY = Math.max(...boxes.map((b) => b.maxY));
      const W = renderer.width, H = renderer.height;
      expect(minX, `${sec} s`).toBeGreaterThan(0.03 * W);
      expect(maxX, `${sec} s`).toBeLessThan(0.97 * W);
      expect(minY, `${sec} s`).toBeGreaterThan(0.03 * H);
      expect(maxY, `${sec} s`).toBeLessThan(0.97 * H);
      expect((maxX - minX) / W, `${sec} s`).toBeGreaterThan(0.5);
    }
  }, 60_000);
});

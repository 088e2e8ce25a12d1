// Ambient occlusion is computed on a coarse grid and read back per pixel. Read back from grid points
// on the same surface only: the table right beside a book's side is as occluded as (or more than) the
// table a few pixels further out, where a plain bilinear read gave it the book top's open sky, a
// bright fringe that stepped along the book's sides every grid cell.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { AmbientOcclusion } from '../../main/engine/frames/shading/ambient-occlusion';
import { viewRays } from '../../main/engine/frames/shading/view-rays';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

describe('ambient occlusion at depth edges', () => {
  it('does not light the table beside a book with the book top\'s open sky', async () => {
    const plan = parsePrompt('a book slides across the table, medium shot');
    plan.format = { ...plan.format, width: 427, height: 240, durationSec: 2 };
    const trace = await simulate(plan, 1);
    const r = createFrameRenderer(plan, trace, { passes: 'js' });
    r.renderFrame(10);
    const { target, camera } = r.lastFrame();
    const W = target.width;
    const book = objectPixels(r, 'object:object-1');
    expect(book.box.count).toBeGreaterThan(500);
    const ao = new AmbientOcclusion(W, target.height).compute(target, viewRays(camera, W, target.height));
    // Each row: the first pixel left of the book, against the pixel 4 further left (both table).
    let rows = 0, brighter = 0;
    for (let y = book.box.minY; y <= book.box.maxY; y++) {
      let x0 = -1;
      for (let x = 0; x < W; x++) if (book.mask[y * W + x]) { x0 = x; break; }
      if (x0 < 6) continue;
      const near = y * W + x0 - 1, far = y * W + x0 - 5;
      if (book.mask[near] || book.mask[far] || target.id[near] !== target.id[far]) continue;
      rows++;
      brighter += ao[near]! - ao[far]!;
    }
    expect(rows).toBeGreaterThan(20);
    // On average the table by the book is no more open than further out (a plain bilinear read: +0.16).
    expect(brighter / rows).toBeLessThan(0.01);
  });
});

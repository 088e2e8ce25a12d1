// Furniture's wood as a viewer sees it: a chair's seat is one piece of timber with its grain along
// it, at the chair's scale, not a floor's planks with dark gaps between boards.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

describe("a chair's wood", () => {
  it('seen from above, its seat streaks along one way (the grain) and has no dark plank gaps across it', async () => {
    const plan = parsePrompt('a chair tips over in the room');
    plan.camera = { ...plan.camera, shot: 'close', angle: 'overhead', motion: 'static' };
    plan.format = { ...plan.format, durationSec: 1, width: 640, height: 360 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    const rgba = renderer.renderFrame(0);
    const { width } = renderer.lastFrame().target;
    const seat = objectPixels(renderer, 'part0');
    expect(seat.box.count).toBeGreaterThan(3000);
    const lum = (i: number): number => 0.2126 * rgba[4 * i]! + 0.7152 * rgba[4 * i + 1]! + 0.0722 * rgba[4 * i + 2]!;
    // Mean step in brightness to the next pixel right and to the next one down, inside the seat.
    let dx = 0, nx = 0, dy = 0, ny = 0;
    const b = seat.box, w = b.maxX - b.minX, h = b.maxY - b.minY;
    for (let y = b.minY; y < b.maxY; y++) {
      for (let x = b.minX; x < b.maxX; x++) {
        const i = y * width + x;
        if (!seat.mask[i]) continue;
        if (seat.mask[i + 1]) { dx += Math.abs(lum(i + 1) - lum(i)); nx++; }
        if (seat.mask[i + width]) { dy += Math.abs(lum(i + width) - lum(i)); ny++; }
      }
    }
    const along = Math.min(dx / nx, dy / ny), across = Math.max(dx / nx, dy / ny);
    // (a floor's planks across the seat gave steps about as big both ways)
    expect(across).toBeGreaterThan(1.6 * along);
    // No plank gaps: every line of pixels along the grain across the middle of the seat is about
    // as bright as the rest (a floor's 12 cm boards put a dark gap line across it).
    const byRow = dx / nx < dy / ny;
    const lines = new Map<number, { sum: number; n: number }>();
    for (let y = b.minY; y < b.maxY; y++) {
      for (let x = b.minX; x < b.maxX; x++) {
        const i = y * width + x;
        if (!seat.mask[i] || Math.abs(x - b.minX - w / 2) > w / 4 || Math.abs(y - b.minY - h / 2) > h / 4) continue;
        const line = lines.get(byRow ? y : x) ?? { sum: 0, n: 0 };
        line.sum += lum(i); line.n++;
        lines.set(byRow ? y : x, line);
      }
    }
    // (in order across the grain) the deepest narrow dip: a line darker than those 3 pixels either
    // side (0.12 with the floor's boards, 0.06 as one piece)
    const means = [...lines.entries()].sort((p, q) => p[0] - q[0]).map(([, l]) => l.sum / l.n);
    expect(means.length).toBeGreaterThan(30);
    let dip = 0;
    for (let i = 3; i < means.length - 3; i++) dip = Math.max(dip, 1 - means[i]! / ((means[i - 3]! + means[i + 3]!) / 2));
    expect(dip).toBeLessThan(0.09);
  });
});

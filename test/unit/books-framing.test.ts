// Books falling off a table, framed by each shot size, read from the object-ID buffer at 320x180
// (one trace: the camera words do not change the physics). Before: the wide shot followed the first
// book (the books 0.14-0.17 of the frame's height, the table out of frame above it, the three books
// in a line running towards the lens, the nearest cut by the frame's foot); the medium shot framed
// the first book alone (the others cut at the frame's edge or out of it); a low angle stood 3
// degrees over the floor, the books lines.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels, type PixelBox } from '../helpers/frame-ids';

const W = 320, H = 180;
const inside = (b: PixelBox): boolean => b.count > 0 && b.minX > 0 && b.maxX < W - 1 && b.minY > 0 && b.maxY < H - 1;

describe('books falling off a table', () => {
  it('wide: the table and the whole fall, each book apart; medium: all three; low angle: each book seen', async () => {
    const plan = parsePrompt('wide shot of books falling off a table');
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    const books = plan.entities.filter((e) => e.kind === 'object').map((e) => `object:${e.id}`);
    const table = plan.entities.find((e) => e.kind === 'table')!;
    expect(books).toHaveLength(3);
    const trace = await simulate(plan, 1);
    const last = trace.frameCount - 1;
    const shot = (camera: Partial<typeof plan.camera>) => createFrameRenderer({ ...plan, camera: { ...plan.camera, ...camera } }, trace, { grain: false, antialias: false });

    const wide = shot({});
    for (const f of [0, last]) {
      wide.renderFrame(f);
      const t = objectPixels(wide, `table:${table.id}`).box;
      const b = books.map((n) => objectPixels(wide, n).box);
      const top = Math.min(...b.map((x) => x.minY)), bottom = Math.max(...b.map((x) => x.maxY));
      console.info(`wide frame ${f}: table y ${t.minY}-${t.maxY}; books ${b.map((x) => `x ${x.minX}-${x.maxX} y ${x.minY}-${x.maxY}`).join(', ')}; together ${((bottom - top + 1) / H).toFixed(2)} of the frame's height`);
      // The table's top edge under the frame's top, every book whole in the frame.
      expect(t.count).toBeGreaterThan(0);
      expect(t.minY).toBeGreaterThan(0);
      for (const x of b) expect(inside(x)).toBe(true);
      if (f === last) {
        // Landed, the books together are at least a quarter of the frame's height, and each is seen,
        // not hidden behind another: each shows at least half the pixels of the most seen one (in a
        // line towards the lens, each hid most of the one behind it).
        expect((bottom - top + 1) / H).toBeGreaterThanOrEqual(0.25);
        const counts = books.map((n) => objectPixels(wide, n).box.count);
        console.info(`wide frame ${f}: book pixels ${counts.join(', ')}`);
        for (const c of counts) expect(c).toBeGreaterThanOrEqual(0.5 * Math.max(...counts));
      }
    }

    const medium = shot({ shot: 'medium' });
    medium.renderFrame(last);
    const m = books.map((n) => objectPixels(medium, n).box);
    console.info(`medium, landed: ${m.map((x) => `x ${x.minX}-${x.maxX} y ${x.minY}-${x.maxY}`).join(', ')}`);
    for (const x of m) expect(inside(x)).toBe(true);

    const low = shot({ shot: 'medium', angle: 'low' });
    low.renderFrame(last);
    const l = books.map((n) => objectPixels(low, n).box);
    const camY = low.lastFrame().camera.position.y;
    console.info(`low angle, landed: camera ${camY.toFixed(2)} m up; books ${l.map((x) => `${x.count} px, ${x.maxY - x.minY + 1} px tall`).join(', ')}`);
    // Low: the camera near the floor, and every book seen as more than a line.
    expect(camY).toBeLessThan(0.35);
    for (const x of l) {
      expect(x.count).toBeGreaterThan(300);
      expect(x.maxY - x.minY + 1).toBeGreaterThan(0.05 * H);
    }
  }, 120_000);

  it('the hands that nudged them leave the wide shot whole: no arm hangs in it once they have gone', async () => {
    const plan = parsePrompt('wide shot of books falling off a table');
    plan.format = { ...plan.format, durationSec: 5, width: 160, height: 90 };
    const trace = await simulate(plan, 1);
    const hands = trace.bodies.filter((b) => b.shape.kind === 'hand').map((b) => `hand:${b.id}`);
    expect(hands.length).toBeGreaterThan(0);
    const wide = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    // At the push the hands and their arms are in the shot; at the end, none of them (the arm
    // turned back to its shoulder once the hand had passed it and hung down into the frame).
    wide.renderFrame(20);
    expect(hands.reduce((n, h) => n + objectPixels(wide, h).box.count, 0)).toBeGreaterThan(0);
    wide.renderFrame(trace.frameCount - 1);
    expect(hands.map((h) => objectPixels(wide, h).box.count)).toEqual(hands.map(() => 0));
  }, 60_000);
});

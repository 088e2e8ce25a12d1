// Push in and pull out do what they say where walls stop the dolly: in a room the camera cannot go
// back as far as a push in starts or a pull out ends, so the lens does the rest (a zoom). Measured
// on the walker's height in the frame, from the object-ID buffer at 160x90, one trace for both
// words: before, walls left him 0.56 of the frame tall at both ends of either move.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 160, H = 90;

describe('push in and pull out in a room', () => {
  it('the walker grows through a push in and shrinks through a pull out', async () => {
    const plan = parsePrompt('a man walks across the room, push in');
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    expect(plan.camera.motion).toBe('push');
    const person = plan.entities.find((e) => e.kind === 'person')!;
    const trace = await simulate(plan, 1);
    const tall = (motion: 'push' | 'pull'): [number, number] => {
      const r = createFrameRenderer({ ...plan, camera: { ...plan.camera, motion } }, trace, { grain: false, antialias: false });
      return [0, trace.frameCount - 1].map((f) => {
        r.renderFrame(f);
        const b = objectPixels(r, `person:${person.id}`).box;
        expect(b.count, `${motion} frame ${f}`).toBeGreaterThan(0);
        return (b.maxY - b.minY + 1) / H;
      }) as [number, number];
    };
    const push = tall('push'), pull = tall('pull');
    console.info(`the walker's height in the frame: push in ${push.map((v) => v.toFixed(2)).join(' -> ')}, pull out ${pull.map((v) => v.toFixed(2)).join(' -> ')}`);
    expect(push[1] / push[0]).toBeGreaterThan(1.3);
    expect(pull[1] / pull[0]).toBeLessThan(0.75);
    // Still a wide shot's size rule at either end: at least a quarter of the frame.
    for (const v of [...push, ...pull]) expect(v).toBeGreaterThan(0.25);
  }, 60_000);
});

// Things on the living room's rug are seen on it: the rug is only drawn (they rest on the floor's
// collider), and drawn 1 cm thick it hid a coin lying flat on it (0 pixels from 4.25 s of "a coin
// spins") and sank a domino by a centimetre.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

describe('the room\'s rug', () => {
  it('leaves a coin that spun down and lies flat on it in sight', async () => {
    const plan = parsePrompt('a coin spins');
    expect(plan.setting.kind).toBe('room');
    plan.format = { ...plan.format, width: 320, height: 180 };
    const coin = plan.entities.find((e) => e.form === 'coin')!;
    const r = createFrameRenderer(plan, await simulate(plan, 1), { grain: false, antialias: false });
    r.renderFrame(plan.format.durationSec * plan.format.fps - 1);
    expect(objectPixels(r, `object:${coin.id}`).box.count).toBeGreaterThan(200);
  }, 120_000);
});

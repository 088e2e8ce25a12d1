// Whom an action is directed at is in the shot (issue 7): "a man waves to a woman" showed the man
// alone in every frame of its medium shot while the understanding panel marked the woman shown (the
// camera's companions skipped people other than the one talked to). Read from the object-ID buffer
// at 160x90, every third frame of one 2 s trace per shot: both people's pixels are there, the waver
// at his shot size's least share of the frame's height (medium: half; wide: a quarter). With the
// woman moved 6.3 m away (as the Remix panel may place her) the medium shot cannot hold both square
// on at that size (the man was 0.38 of it): it is seen past his shoulder (two-shot.ts).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 160, H = 90;

describe('the person an action is directed at', () => {
  for (const [shot, least, herX] of [['medium', 1 / 2, null], ['wide', 1 / 4, null], ['medium', 1 / 2, 5]] as const) {
    it(`a man waves to a woman${herX ? ` ${herX + 1.3} m away` : ''}: both in every frame of the ${shot} shot, the man at least ${least} of its height`, async () => {
      const plan = parsePrompt('a man waves to a woman');
      plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
      plan.camera = { ...plan.camera, shot };
      const wave = plan.actions[0]!;
      if (wave.kind !== 'wave') throw new Error(`read as ${wave.kind}, not a wave`);
      const to = wave.to;
      expect(to).toBeTruthy();
      const woman = plan.entities.find((e) => e.id === to)!;
      if (herX !== null) woman.position = [herX, 0, 0];
      const trace = await simulate(plan, 1);
      const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
      for (let f = 0; f < trace.frameCount; f += 3) {
        r.renderFrame(f);
        const man = objectPixels(r, `person:${wave.actor}`).box, woman = objectPixels(r, `person:${to}`).box;
        expect(man.count, `the man, frame ${f}`).toBeGreaterThan(50);
        expect(woman.count, `the woman, frame ${f}`).toBeGreaterThan(50);
        // Her head is in the picture, not only a sleeve at the frame's edge.
        expect(woman.minY, `her head, frame ${f}`).toBeGreaterThan(0);
        expect(woman.minX).toBeGreaterThan(0);
        expect(woman.maxX).toBeLessThan(W - 1);
        expect((man.maxY - man.minY + 1) / H, `the man's height, frame ${f}`).toBeGreaterThanOrEqual(least);
      }
    }, 60_000);
  }
});

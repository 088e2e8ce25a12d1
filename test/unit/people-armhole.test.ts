// A sleeveless top is cut round the shoulders: where a kid's bare arm comes out of a tank top's trunk
// the trunk beside it is skin (the armhole), so the two surfaces cross skin on skin instead of the
// shirt's cloth being cut by the arm along the loft's facets (a jagged blue-and-brown line in a
// close-up); and the neckline's cut runs round the side of the neck without a step.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { NECKLINES, necklineAt } from '../../main/engine/frames/people/neckline';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const near = (px: Uint8Array, i: number, c: readonly number[]): number => Math.hypot(px[i * 4]! - c[0]!, px[i * 4 + 1]! - c[1]!, px[i * 4 + 2]! - c[2]!);

describe("a tank top's armhole", () => {
  it('the trunk where the bare arm meets it at the shoulder is skin, not the shirt', async () => {
    // Seed 7: the kid wears a tank top (scoop neck), the camera on their right side.
    const plan = parsePrompt('close-up of a kid kicking a ball');
    plan.format = { ...plan.format, durationSec: 1.5, width: 320, height: 180 };
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const look = appearanceFor(e, 7);
    expect(look.top.kind).toBe('tank');
    const renderer = createFrameRenderer(plan, await simulate(plan, 7), { grain: false, antialias: false });
    const px = renderer.renderFrame(30);
    const { width, height } = renderer.lastFrame().target;
    const torso = objectPixels(renderer, 'torso').mask;
    const armL = objectPixels(renderer, 'armL'), armR = objectPixels(renderer, 'armR');
    const arm = armL.box.count > armR.box.count ? armL : armR;
    // The shirt's and the skin's colours as the frame shows them: the torso's pixels nearest each.
    const shirt = [0, 1, 2].map((c) => 255 * Math.cbrt(look.top.color.toArray()[c]!));
    const skin = [0, 1, 2].map((c) => 255 * Math.cbrt(look.skin.toArray()[c]!));
    // Torso pixels beside the arm's top rows (where it comes out of the shoulder).
    const rows = arm.box.minY + Math.max(3, Math.round(0.25 * (Math.min(height - 1, arm.box.maxY) - arm.box.minY)));
    let skinLike = 0, all = 0;
    for (let y = arm.box.minY; y <= rows; y++) {
      for (let x = 1; x < width - 1; x++) {
        const i = y * width + x;
        if (!torso[i] || !(arm.mask[i - 1] || arm.mask[i + 1] || arm.mask[i - width] || arm.mask[i + width])) continue;
        all++;
        if (near(px, i, skin) < near(px, i, shirt)) skinLike++;
      }
    }
    expect(all).toBeGreaterThan(5);
    // All of them with the armhole; without it the shirt ran out to the arm and none were.
    expect(skinLike / all, `${skinLike} of ${all}`).toBeGreaterThan(0.6);
  }, 60_000);
});

describe('a neckline', () => {
  it.each(Object.keys(NECKLINES) as (keyof typeof NECKLINES)[])('%s: the cut has no step where the front meets the back at the side of the neck', (neck) => {
    const H = 1.3, cut = NECKLINES[neck];
    const shape = [cut.depthH * H, cut.halfWidthH * H, cut.vee ? 1 : 0, cut.bandH * H, cut.standH * H];
    const none = [0, 0, 0, 0, 0];
    // Just in front of the collar ring's centre and just behind it, at points beside the neck and
    // a little below the ring, a pixel 1 mm wide: as much skin either side.
    for (const across of [0.2, 0.5, 0.8].map((k) => k * cut.halfWidthH * H)) {
      for (const up of [-0.004, -0.01]) {
        const a = necklineAt(shape, across, up, 0.0005, 0.001, none), b = necklineAt(shape, across, up, -0.0005, 0.001, none);
        expect(Math.abs(a.skin - b.skin), `across ${across}, up ${up}`).toBeLessThan(0.1);
      }
    }
  });
});

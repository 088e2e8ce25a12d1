// Hair under a hat: a chef's hat's band comes down over the crown to a brim above the ears, so no
// hair is seen above that brim. A bun worn high on the crown stood out through the back of the hat
// (under a hat it is pinned low at the nape, where it is still seen); a short back and sides' top,
// curls and long hair's fall stood out through the band (the band presses them in: hat-press.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { HairStyle, ScenePlan } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace-types';
import { createFrameRenderer, type FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { LOW_BUN_CUT } from '../../main/engine/frames/people/bun';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;
const HAIR_PARTS = ['hair', 'hairBack', 'bun', 'fringe'];
type Angle = ScenePlan['camera']['angle'];

// A close-up of a chef standing in a kitchen (seed 1 draws their bun high on the crown).
let take: { plan: ScenePlan; trace: WorldTrace };
beforeAll(async () => {
  const plan = parsePrompt('close-up of a chef standing in a kitchen');
  plan.format = { ...plan.format, durationSec: 1, width: 320, height: 240 };
  take = { plan, trace: await simulate(plan, 1) };
}, 60_000);

function render(hair: HairStyle, angle: Angle): FrameRenderer {
  const p: ScenePlan = { ...take.plan, camera: { ...take.plan.camera, angle }, entities: take.plan.entities.map((e) => (e.kind === 'person' ? { ...e, look: { hair } } : e)) };
  const r = createFrameRenderer(p, take.trace, FAST);
  r.renderFrame(4);
  return r;
}

// Hair pixels seen above the hat's brim: per column, the band's lowest pixel on the same chef with
// no hair (hair can hide the band itself: long hair's fall covered it from behind), less the few
// rows of hair bulging out just under it (the cap stands proud of the bare skull the band meets).
const AT_BRIM_PX = 4;
function hairAboveBrim(hair: HairStyle, angle: Angle): number {
  const bald = render('bald', angle);
  const { width, height } = bald.lastFrame().target;
  const band = objectPixels(bald, 'hatBand').mask;
  const r = render(hair, angle);
  const masks = HAIR_PARTS.map((n) => objectPixels(r, n).mask);
  let above = 0;
  for (let x = 0; x < width; x++) {
    let brim = -1;
    for (let y = 0; y < height; y++) if (band[y * width + x]) brim = y;
    for (let y = 0; y < brim - AT_BRIM_PX; y++) if (masks.some((m) => m[y * width + x])) above++;
  }
  return above;
}

describe('hair under a hat', () => {
  it("a chef's bun is seen under the hat, none of it above the brim", () => {
    expect(appearanceFor(take.plan.entities.find((e) => e.kind === 'person')!, 1)).toMatchObject({ headwear: 'chef-hat' });
    // (the high bun showed 648 px above the brim from behind)
    for (const angle of ['behind', 'side'] as const) expect(hairAboveBrim('bun', angle), angle).toBeLessThan(5);
    expect(objectPixels(render('bun', 'behind'), 'bun').box.count, 'the bun is seen').toBeGreaterThan(50);
  });

  // Before the band pressed them (320x240): short back and sides 1028 px behind, 337 from the side;
  // curly 305 from the front, 1018 from the side; long hair's fall 1496 and long curls 2474 from
  // behind, up the band to the hat's top. Now 0-1.
  it.each([
    ['short-sides', 'behind'], ['short-sides', 'side'], ['curly', 'front'], ['curly', 'side'], ['long', 'behind'], ['long-curly', 'behind'],
  ] as const)('%s hair from %s: pressed under the band, not standing out of it', (hair, angle) => {
    expect(hairAboveBrim(hair, angle)).toBeLessThan(8);
  });

  it('under a hat every seed pins a bun low; bare-headed, some wear it high', () => {
    const cuts = (label: string, look: object): number[] => Array.from({ length: 60 }, (_, s) => appearanceFor({ id: 'p1', kind: 'person', label, color: 0x3366cc, look } as never, s + 1).hair.cut ?? LOW_BUN_CUT);
    expect(Math.min(...cuts('chef', { hair: 'bun' }))).toBeGreaterThanOrEqual(LOW_BUN_CUT);
    expect(Math.min(...cuts('woman', { hair: 'bun' }))).toBeLessThan(LOW_BUN_CUT);
  });
});

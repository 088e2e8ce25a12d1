// Bodies by who they are, as a viewer sees them: a woman's shoulders narrower than a man's for her
// height, and no daylight between a stooped old man's chin and his chest.
import { describe, expect, it } from 'vitest';
import { BODY_KINDS } from '../../main/engine/body/body-kinds';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

// Seen from the front: the widest the trunk and arms are over the shoulders' rows (the top fifth
// of the trunk below the neck), against the person's height on screen.
async function shoulderShare(who: string): Promise<number> {
  const plan = parsePrompt(`${who} stands in a park`);
  plan.camera.angle = 'front';
  plan.format = { ...plan.format, durationSec: 1, width: 480, height: 270 };
  const renderer = createFrameRenderer(plan, await simulate(plan, 2), FAST);
  renderer.renderFrame(6);
  const { width } = renderer.lastFrame().target;
  const id = plan.entities.find((e) => e.kind === 'person')!.id;
  const person = objectPixels(renderer, `person:${id}`).box;
  const upper = [objectPixels(renderer, 'torso').mask, objectPixels(renderer, 'armL').mask, objectPixels(renderer, 'armR').mask];
  const head = objectPixels(renderer, 'head').box;
  const torso = objectPixels(renderer, 'torso').box;
  let widest = 0;
  for (let y = head.maxY + 1; y < head.maxY + 1 + 0.2 * (torso.maxY - head.maxY); y++) {
    let lo = Infinity, hi = -Infinity;
    for (let x = 0; x < width; x++) if (upper.some((m) => m[y * width + x])) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
    widest = Math.max(widest, hi - lo + 1);
  }
  expect(person.maxY - person.minY).toBeGreaterThan(100);
  return widest / (person.maxY - person.minY + 1);
}

describe("a body's frame", () => {
  it("a woman's shoulders are narrower for her height than a man's (the drawn ones, from the picture)", async () => {
    const [man, woman] = [await shoulderShare('a man'), await shoulderShare('a woman')];
    // (both were 0.43 of their height, the woman's 0.99 of the man's; now 0.88)
    expect(woman / man).toBeLessThan(0.92);
    expect(woman / man).toBeGreaterThan(0.7);
    expect(BODY_KINDS.fem.hipHalfWidth).toBeGreaterThan(BODY_KINDS.masc.hipHalfWidth);
  });

  it("a stooped old man seen close from the front: nothing but him between his chin and his chest", async () => {
    const plan = parsePrompt('close-up of an old man stands in the park');
    plan.camera.angle = 'front';
    plan.format = { ...plan.format, durationSec: 1, width: 480, height: 270 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    const id = plan.entities.find((e) => e.kind === 'person')!.id;
    for (const frame of [3, 15]) {
      renderer.renderFrame(frame);
      const { width } = renderer.lastFrame().target;
      const head = objectPixels(renderer, 'head');
      const torso = objectPixels(renderer, 'torso');
      const him = objectPixels(renderer, `person:${id}`).mask;
      const b = head.box;
      let gaps = 0, columns = 0;
      // The middle half of the head's width: from the lowest head pixel down to the torso.
      for (let x = Math.round(b.minX + 0.25 * (b.maxX - b.minX)); x <= b.minX + 0.75 * (b.maxX - b.minX); x++) {
        let y = b.maxY;
        while (y > b.minY && !head.mask[y * width + x]) y--;
        if (y <= b.minY) continue;
        columns++;
        for (y++; y < torso.box.maxY && !torso.mask[y * width + x]; y++) if (!him[y * width + x]) gaps++;
      }
      expect(columns).toBeGreaterThan(20);
      // (the background showed through under his chin: 377 pixels here)
      expect(gaps, `frame ${frame}`).toBe(0);
    }
  });
});

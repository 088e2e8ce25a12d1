// Close-ups of hand work, measured from the object-ID buffer: a close-up of someone stirring shows
// the hand, the spoon and the mug with nothing between the lens and them (framed as a face, it
// looked down on the top of the man's head and the mug was hidden behind it), and a close-up of a
// hand pushing a book shows the hand on the book while it pushes (it was squeezed against the
// frame's top edge), and a close-up of a coin spun by a man is the coin and the fingers on it (framed
// on his whole hand, the coin was 8% of the frame's height, his hips filling the rest).
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { MARGIN } from '../../main/engine/frames/camera/projection';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels, type PixelBox } from '../helpers/frame-ids';

const W = 192;
const H = 108;
const FAST = { grain: false, antialias: false } as const;
// Few particles: the coffee's look is not what is measured here.
const PARTICLES = 600;

async function take(prompt: string, durationSec: number): Promise<{ plan: ScenePlan; r: ReturnType<typeof createFrameRenderer> }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, durationSec, width: W, height: H };
  for (const a of plan.actions) if (a.kind === 'stir') a.in.particles = PARTICLES;
  return { plan, r: createFrameRenderer(plan, await simulate(plan, 1), FAST) };
}

const overlap = (a: PixelBox, b: PixelBox): number =>
  Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX) + 1) * Math.max(0, Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY) + 1);

// How far apart two pixel boxes are (0 when they touch or overlap).
const gap = (a: PixelBox, b: PixelBox): number =>
  Math.max(0, a.minX - b.maxX, b.minX - a.maxX, a.minY - b.maxY, b.minY - a.maxY);

describe('close-ups of hand work', () => {
  it('a close-up of a man stirring his coffee shows his hand, the spoon and the mug, his head not in front of them', async () => {
    const { plan, r } = await take('close-up of a man stirring his coffee with a spoon', 3.5);
    const stir = plan.actions.find((a) => a.kind === 'stir');
    if (stir?.kind !== 'stir') throw new Error('no stir');
    expect(plan.entities.some((e) => e.kind === 'person')).toBe(true);
    const fps = plan.format.fps;
    for (const t of [0.25, 0.5, 0.75].map((u) => stir.startSec + u * stir.stirSec)) {
      const f = Math.round(t * fps);
      r.renderFrame(f);
      const mug = objectPixels(r, `object:${stir.in.in}`).box;
      const spoon = objectPixels(r, `object:${stir.tool}`).box;
      const hand = objectPixels(r, 'hand:hand-1').box;
      // The mug is a close-up's subject: a good part of the frame, and whole in it.
      expect((mug.maxY - mug.minY + 1) / H, `frame ${f}`).toBeGreaterThan(0.25);
      expect(mug.minY, `frame ${f}`).toBeGreaterThan(0);
      expect(mug.maxY, `frame ${f}`).toBeLessThan(H - 1);
      expect(spoon.count, `frame ${f}`).toBeGreaterThan(10);
      expect(hand.count, `frame ${f}`).toBeGreaterThan(60);
      // Nothing of the man's head is drawn over the mug.
      const headBox = objectPixels(r, 'head').box;
      expect(headBox.count === 0 || overlap(headBox, mug) === 0, `frame ${f}`).toBe(true);
    }
  });

  it('a close-up of a hand pushing a book shows the hand whole on the book while it pushes', async () => {
    const { plan, r } = await take('close-up of a hand pushing a book across the table', 5);
    const slide = plan.actions.find((a) => a.kind === 'slide');
    if (slide?.kind !== 'slide') throw new Error('no slide');
    const fps = plan.format.fps;
    // The stroke: the palm against the book, bringing it up to speed, and stopping as it slides on
    // (its 10 cm take about 2.5 frames; after it the hand lifts away, out of the shot's concern).
    for (const f of [0, 1, 2, 3].map((k) => Math.round(slide.startSec * fps) + k)) {
      r.renderFrame(f);
      const book = objectPixels(r, `object:${slide.object}`).box;
      const palm = objectPixels(r, 'hand:hand-1:palm').box;
      expect(palm.count, `frame ${f}`).toBeGreaterThan(40);
      expect(gap(palm, book), `frame ${f}`).toBeLessThanOrEqual(2);
      // The hand whole in frame with the book: what shows of its palm, thumb and fingers.
      const parts = ['palm', 'thumb', ...[0, 1, 2, 3].flatMap((k) => [0, 1, 2].map((j) => `finger${k}.${j}`))];
      const hand = parts.map((part) => objectPixels(r, `hand:hand-1:${part}`).box).filter((b) => b.count > 0);
      // Inside the frame's margins, not squeezed against its top edge (it was 5 px from it).
      expect(Math.min(...hand.map((b) => b.minY)), `frame ${f}`).toBeGreaterThanOrEqual(MARGIN * H - 1);
      expect(Math.min(...hand.map((b) => b.minX)), `frame ${f}`).toBeGreaterThanOrEqual(MARGIN * W - 1);
      expect(Math.max(...hand.map((b) => b.maxX)), `frame ${f}`).toBeLessThanOrEqual(W - MARGIN * W + 1);
      expect((book.maxY - book.minY + 1) / H, `frame ${f}`).toBeGreaterThan(0.25);
    }
  });

  it('a close-up of a man spinning a coin fills the frame with the coin, the flicking fingers on it', async () => {
    const { plan, r } = await take('close-up of a man spinning a coin on the table', 2.5);
    const spin = plan.actions.find((a) => a.kind === 'spin');
    if (spin?.kind !== 'spin') throw new Error('no spin');
    const fps = plan.format.fps;
    // While it stands spinning on its edge (later it leans over and lies flat).
    for (const t of [spin.startSec - 0.2, spin.startSec + 0.1, spin.startSec + 0.6]) {
      const f = Math.round(t * fps);
      r.renderFrame(f);
      const coin = objectPixels(r, `object:${spin.object}`).box;
      expect((coin.maxY - coin.minY + 1) / H, `frame ${f}`).toBeGreaterThan(0.28);
      expect(coin.minY, `frame ${f}`).toBeGreaterThan(0);
      expect(coin.maxY, `frame ${f}`).toBeLessThan(H - 1);
    }
    // The fingers flick it in frame.
    r.renderFrame(Math.round(spin.startSec * fps));
    expect(objectPixels(r, 'hand:hand-1').box.count).toBeGreaterThan(200);
  }, 60_000);
});

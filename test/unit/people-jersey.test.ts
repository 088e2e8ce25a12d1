// A player's shirt number: read from the prompt ("in a red jersey number 23"), printed large on the
// back and smaller on the chest, legible in a medium shot, and not on a plain shirt.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { digitStrokes, numberDistance } from '../../main/engine/frames/people/jersey-number';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels, type PixelBox } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;
const PLAYER = 'a basketball player in a red jersey number 23 shoots';

describe('a shirt number in the prompt', () => {
  it.each([
    [PLAYER, 23],
    ['a soccer player in a blue jersey number 10 kicks a ball', 10],
    ['a footballer wearing number 7 kicks a ball', 7],
    ['a player in a red number 5 jersey shoots', 5],
    ['a basketball player in a jersey #32 shoots', 32],
  ])('"%s" is worn by the player', (prompt, n) => {
    const plan = parsePrompt(prompt);
    const who = plan.entities.find((e) => e.kind === 'person')!;
    expect(who.look?.number).toBe(n);
    expect(plan.understanding?.notDepicted).toEqual([]);
    expect(plan.understanding?.who.join(' ')).toContain(`wearing number ${n}`);
    expect(appearanceFor(who, 1).top.number).toBe(n);
    expect(appearanceFor(who, 2).top.number).toBe(n);
  });

  it('bare digits that are not on a shirt are not a number ("with 2 balls")', () => {
    expect(parsePrompt('a player with 2 balls walks').entities.find((e) => e.kind === 'person')!.look?.number).toBeUndefined();
  });
});

describe('the digits', () => {
  it('are the seven-segment shapes of their figures', () => {
    // The middle of the box: an 8 has its middle bar there, a 0 does not; a 1 is one upright.
    expect(numberDistance(digitStrokes(8), 0, 0)).toBeLessThan(0);
    expect(numberDistance(digitStrokes(0), 0, 0)).toBeGreaterThan(0);
    expect(numberDistance(digitStrokes(1), 0, 0)).toBeLessThan(0);
    expect(numberDistance(digitStrokes(1), 0.2, 0.3)).toBeGreaterThan(0);
    // Two digits sit either side of the middle, with a gap between them.
    expect(numberDistance(digitStrokes(88), 0, 0)).toBeGreaterThan(0);
    expect(numberDistance(digitStrokes(88), -0.36, 0)).toBeLessThan(0);
  });
});

// The torso's pixels of a medium shot from an angle, split into shirt and printed ink (pale pixels
// on a red shirt).
async function torsoInk(prompt: string, angle: 'front' | 'behind'): Promise<{ shirt: number; ink: PixelBox; columns: boolean[]; torsoH: number }> {
  const plan = parsePrompt(prompt);
  plan.camera = { ...plan.camera, shot: 'medium', angle, motion: 'static' };
  plan.format = { ...plan.format, durationSec: 1, width: 640, height: 360 };
  const renderer = createFrameRenderer(plan, await simulate(plan, 4), FAST);
  const rgb = renderer.renderFrame(6);
  const torso = objectPixels(renderer, 'torso');
  const width = 640;
  const ink: PixelBox = { count: 0, minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const columns = Array.from({ length: width }, () => false);
  let shirt = 0;
  // The collar: the shirt's top row. The neck above it is the same mesh, and a pale skin lit without
  // much occlusion is as pale and grey as the print.
  let collar = Infinity;
  // Each row's shirt from its leftmost to its rightmost red pixel: a sleeveless shirt's armholes show
  // the shoulders' skin on the same mesh, beside the shirt, never inside it as the print is.
  const left = Array.from({ length: 360 }, () => Infinity), right = Array.from({ length: 360 }, () => -Infinity);
  for (let i = 0; i < torso.mask.length; i++) {
    if (!torso.mask[i] || !(rgb[i * 4]! > 120 && rgb[i * 4 + 1]! < 80)) continue;
    const y = Math.floor(i / width);
    collar = Math.min(collar, y); left[y] = Math.min(left[y]!, i % width); right[y] = Math.max(right[y]!, i % width);
  }
  for (let i = 0; i < torso.mask.length; i++) {
    if (!torso.mask[i]) continue;
    const r = rgb[i * 4]!, g = rgb[i * 4 + 1]!;
    if (r > 120 && g < 80) shirt++;
    // (pale and grey, on the shirt: not the neck's or the shoulders' skin)
    else if (Math.floor(i / width) > collar && i % width > left[Math.floor(i / width)]! && i % width < right[Math.floor(i / width)]! && g > 140 && Math.abs(r - g) < 30 && Math.abs(g - rgb[i * 4 + 2]!) < 30) {
      const x = i % width, y = Math.floor(i / width);
      ink.count++; columns[x] = true;
      ink.minX = Math.min(ink.minX, x); ink.maxX = Math.max(ink.maxX, x); ink.minY = Math.min(ink.minY, y); ink.maxY = Math.max(ink.maxY, y);
    }
  }
  return { shirt, ink, columns, torsoH: torso.box.maxY - torso.box.minY };
}

describe('the printed number', () => {
  it('shows on the back, larger than on the front, as two digits with a gap between them', async () => {
    // (from the front while walking: a shooter holds the ball in front of his chest)
    const back = await torsoInk(PLAYER, 'behind'), front = await torsoInk('a player in a red jersey number 23 walks in the park', 'front');
    for (const side of [back, front]) {
      expect(side.ink.count).toBeGreaterThan(0.04 * side.shirt);
      expect(side.ink.count).toBeLessThan(0.6 * side.shirt);
      // Taller than wide for one digit, wider than tall for two: it reads as "23", not a blob.
      expect(side.ink.maxX - side.ink.minX).toBeGreaterThan(side.ink.maxY - side.ink.minY);
      const gap = side.columns.slice(side.ink.minX, side.ink.maxX + 1).some((c) => !c);
      expect(gap).toBe(true);
    }
    // (as a share of the trunk's height on screen, neck to crotch: the two shots frame him differently)
    const tall = (side: typeof back): number => (side.ink.maxY - side.ink.minY) / side.torsoH;
    expect(tall(back)).toBeGreaterThan(1.2 * tall(front));
    // Legible: a back number at least a dozen pixels tall in a 360-line medium shot.
    expect(back.ink.maxY - back.ink.minY).toBeGreaterThan(12);
  });

  it('is not printed on a plain shirt', async () => {
    const plain = await torsoInk('a man in a red shirt walks in the park', 'behind');
    expect(plain.shirt).toBeGreaterThan(200);
    expect(plain.ink.count).toBeLessThan(0.005 * plain.shirt);
  });
});

// On a light shirt the print is dark.
describe('the ink', () => {
  it('is dark on a white shirt', async () => {
    const plan = parsePrompt('a soccer player in a white jersey number 10 kicks a ball');
    const who = plan.entities.find((e) => e.kind === 'person')!;
    expect(new THREE.Color(who.color).getHSL({ h: 0, s: 0, l: 0 }).l).toBeGreaterThan(0.8);
    plan.camera = { ...plan.camera, shot: 'medium', angle: 'behind', motion: 'static' };
    plan.format = { ...plan.format, durationSec: 1, width: 640, height: 360 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 4), FAST);
    const rgb = renderer.renderFrame(6);
    const torso = objectPixels(renderer, 'torso');
    let dark = 0, all = 0;
    for (let i = 0; i < torso.mask.length; i++) {
      if (!torso.mask[i]) continue;
      all++;
      if (rgb[i * 4]! < 60 && rgb[i * 4 + 2]! < 90) dark++;
    }
    expect(dark).toBeGreaterThan(0.04 * all);
  });
});

// Outfits the prompt names, each its own module (frames/people/outfits/): the words choose them and
// the picture shows them where a T-shirt would not: a suit's sleeve to the wrist and its tie under
// the chin, a raincoat past the hips, a hoodie's hood lying on the back.
import { describe, expect, it } from 'vitest';
import { OUTFIT_KINDS, type ScenePlan } from '../../main/contract/scene-plan';
import { createFrameRenderer, type FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { OUTFITS } from '../../main/engine/frames/people/outfits';
import { parsePrompt, readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;
const SEED = 1;

function median(px: Uint8Array, mask: Uint8Array): [number, number, number] {
  const ch = [[], [], []] as number[][];
  mask.forEach((m, i) => { if (m) for (let c = 0; c < 3; c++) ch[c]!.push(px[i * 4 + c]!); });
  return ch.map((v) => v.sort((a, b) => a - b)[v.length >> 1]!) as [number, number, number];
}
const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

// A medium shot of the one person standing, from the front (or behind), one frame at 320x180.
async function still(prompt: string, angle: ScenePlan['camera']['angle'] = 'front'): Promise<{ plan: ScenePlan; px: Uint8Array; r: FrameRenderer; width: number }> {
  const plan = parsePrompt(prompt);
  plan.camera = { ...plan.camera, shot: 'medium', angle, motion: 'static' };
  plan.format = { ...plan.format, durationSec: 1, width: 320, height: 180 };
  const r = createFrameRenderer(plan, await simulate(plan, SEED), FAST);
  const px = r.renderFrame(12);
  return { plan, px, r, width: r.lastFrame().target.width };
}

// The median colour of a mesh's pixels in its lowest share (by rows): a forearm's and wrist's.
function lowest(s: { px: Uint8Array; r: FrameRenderer; width: number }, name: string, share: number): [number, number, number] {
  const { mask, box } = objectPixels(s.r, name);
  const from = box.maxY - share * (box.maxY - box.minY);
  return median(s.px, mask.map((m, i) => (Math.floor(i / s.width) >= from ? m : 0)));
}

// The face's lower half's median (its upper half is mostly hair).
function skinOf(s: { px: Uint8Array; r: FrameRenderer; width: number }): [number, number, number] {
  const head = objectPixels(s.r, 'head');
  return median(s.px, head.mask.map((m, i) => (Math.floor(i / s.width) > (head.box.minY + head.box.maxY) / 2 ? m : 0)));
}

describe('outfits', () => {
  it('has one module per kind, each chosen by its words, its colour from them, shown in the understanding', () => {
    expect(Object.keys(OUTFITS).sort()).toEqual([...OUTFIT_KINDS].sort());
    for (const kind of OUTFIT_KINDS) expect(OUTFITS[kind].kind).toBe(kind);
    const cases: [string, string, number | undefined][] = [['a man in a suit walks', 'suit', undefined], ['a kid in a hoodie walks', 'hoodie', undefined], ['a girl in a yellow raincoat walks', 'raincoat', 0xf1c40f], ['a woman wearing a grey suit waves at the camera', 'suit', undefined]];
    for (const [prompt, outfit, color] of cases) {
      const { plan, understanding } = readPrompt(prompt);
      const person = plan!.entities.find((e) => e.kind === 'person')!;
      expect(person.look?.outfit, prompt).toBe(outfit);
      if (color !== undefined) expect(person.look?.outfitColor).toBe(color);
      expect(understanding!.notDepicted, prompt).toEqual([]);
      const look = appearanceFor(person, SEED);
      expect(look.outfit?.kind).toBe(outfit);
      if (color !== undefined) expect(look.top.color.getHex()).toBe(color);
    }
  });

  it('by seed: a businessman mostly in a suit, a teenager often in a hoodie, people in the rain often in a raincoat (a player keeps his kit)', () => {
    const worn = (prompt: string): (string | undefined)[] => {
      const plan = parsePrompt(prompt);
      const rain = plan.setting.elements?.includes('rain') ?? false;
      return Array.from({ length: 8 }, (_, seed) => appearanceFor(plan.entities.find((e) => e.kind === 'person')!, seed, { rain }).outfit?.kind);
    };
    const count = (xs: (string | undefined)[], kind: string): number => xs.filter((x) => x === kind).length;
    expect(count(worn('a businessman walks'), 'suit')).toBeGreaterThanOrEqual(5);
    expect(count(worn('a teenager walks'), 'hoodie')).toBeGreaterThanOrEqual(3);
    const rain = worn('a man walks in the rain');
    expect(count(rain, 'raincoat')).toBeGreaterThanOrEqual(3);
    expect(count(rain, 'raincoat')).toBeLessThan(8);
    expect(count(worn('a man walks in a park'), 'raincoat')).toBe(0);
    expect(count(worn('a player dribbles a basketball in the rain'), 'raincoat')).toBe(0);
    expect(readPrompt('a businessman walks').understanding!.notDepicted).toEqual([]);
  });

  it('a suit: the sleeve reaches the wrist and a tie shows under the chin, where a T-shirt shows skin and one colour', async () => {
    const [suit, tee] = await Promise.all([still('a man in a suit stands in a room'), still('a man in a blue t-shirt stands in a room')]);
    const look = appearanceFor(suit.plan.entities.find((e) => e.kind === 'person')!, SEED);
    expect(look.outfit?.tie).not.toBeNull();
    // The forearm's lowest fifth: the jacket's sleeve (far from the skin), the T-shirt's bare arm.
    const sleeve = (s: typeof suit): number => dist(lowest(s, 'armL', 0.2), skinOf(s));
    expect(sleeve(suit)).toBeGreaterThan(2 * sleeve(tee));
    expect(sleeve(tee)).toBeLessThan(40);
    // Under the chin, the middle column against the chest either side: a tie and a shirt in the V
    // unlike the jacket beside them; a T-shirt one colour across.
    const contrast = (s: typeof suit): number => {
      const head = objectPixels(s.r, 'head').box, torso = objectPixels(s.r, 'torso').mask;
      const w = head.maxX - head.minX, cx = Math.round((head.minX + head.maxX) / 2);
      const band = (dx0: number, dx1: number): [number, number, number] => median(s.px, torso.map((m, i) => {
        const x = i % s.width, y = Math.floor(i / s.width), dx = Math.abs(x - cx);
        return y > head.maxY + 0.2 * w && y < head.maxY + 0.9 * w && dx >= dx0 && dx <= dx1 ? m : 0;
      }));
      return dist(band(0, Math.max(1, Math.round(0.05 * w))), band(Math.round(0.6 * w), Math.round(0.8 * w)));
    };
    expect(contrast(suit)).toBeGreaterThan(40);
    expect(contrast(tee)).toBeLessThan(25);
  });

  it('a raincoat hangs past the hips to the knees in its colour; a hoodie\'s hood lies on the back', async () => {
    const [coat, hoodie] = await Promise.all([still('a girl in a yellow raincoat stands in a room'), still('a man in a hoodie stands in a room', 'behind')]);
    const skirt = objectPixels(coat.r, 'skirt'), torso = objectPixels(coat.r, 'torso').box;
    expect(skirt.box.count).toBeGreaterThan(0);
    // The coat runs on below the trunk's end by more than half the trunk's height.
    expect(skirt.box.maxY - torso.maxY).toBeGreaterThan(0.5 * (torso.maxY - torso.minY));
    const [r, g, b] = median(coat.px, skirt.mask);
    expect(r).toBeGreaterThan(1.5 * b);
    expect(g).toBeGreaterThan(1.3 * b);
    // The hood from behind (a man's short hair leaves it in sight): a shape of its own on the upper
    // back, below the head's top and in the trunk's upper half.
    const hood = objectPixels(hoodie.r, 'hood').box, back = objectPixels(hoodie.r, 'torso').box;
    expect(hood.count).toBeGreaterThan(0.08 * back.count);
    expect(hood.maxY).toBeLessThan((back.minY + back.maxY) / 2);
  });
});

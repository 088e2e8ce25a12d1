// A person's looks as the prompt describes them: read into the plan (every word of it counted as
// read), said back in the understanding, honoured by the look the renderer draws whatever the seed,
// and seen in a drawn frame (a beard asked for is on the face).
import { describe, expect, it } from 'vitest';
import { scenePlanSchema, type PersonLookWords } from '../../main/contract/scene-plan';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { HAIR_COLORS } from '../../main/engine/frames/people/types';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const CASES: [string, PersonLookWords, string][] = [
  ['a girl with long hair walks', { hair: 'long' }, 'girl (with long hair)'],
  ['a bald man with a beard kicks a ball', { hair: 'bald', beard: true }, 'man (bald, with a beard)'],
  ['a woman with long blonde hair in a red dress walks', { hair: 'long', hairShade: 'blonde', bottom: 'dress', bottomColor: 0xd63031 }, 'woman (with long blonde hair, in a red dress)'],
  ['a red haired boy walks in the park', { hairShade: 'red' }, 'boy (with red hair)'],
  ['a man with a ponytail and a beard shoots a basketball', { hair: 'ponytail', beard: true }, 'man (with a ponytail and a beard)'],
  ['a woman with a blonde ponytail waves', { hair: 'ponytail', hairShade: 'blonde' }, 'woman (with blonde hair and a ponytail)'],
  ['a bearded old man walks', { beard: true }, 'old man (with a beard)'],
  ['a girl in a blue skirt walks', { bottom: 'skirt', bottomColor: 0x2e6fd8 }, 'girl (in a blue skirt)'],
  ['a woman with bangs waves', { fringe: true }, 'woman (with a fringe)'],
  ['a girl with long blonde hair and a fringe walks', { hair: 'long', hairShade: 'blonde', fringe: true }, 'girl (with long blonde hair and a fringe)'],
  ['a woman with wavy hair walks', { hair: 'curly' }, 'woman (with curly hair)'],
  ['a woman with long curly red hair walks', { hair: 'long-curly', hairShade: 'red' }, 'woman (with long curly red hair)'],
  ['a girl with curly long hair runs', { hair: 'long-curly' }, 'girl (with long curly hair)'],
];

const person = (prompt: string) => {
  const plan = parsePrompt(prompt);
  return { plan, who: plan.entities.find((e) => e.kind === 'person')! };
};

describe('a person described by the prompt', () => {
  it.each(CASES)('"%s": read into the plan, every word of it counted, and said back', (prompt, look, said) => {
    const { plan, who } = person(prompt);
    expect(who.look).toEqual(look);
    expect(plan.understanding?.notDepicted).toEqual([]);
    expect(plan.understanding?.who.join(' ')).toContain(said);
    // The plan, look and all, is valid as stored.
    expect(scenePlanSchema.parse(plan).entities.find((e) => e.id === who.id)?.look).toEqual(look);
  });

  it('each person keeps their own clothes: a colour later in the prompt is not the first one\'s', () => {
    const two = parsePrompt('a man with a ball and a woman in a red shirt walk');
    const [man, woman] = two.entities.filter((e) => e.kind === 'person');
    expect(woman!.color).toBe(0xd63031);
    expect(man!.color).not.toBe(0xd63031);
    // Shorts are below: their colour is theirs, the shirt's is the top's.
    const boy = person('a boy in blue shorts and a white shirt walks').who;
    expect(boy.look).toEqual({ bottom: 'shorts', bottomColor: 0x2e6fd8 });
    expect(boy.color).toBe(0xf2f2f2);
    expect(person('a girl in the red dress walks').who.look).toEqual({ bottom: 'dress', bottomColor: 0xd63031 });
    expect(person('a woman with blonde hair and a red dress walks').who.look).toEqual({ hairShade: 'blonde', bottom: 'dress', bottomColor: 0xd63031 });
  });

  it('a man in a green shirt keeps his shirt colour; "with a ball" is no look', () => {
    const { who } = person('a man in a green shirt with curly hair walks');
    expect(who.look).toEqual({ hair: 'curly' });
    expect(who.color).toBe(0x27ae60);
    expect(person('a man with a ball walks').who.look).toBeUndefined();
  });

  it('the look drawn honours the words whatever the seed, and the seed still varies the rest', () => {
    const { who } = person('a woman with long blonde hair in a red dress walks');
    const looks = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => appearanceFor(who, seed));
    for (const l of looks) {
      expect(l.hair.style).toBe('long');
      expect(l.hair.color.getHex()).toBe(HAIR_COLORS.blonde);
      expect(l.bottom.kind).toBe('skirt');
      expect(l.bottom.color.getHex()).toBe(l.top.color.getHex());
    }
    expect(new Set(looks.map((l) => l.skin.getHex())).size).toBeGreaterThan(1);
    const bald = person('a bald man with a beard walks').who;
    for (const seed of [1, 2, 3, 4, 5, 6]) expect(appearanceFor(bald, seed).hair).toMatchObject({ style: 'bald', beard: true });
  });

  it('a boy has short hair at every seed, a girl mostly long, a kid either', () => {
    const styles = (prompt: string): string[] => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => appearanceFor(person(prompt).who, seed).hair.style);
    for (const style of styles('a boy kicks a ball in the park')) expect(['short', 'curly', 'buzz']).toContain(style);
    expect(styles('a girl kicks a ball in the park').filter((s) => s === 'long' || s === 'long-curly' || s === 'ponytail').length).toBeGreaterThan(5);
    expect(new Set(styles('a kid kicks a ball in the park')).size).toBeGreaterThan(2);
  });

  it('"a man with a beard" is drawn with a beard on his face at every seed', async () => {
    for (const seed of [1, 2]) {
      const plan = parsePrompt('close-up of a man with a beard standing in a park');
      plan.format = { ...plan.format, durationSec: 1, width: 320, height: 180 };
      const renderer = createFrameRenderer(plan, await simulate(plan, seed), { grain: false, antialias: false });
      renderer.renderFrame(6);
      expect(objectPixels(renderer, 'beard').box.count, `seed ${seed}`).toBeGreaterThan(50);
    }
  });
});

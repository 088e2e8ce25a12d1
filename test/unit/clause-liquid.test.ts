// Where a prompt names two liquids, each action takes the one its own words name, and the panel
// lists the other as not shown (the scene holds one liquid).
import { describe, expect, it } from 'vitest';
import type { Action } from '../../main/contract/scene-plan';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { clauseLiquid, liquidsNamed, liquidWith } from '../../main/engine/prompt/clause-liquid';

const pourOf = (prompt: string): Extract<Action, { kind: 'pour' }> => {
  const pour = readPrompt(prompt).plan!.actions.find((a) => a.kind === 'pour');
  if (pour?.kind !== 'pour') throw new Error(`no pour in "${prompt}"`);
  return pour;
};

const panelWord = (prompt: string, word: string) => readPrompt(prompt).understanding!.words!.find((w) => w.word === word);

describe('each action pours or stirs the liquid its own words name', () => {
  it('pours the milk, not the tea stirred first', () => {
    expect(pourOf('a woman stirs the tea and then pours milk').from.liquid).toBe('milk');
  });

  it('pours the liquid named before "into", not the one the glass holds', () => {
    expect(pourOf('she pours water into a glass of juice').from.liquid).toBe('water');
    expect(pourOf('a man pours milk into his tea').from.liquid).toBe('milk');
    expect(pourOf('milk is poured into a glass').from.liquid).toBe('milk');
  });

  it('stirs what the cup holds', () => {
    const stir = readPrompt('she stirs the milk into her coffee').plan!.actions.find((a) => a.kind === 'stir');
    expect(stir?.kind === 'stir' && stir.in.liquid).toBe('coffee');
  });

  it('puts the other liquid named at rest in the vessel poured into, shown', () => {
    for (const [prompt, word] of [['a man pours milk into his tea', 'tea'], ['she pours water into a glass of juice', 'juice'], ['a woman stirs the tea and then pours milk', 'tea']] as const) {
      const plan = readPrompt(prompt).plan!;
      const pour = plan.actions.find((a) => a.kind === 'pour');
      expect(plan.stillLiquid?.liquid, prompt).toBe(word);
      expect(pour?.kind === 'pour' && pour.into, prompt).toBe(plan.stillLiquid?.in);
      expect(panelWord(prompt, word)?.depicted, prompt).toBe(true);
    }
    // Tea or coffee poured into with no vessel named stands in a mug (catalog servedIn), not a glass.
    const plan = readPrompt('a man pours milk into the coffee').plan!;
    expect(plan.entities.find((e) => e.id === plan.stillLiquid?.in)?.form).toBe('mug');
    // The one it pours is shown; one the prompt does not want is listed as not wanted alone.
    expect(panelWord('a man pours milk into his tea', 'milk')?.depicted).toBe(true);
    expect(readPrompt('a glass of water without milk').understanding!.notDepicted).toEqual(['milk (not wanted)']);
  });

  it('reads a liquid named in a thing\'s name as the thing ("a tea cup")', () => {
    const words = 'she pours milk into a tea cup'.split(' ');
    expect(liquidsNamed(words).map((l) => l.kind)).toEqual(['milk']);
    expect(clauseLiquid(words, 1, [1], 'holds')).toBe('milk');
  });
});

describe('a vessel holds the liquid named with it', () => {
  it('spills the milk of "a glass of milk", wherever another liquid is named', () => {
    const words = 'next to a cup of tea a glass of cold milk tips over'.split(' ');
    expect(liquidWith(words, [3])).toBe('tea');
    expect(liquidWith(words, [7])).toBe('milk');
    expect(liquidWith('a wine glass of water'.split(' '), [1])).toBe('water');
    expect(liquidWith('a glass next to the milk'.split(' '), [1])).toBeNull();
    const plan = readPrompt('next to a cup of tea, a glass of milk tips over').plan!;
    for (const a of plan.actions) {
      if (a.kind !== 'tip' || !a.holds) continue;
      const held = plan.entities.find((e) => e.id === a.holds!.in)!;
      expect(held.form === 'glass' ? 'milk' : 'tea').toBe(a.holds.liquid);
    }
  });

  it('tips only the glass, not the cup it is next to, which stands by on the table', () => {
    // Both were tipped, the cup first: it spilled its tea and the glass of milk went over empty.
    const plan = readPrompt('next to a cup of tea, a glass of milk tips over').plan!;
    const form = (id: string) => plan.entities.find((e) => e.id === id)?.form;
    const tips = plan.actions.flatMap((a) => (a.kind === 'tip' ? [a] : []));
    expect(tips.map((a) => [form(a.object), a.holds?.liquid])).toEqual([['glass', 'milk']]);
    const cup = plan.entities.find((e) => e.form === 'cup')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    expect(cup.position[1]).toBeGreaterThan(table.position[1] + table.size[1]!);
  });
});

describe('the vessel the words put a liquid into', () => {
  const into = (prompt: string): { form: string | undefined; liquid: string | undefined } => {
    const plan = readPrompt(prompt).plan!;
    const a = plan.actions[0]!;
    const id = a.kind === 'tap' ? a.into : a.kind === 'immerse' ? a.into.in : a.kind === 'pour' ? a.into : undefined;
    const liquid = a.kind === 'tap' ? a.liquid : a.kind === 'immerse' ? a.into.liquid : a.kind === 'pour' ? a.from.liquid : undefined;
    return { form: plan.entities.find((e) => e.id === id)?.form, liquid };
  };

  it('runs, drops and pours into the vessel after "into", with the liquid its words name, not one named beside it', () => {
    expect(into('next to a glass of milk, water runs from the tap into a bowl')).toEqual({ form: 'bowl', liquid: 'water' });
    expect(into('next to a mug of coffee, she drops a stone into a glass of juice')).toEqual({ form: 'glass', liquid: 'juice' });
    expect(into('next to a glass of milk she pours water from a jug into a bowl')).toEqual({ form: 'bowl', liquid: 'water' });
    expect(readPrompt('next to a glass of milk, water runs from the tap into a bowl').understanding!.notDepicted.join(' ')).toMatch(/milk \(.*second liquid is not shown\)/);
  });

  const formOf = (prompt: string, id: string): string | undefined => readPrompt(prompt).plan!.entities.find((e) => e.id === id)?.form;

  it('pours into the vessel after "into", from a jug when the others are poured into or hold another liquid', () => {
    // The mug was poured from, into the glass of juice, the juice at rest there and shown.
    const mug = 'she pours milk into a mug next to a glass of juice';
    const pour = pourOf(mug);
    expect([formOf(mug, pour.from.in), formOf(mug, pour.into)]).toEqual(['jug', 'mug']);
    expect(readPrompt(mug).plan!.stillLiquid).toBeUndefined();
    expect(panelWord(mug, 'juice')?.depicted).toBe(false);
    // The cup of coffee was poured from, into the glass, the coffee at rest in the glass.
    const two = 'she pours milk into a cup of coffee, then pours water into a glass';
    const plan = readPrompt(two).plan!;
    expect(formOf(two, pourOf(two).into)).toBe('cup');
    expect(plan.stillLiquid?.in).toBe(pourOf(two).into);
    // A source Kinora does not have ("the teapot") is not the cup named after it: the tea was
    // poured from the cup into an added jug.
    const teapot = 'she pours tea from the teapot into a cup';
    expect([formOf(teapot, pourOf(teapot).from.in), formOf(teapot, pourOf(teapot).into)]).toEqual(['jug', 'cup']);
    // A vessel named in another action's clause before the pour is not what it pours into.
    const stirred = 'she stirs the soup in the pot and then pours it into a bowl';
    expect([formOf(stirred, pourOf(stirred).from.in), formOf(stirred, pourOf(stirred).into)]).toEqual(['pot', 'bowl']);
  });

  it('fills the jug as for an empty glass when the other liquid stands in a vessel beside it', () => {
    // It was filled for a glass already 45% full of the coffee standing in the cup beside it.
    const alone = pourOf('a man pours water from the jug into a glass');
    for (const beside of ['a man pours water from the jug into a glass next to a cup of coffee', 'she pours milk from the jug next to a cup of coffee into a glass']) {
      expect(readPrompt(beside).plan!.stillLiquid, beside).toBeUndefined();
      expect(pourOf(beside).from.fill, beside).toBe(alone.from.fill);
    }
  });
});

// What a pour's words say about its liquids: "and stirs it" after a pour into a cup of coffee stirs
// the coffee with the milk in it; "pours milk and coffee" brings both, so the coffee is never made to
// stand in the glass already: one jug pours one liquid, and the panel says the coffee's pour is not shown.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../main/contract/scene-plan';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { broughtTogether } from '../../main/engine/prompt/clause-liquid';

type Of<K extends Action['kind']> = Extract<Action, { kind: K }>;

describe('the liquids a pour names', () => {
  it('"she pours milk into a cup of coffee and stirs it": "it" is the coffee, now with the milk', () => {
    const r = readPrompt('she pours milk into a cup of coffee and stirs it');
    const plan = r.plan!;
    expect(plan.actions.map((a) => a.kind)).toEqual(['pour', 'stir']);
    const pour = plan.actions[0] as Of<'pour'>, stir = plan.actions[1] as Of<'stir'>;
    expect(pour.from.liquid).toBe('milk');
    expect(plan.stillLiquid).toMatchObject({ liquid: 'coffee', in: pour.into });
    // The cup is stirred: what stands in it, to the level the coffee and the milk reach together.
    expect(stir.in).toMatchObject({ liquid: 'coffee', in: pour.into });
    expect(stir.in.fill).toBeGreaterThan(plan.stillLiquid!.fill);
    expect(r.understanding?.action).toMatch(/stirs the coffee and milk in the cup/);
    expect(r.understanding?.action).not.toMatch(/stirs the milk/);
    expect(r.understanding?.notDepicted).toEqual([]);
  });

  it('a pour of one liquid into an empty mug, then a stir, stirs that liquid', () => {
    const r = readPrompt('The man pours coffee from a jug into his mug, then stirs it');
    const stir = r.plan!.actions[1] as Of<'stir'>;
    expect(stir.in.liquid).toBe('coffee');
    expect(r.understanding?.action).toMatch(/stirs the coffee in the mug/);
  });

  it('"he pours milk and coffee into a glass": both are poured in the words; one is, and the other is listed', () => {
    const r = readPrompt('he pours milk and coffee into a glass');
    const plan = r.plan!;
    expect(plan.actions.map((a) => a.kind)).toEqual(['pour']);
    expect((plan.actions[0] as Of<'pour'>).from.liquid).toBe('milk');
    // The coffee does not stand in the glass from the start: it was to be poured.
    expect(plan.stillLiquid).toBeUndefined();
    const coffee = r.understanding?.words?.find((w) => w.word === 'coffee');
    expect(coffee).toMatchObject({ depicted: false });
    expect(coffee?.reason).toMatch(/one jug pours one liquid here, the milk: a second pour, of the coffee, is not shown/);
  });

  it('"pours water, then juice, into a glass": the juice is a second pour, not already in the glass', () => {
    const r = readPrompt('a man pours water, then juice, into a glass');
    expect(r.plan?.stillLiquid).toBeUndefined();
    expect(r.understanding?.words?.find((w) => w.word === 'juice')?.reason).toMatch(/a second pour, of the juice, is not shown/);
  });

  it('"pours coffee with milk into a mug": the milk is not made to stand in the mug, and is listed', () => {
    const r = readPrompt('he pours coffee with milk into a mug');
    expect(r.plan?.stillLiquid).toBeUndefined();
    expect(r.understanding?.words?.find((w) => w.word === 'milk')).toMatchObject({ kind: 'noun', depicted: false });
  });

  it('"pours coffee into a cup, then stirs the milk into it": the milk comes with the stir, never stood in the cup', () => {
    const r = readPrompt('she pours coffee into a cup, then stirs the milk into it');
    expect(r.plan?.stillLiquid).toBeUndefined();
    expect(r.plan?.actions.map((a) => a.kind)).toEqual(['pour', 'stir']);
    expect((r.plan?.actions[1] as Of<'stir'>).in.liquid).toBe('coffee');
    expect(r.understanding?.words?.find((w) => w.word === 'milk')).toMatchObject({ depicted: false, reason: 'the scene holds only the coffee: a second liquid is not shown' });
    // The tea stirred before a pour of milk is what the mug held: it stands there still.
    expect(readPrompt('a woman stirs the tea and then pours milk').plan?.stillLiquid).toMatchObject({ liquid: 'tea' });
  });

  it('a liquid after "into" is still what the vessel holds', () => {
    const r = readPrompt('he pours water into a glass of juice');
    expect(r.plan?.stillLiquid).toMatchObject({ liquid: 'juice' });
    expect(r.understanding?.notDepicted).toEqual([]);
  });

  it('reads the liquids joined after a pour\'s verb, and only those', () => {
    const w = (s: string): string[] => s.split(' ');
    expect(broughtTogether(w('he pours milk and coffee into a glass'), 1)).toEqual(['milk', 'coffee']);
    expect(broughtTogether(w('she pours some milk and a little tea into a mug'), 1)).toEqual(['milk', 'tea']);
    expect(broughtTogether(w('she pours milk into a cup of coffee'), 1)).toEqual(['milk']);
    expect(broughtTogether(w('she pours milk and he drinks coffee'), 1)).toEqual(['milk']);
    expect(broughtTogether(w('a man pours water then juice into a glass'), 2)).toEqual(['water', 'juice']);
  });

  it('"a glass of milk knocked over next to a cup of coffee": the glass tips its milk; the cup stands by, its coffee listed as not shown', () => {
    const r = readPrompt('a glass of milk knocked over next to a cup of coffee');
    const plan = r.plan!;
    const glass = plan.entities.find((e) => e.label === 'glass')!;
    expect(plan.actions).toMatchObject([{ kind: 'tip', object: glass.id, holds: { liquid: 'milk', in: glass.id } }]);
    // The cup is there, upright and untouched: nothing is aimed at it.
    const cup = plan.entities.find((e) => e.label === 'cup')!;
    expect(JSON.stringify(plan.actions)).not.toContain(cup.id);
    expect(plan.stillLiquid).toBeUndefined();
    expect(r.understanding?.words?.find((w) => w.word === 'coffee')).toMatchObject({ depicted: false, reason: 'the scene holds only the milk: a second liquid is not shown' });
    expect(r.understanding?.words?.find((w) => w.word === 'cup')?.depicted).toBe(true);
  });

  it('"a cup of coffee is on the table and she pours milk into it": she pours, into the coffee', () => {
    const r = readPrompt('a cup of coffee is on the table and she pours milk into it');
    const woman = r.plan?.entities.find((e) => e.label === 'woman');
    expect(r.plan?.actions).toMatchObject([{ kind: 'pour', by: woman?.id, from: { liquid: 'milk' } }]);
    expect(r.plan?.stillLiquid).toMatchObject({ liquid: 'coffee' });
    expect(r.understanding?.who).toEqual(['woman (pours)']);
  });

  it('"she fills the kettle with water": the kettle is what is filled, from a jug, not what pours into a glass', () => {
    const form = (plan: NonNullable<ReturnType<typeof readPrompt>['plan']>, id: string): string | undefined => plan.entities.find((e) => e.id === id)?.form;
    for (const [prompt, into] of [['she fills the kettle with water', 'kettle'], ['he refills the kettle with water', 'kettle'], ['she fills the glass with water', 'glass']] as const) {
      const plan = readPrompt(prompt).plan!;
      const pour = plan.actions.find((a): a is Of<'pour'> => a.kind === 'pour')!;
      expect([form(plan, pour.from.in), form(plan, pour.into)]).toEqual(['jug', into]);
    }
    // Named as the source, the kettle still pours.
    const plan = readPrompt('she fills the mug with coffee from the kettle').plan!;
    const pour = plan.actions.find((a): a is Of<'pour'> => a.kind === 'pour')!;
    expect([form(plan, pour.from.in), form(plan, pour.into)]).toEqual(['kettle', 'mug']);
  });
});

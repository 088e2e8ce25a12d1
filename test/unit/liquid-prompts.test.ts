// Liquid prompts as people write them: each is read as a pour or as things going into a liquid,
// with the liquid it names, its containers and nothing left unshown; and words that only look like
// a basketball shot ("sink", "drain") never start one in a kitchen.
import { describe, expect, it } from 'vitest';
import type { Action, LiquidKind } from '../../main/contract/scene-plan';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

type Kind = Action['kind'];
const liquidOf = (a: Action | undefined): LiquidKind | undefined => (a?.kind === 'pour' ? a.from.liquid : a?.kind === 'immerse' ? a.into.liquid : a?.kind === 'tip' ? a.holds?.liquid : undefined);

const LIQUID_PROMPTS: [string, Kind, LiquidKind][] = [
  ['Water is poured from a jug into a glass', 'pour', 'water'],
  ['someone pours milk into a glass', 'pour', 'milk'],
  ['orange juice being poured into a glass on a kitchen table', 'pour', 'juice'],
  ['pouring coffee into a mug', 'pour', 'coffee'],
  ['honey is poured slowly from a jug into a bowl', 'pour', 'honey'],
  ['a pitcher of water fills a glass', 'pour', 'water'],
  ['olive oil poured into a bowl', 'pour', 'oil'],
  ['fill a glass with water', 'pour', 'water'],
  ['a wooden block floats in a bowl of water while a stone sinks', 'immerse', 'water'],
  ['an apple drops into a bowl of water and splashes', 'immerse', 'water'],
  ['a stone sinks to the bottom of a glass of water', 'immerse', 'water'],
  ['a rubber ball floats in a bowl of water', 'immerse', 'water'],
  ['a pebble is dropped into a glass of water', 'immerse', 'water'],
  ['an apple floats in water', 'immerse', 'water'],
  ['a stone falls into a bowl of milk with a splash', 'immerse', 'milk'],
  ['a wooden cube floating in a bowl of oil', 'immerse', 'oil'],
  // The thing named between the verb and "into": it was read as two falls, and the bowl shattered.
  ['drop the apple into the bowl of water', 'immerse', 'water'],
  ['he puts an egg into a glass of water', 'immerse', 'water'],
  // "orange" in "orange juice" is the juice's name, not an orange (one rolled, and the juice was not shown).
  ['a glass of orange juice is knocked over on the kitchen table', 'tip', 'juice'],
  ['milk spills on the table', 'tip', 'milk'],
];

describe('liquid prompts', () => {
  it.each(LIQUID_PROMPTS)('%s', (prompt, kind, liquid) => {
    const reading = readPrompt(prompt);
    expect(reading.refusal).toBeNull();
    const action = reading.plan?.actions[0];
    expect(action?.kind).toBe(kind);
    expect(liquidOf(action)).toBe(liquid);
    expect(reading.understanding?.notDepicted).toEqual([]);
    // The understanding says it in plain words ("poured from the jug into the glass", never "the the").
    expect(JSON.stringify(reading.understanding)).not.toMatch(/\bthe the\b/);
  });
});

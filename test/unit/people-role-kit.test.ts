// An outfit (or any look) named on a person whose role already dresses them: a knight's plate and
// helm, an astronaut's space suit and helmet cover everything, so what the prompt puts on them is
// read, kept off them, and listed as not shown with why; a chef or a soldier in everyday cloth is
// dressed in what the prompt names, and the panel says it is shown.
import { describe, expect, it } from 'vitest';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

const person = (prompt: string) => readPrompt(prompt).plan!.entities.find((e) => e.kind === 'person')!;
const word = (prompt: string, w: string) => readPrompt(prompt).understanding!.words!.find((x) => x.word === w);

describe('a look named on a role in its own kit', () => {
  it.each([
    ['an astronaut in a hoodie walks', 'hoodie', 'the space suit and helmet cover it'],
    ['a knight in a red raincoat walks', 'raincoat', "the knight's armour and helm cover it"],
    ['a knight in a suit walks', 'suit', "the knight's armour and helm cover it"],
    ['a knight with long blonde hair walks', 'hair', "the knight's armour and helm cover it"],
    ['an astronaut wearing number 7 walks', 'number', 'the space suit and helmet cover it'],
    ['an astronaut in a blue dress walks', 'dress', 'the space suit and helmet cover it'],
  ])('"%s": %s is listed as not shown, and not put on them', (prompt, noun, reason) => {
    const u = readPrompt(prompt).understanding!;
    expect(u.notDepicted).toContain(`${noun} (${reason})`);
    expect(word(prompt, noun)).toMatchObject({ depicted: false, reason });
    const e = person(prompt);
    expect(e.look).toBeUndefined();
    // Still in the kit: the role's own look is drawn.
    const look = appearanceFor(e, 1);
    expect(look.suit).not.toBe('cloth');
    expect(look.outfit).toBeUndefined();
  });

  it.each([
    ['a chef in a suit walks', 'suit'],
    ['a soldier in a hoodie walks', 'hoodie'],
    ['a knight walks beside a woman in a raincoat', 'raincoat'],
  ] as const)('"%s": the %s is drawn and shown', (prompt, outfit) => {
    const u = readPrompt(prompt).understanding!;
    expect(u.notDepicted).toEqual([]);
    expect(word(prompt, outfit)).toMatchObject({ depicted: true });
    const e = readPrompt(prompt).plan!.entities.find((x) => x.kind === 'person' && x.look?.outfit === outfit)!;
    expect(appearanceFor(e, 1).outfit?.kind).toBe(outfit);
  });

  it.each([
    ['an astronaut in a space suit walks', ['space', 'suit']],
    ['a knight in shining armour walks', ['armour']],
    ['an astronaut wearing his spacesuit walks', ['spacesuit']],
  ] as const)('"%s": the kit itself is drawn, so its name is shown', (prompt, names) => {
    // It was listed as not shown ("space", "suit") though the astronaut is drawn in one.
    const u = readPrompt(prompt).understanding!;
    for (const n of names) expect(u.notDepicted.join(' '), n).not.toContain(n);
    expect(u.notDepicted).not.toContain('wearing');
    expect(person(prompt).look).toBeUndefined();
  });
});

describe('a hat named on a person', () => {
  it.each([
    ['a chef in a hat stirs a pot of soup', 'hat', 'chef-hat'],
    ['a knight in a helmet walks', 'helmet', 'helmet'],
    ['an astronaut wearing a helmet jumps', 'helmet', 'space-helmet'],
  ])('"%s": the %s they are drawn in is shown', (prompt, noun, drawn) => {
    expect(word(prompt, noun)?.depicted).toBe(true);
    expect(readPrompt(prompt).understanding!.notDepicted).toEqual([]);
    expect(appearanceFor(person(prompt), 1).headwear).toBe(drawn);
  });

  it('is the same chef when the hat is "a chef\'s hat", and a hat on a man (not drawn) is listed as not shown', () => {
    const plan = readPrompt("a chef wearing a chef's hat stirs the soup").plan!;
    expect(plan.entities.filter((e) => e.kind === 'person')).toHaveLength(1);
    expect(word("a chef wearing a chef's hat stirs the soup", 'hat')?.depicted).toBe(true);
    expect(word('a man in a hat walks', 'hat')?.depicted).toBe(false);
    expect(appearanceFor(person('a man in a hat walks'), 1).headwear).toBe('none');
  });
});

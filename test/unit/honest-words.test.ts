// The understanding panel promises only what the take will show (issue 11, honest words): a float or
// sink the densities contradict is marked not shown with why, and a refusal names the word Kinora
// cannot show (the verb), not a liquid it knows.
import { describe, expect, it } from 'vitest';
import { liquidFacts } from '../../main/engine/liquids/catalog';
import { floatsIn } from '../../main/engine/liquids/floaters';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

const wordOf = (prompt: string, word: string) => readPrompt(prompt).understanding?.words?.find((w) => w.word === word);

describe('float and sink, as the densities decide', () => {
  it.each([
    ['the egg floats in a glass of water', 'floats', /an egg sinks in water/],
    ['a stone floats in a glass of water', 'floats', /a stone sinks in water/],
    ['a wooden block sinks in a bowl of water', 'sinks', /block floats in water/],
    ['a block and a stone float in a bowl of water', 'float', /a stone sinks in water/],
  ])('%s: "%s" is not shown', (prompt, word, why) => {
    const reading = readPrompt(prompt);
    expect(reading.accepted).toBe(true);
    const w = reading.understanding?.words?.find((x) => x.word === word);
    expect(w?.depicted).toBe(false);
    expect(w?.reason).toMatch(why);
    expect(reading.understanding?.notDepicted.some((n) => n.startsWith(`${word} (`))).toBe(true);
  });

  it.each([
    ['an apple floats in a bowl of water', 'floats'],
    ['a stone sinks to the bottom of a glass of water', 'sinks'],
    ['a wooden block floats in a bowl of water while a stone sinks', 'floats'],
    ['a wooden block floats in a bowl of water while a stone sinks', 'sinks'],
  ])('%s: "%s" is shown', (prompt, word) => {
    const w = wordOf(prompt, word);
    expect(w?.depicted).toBe(true);
    expect(w?.reason).toBeUndefined();
  });

  it('decides from the masses and volumes the lift in the simulation uses', () => {
    for (const [prompt, word] of [['the egg floats in a glass of water', 'floats'], ['an apple floats in a bowl of water', 'floats'], ['a wooden block sinks in a bowl of water', 'sinks']] as const) {
      const reading = readPrompt(prompt);
      const action = reading.plan?.actions[0];
      if (action?.kind !== 'immerse') throw new Error(`${prompt}: not an immerse`);
      const thing = reading.plan!.entities.find((e) => e.id === action.objects[0])!;
      const floats = floatsIn(thing, liquidFacts(action.into.liquid).densityKgM3);
      expect(reading.understanding?.words?.find((w) => w.word === word)?.depicted, prompt).toBe(floats === (word === 'floats'));
    }
  });

  it('says when the liquid the prompt names is one Kinora does not know: "salt water"', () => {
    const w = wordOf('an egg floats in salt water', 'floats');
    expect(w?.depicted).toBe(false);
    expect(w?.reason).toMatch(/an egg sinks in water; Kinora knows plain water, not salt water/);
  });
});

describe('a refusal names the verb it cannot show', () => {
  it.each([
    ['water boils in a pot', 'boils'],
    ['the milk boils over', 'boils'],
    ['a man fries an egg', 'fries'],
    ['water freezes in a glass', 'freezes'],
    ['the water evaporates from the bowl', 'evaporates'],
    ['oil burns in the pan', 'burns'],
    ['a man cooks an egg', 'cooks'],
    ['a woman bakes bread', 'bakes'],
    ['the bottle leaks water onto the table', 'leaks'],
    ['coffee drips through a filter', 'drips'],
    ['the book is blown away by the wind', 'blown'],
    ['the orange juice freezes', 'freezes'],
  ])('%s: "%s"', (prompt, verb) => {
    const reading = readPrompt(prompt);
    expect(reading.accepted).toBe(false);
    expect(reading.refusal).toMatch(new RegExp(`^Kinora cannot show "${verb}"( with what this prompt names)? yet`));
  });

  // Kinora shows a jump on the spot: "cannot show "jumps"" would say it cannot show jumping at all.
  it.each([
    ['a boy jumps over the fence', 'jumps over the fence'],
    ['he jumps into the pool', 'jumps into the pool'],
    ['a girl jumps rope', 'jumps rope'],
  ])('%s: a verb Kinora shows in another sense is named with its phrase, "%s"', (prompt, phrase) => {
    const reading = readPrompt(prompt);
    expect(reading.accepted).toBe(false);
    expect(reading.refusal).toMatch(new RegExp(`^Kinora cannot show "${phrase}" yet`));
  });

  it('names an unknown subject and its unknown verb together, and never a verb Kinora has', () => {
    expect(readPrompt('the candle burns on the table').refusal).toMatch(/^Kinora cannot show the candle or "burns" yet/);
    expect(readPrompt('the soda fizzes in the glass').refusal).toMatch(/^Kinora cannot show the soda or "fizzes" yet/);
    expect(readPrompt('a cat knocks over a glass').refusal).toMatch(/^Kinora cannot show a cat yet/);
  });
});

describe('refusals say the verb in a real form', () => {
  it('names a thing after a place word alone ("falls from a tree"), never "only balls can be falled"', () => {
    const refusal = readPrompt('an apple falls from a tree').refusal ?? '';
    expect(refusal).toMatch(/^Kinora cannot show a tree yet, and a scene without it/);
    expect(refusal).not.toMatch(/falled|only balls/);
  });

  it('names an unknown thing with the action\'s own past participle: kicked, thrown, shot', () => {
    expect(readPrompt('a kid kicks a pinecone').refusal).toMatch(/^Kinora cannot show a pinecone being kicked yet/);
    expect(readPrompt('a man throws a pinecone').refusal).toMatch(/^Kinora cannot show a pinecone being thrown yet/);
    expect(readPrompt('a boy shoots a pinecone').refusal).toMatch(/^Kinora cannot show a pinecone being shot yet/);
  });
});

describe('the panel\'s words are the prompt\'s', () => {
  it('"stir the tea" stirs tea (its own amber, lighter than coffee), not coffee marked "tea ✓"', () => {
    const reading = readPrompt('stir the tea');
    expect(reading.understanding?.action).toMatch(/stirs the tea in the mug/);
    expect(reading.plan?.setting.kind).toBe('kitchen');
    expect(JSON.stringify(reading.plan)).toMatch(/"fill":\{"liquid":"tea"|"liquid":"tea","in"/);
    const tea = liquidFacts('tea');
    const coffee = liquidFacts('coffee');
    const luma = (c: number): number => 0.2126 * ((c >> 16) & 255) + 0.7152 * ((c >> 8) & 255) + 0.0722 * (c & 255);
    expect(luma(tea.color)).toBeGreaterThan(1.5 * luma(coffee.color));
    // A tea spoon or a tea cup is a thing, not the liquid.
    expect(readPrompt('stir the coffee in a tea cup').understanding?.action).toMatch(/stirs the coffee/);
  });

  it('a piece every room is drawn with puts the scene in a room: "a ball rolls under the sofa"', () => {
    const reading = readPrompt('a ball rolls under the sofa');
    expect(reading.plan?.setting.kind).toBe('room');
    expect(reading.understanding?.where).not.toMatch(/usual place/);
    expect(reading.understanding?.words?.find((w) => w.word === 'sofa')?.depicted).toBe(true);
  });

  it('lists a cameo as the "@name" typed, never a "person" the prompt does not say', () => {
    const words = readPrompt('@x walks in the park').understanding?.words?.map((w) => w.word);
    expect(words).toEqual(['@x', 'walks', 'park']);
  });

  it('"picks up the glass and drops it": the drop is a thing done to it, not physics\' outcome, so not shown while she holds it', () => {
    const r = readPrompt('she picks up the glass and drops it');
    expect(r.plan?.actions.map((a) => a.kind)).toEqual(['lift']);
    expect(wordOf('she picks up the glass and drops it', 'drops')?.depicted).toBe(false);
    expect(r.understanding?.notDepicted).toContain('drops');
    // Said of the thing itself, a fall physics brings is shown; a cast action's own verb stays shown.
    expect(wordOf('a ball rolls off the table and drops to the floor', 'drops')?.depicted).toBe(true);
    expect(wordOf('he knocks over his cup of coffee', 'knocks')?.depicted).toBe(true);
    expect(wordOf('a kid bounces a basketball twice', 'bounces')?.depicted).toBe(true);
  });
});

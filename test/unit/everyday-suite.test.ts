// The everyday-physics suite (issue 11): of 100+ prompts as people type them, Kinora depicts at
// least 80% with an action; none is accepted as a still scene; a refused one says what was not
// understood; an accepted one lists each noun and verb as shown or not. (That each accepted prompt
// really moves in the simulation is what `npm run suite:everyday` prints.)
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { EVERYDAY_PROMPTS, STILL_LIQUID_PROMPTS } from '../helpers/everyday-prompts';

describe('everyday prompt suite', () => {
  const readings = EVERYDAY_PROMPTS.map((prompt) => ({ prompt, reading: readPrompt(prompt, { durationSec: 3 }) }));

  it('depicts at least 80% of 100+ everyday prompts, each with an action, and accepts none as a still scene', () => {
    expect(EVERYDAY_PROMPTS.length).toBeGreaterThanOrEqual(100);
    const accepted = readings.filter((r) => r.reading.accepted);
    const still = accepted.filter((r) => (r.reading.plan?.actions.length ?? 0) === 0).map((r) => r.prompt);
    expect(still).toEqual([]);
    expect(accepted.length / EVERYDAY_PROMPTS.length).toBeGreaterThanOrEqual(0.8);
  });

  // Still by request, counted apart: each stands with its liquid in its vessel, nothing asked to move.
  it('shows each still scene asked for with its liquid at rest, and the liquid as shown', () => {
    for (const prompt of STILL_LIQUID_PROMPTS) {
      const reading = readPrompt(prompt, { durationSec: 3 });
      expect(reading.plan?.actions, prompt).toEqual([]);
      expect(reading.plan?.stillLiquid, prompt).toBeDefined();
      expect(reading.understanding?.notDepicted, prompt).toEqual([]);
    }
  });

  it('says what it did not understand when it refuses', () => {
    for (const { prompt, reading } of readings.filter((r) => !r.reading.accepted)) {
      expect(reading.refusal, prompt).toMatch(/cannot show (a |an |the |"|\w)/);
    }
    // The main subject unknown, an incidental known word ("the table") does not carry the prompt.
    expect(readPrompt('a cat knocks a glass off the table').refusal).toMatch(/cannot show a cat/);
    expect(readPrompt('a toaster pops up on the kitchen table').refusal).toMatch(/cannot show a toaster/);
  });

  it('lists each noun and verb of an accepted prompt as shown or not', () => {
    const words = readPrompt('a book slides across the kitchen table while a cat watches').understanding?.words ?? [];
    const shown = (w: string): boolean | undefined => words.find((x) => x.word === w)?.depicted;
    expect(shown('book')).toBe(true);
    expect(shown('slides')).toBe(true);
    expect(shown('table')).toBe(true);
    expect(shown('cat')).toBe(false);
    for (const { prompt, reading } of readings.filter((r) => r.reading.accepted)) {
      expect(reading.understanding?.words?.length, prompt).toBeGreaterThan(0);
      // Whatever the result leaves out is among the words marked not shown, or listed as not depicted.
      expect(JSON.stringify(reading.understanding), prompt).not.toMatch(/\bthe the\b/);
    }
  });

  it('gives everyday things their catalog form and the verbs their own action', () => {
    const kindOf = (p: string): string | undefined => readPrompt(p).plan?.actions[0]?.kind;
    expect(kindOf('a book slides across the table')).toBe('slide');
    expect(kindOf('a bottle tips over on the table')).toBe('tip');
    expect(kindOf('a row of dominoes falls')).toBe('dominoes');
    expect(kindOf('a coin spins on the table')).toBe('spin');
    expect(kindOf('a can rolls across the table')).toBe('roll');
    expect(kindOf('a glass falls off the table and shatters')).toBe('fall');
    const forms = readPrompt('a mug, a cup, a glass, a bottle, a plate, a bowl and a phone fall off the table').plan?.entities.map((e) => e.form).filter(Boolean);
    expect(forms).toEqual(['mug', 'cup', 'glass', 'bottle', 'plate', 'bowl', 'phone']);
  });
});

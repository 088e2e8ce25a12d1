// "A woman astronaut", "a girl footballer", "a female chef": one person, in the role's kit, of the
// sex (or age) the word before the role says (prompt/sex-and-role.ts); "the woman and the astronaut"
// stay two.
import { describe, expect, it } from 'vitest';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

const people = (prompt: string) => readPrompt(prompt).plan!.entities.filter((e) => e.kind === 'person');

describe('a sex word before a role', () => {
  it('"a woman astronaut walks": one person, a woman, in the space suit and helmet', () => {
    const r = readPrompt('a woman astronaut walks');
    const [one, ...more] = people('a woman astronaut walks');
    expect(more).toEqual([]);
    expect(one?.label).toBe('woman astronaut');
    expect(r.plan?.actions).toHaveLength(1);
    expect(r.understanding?.who).toEqual(['woman astronaut (walks)']);
    expect(r.understanding?.notDepicted).toEqual([]);
    // As tall as a woman usually is, not an astronaut's 1.8 m.
    expect(one?.size[0]).toBeCloseTo(1.65, 2);
    const look = appearanceFor(one!, 1);
    expect(look.role).toBe('astronaut');
    expect(look.headwear).toBe('space-helmet');
    expect(look.face).toBe('fem');
  });

  it('"a female chef pours": one person, the chef, a woman', () => {
    const [one, ...more] = people('a female chef pours water into a glass');
    expect(more).toEqual([]);
    expect(one?.label).toBe('woman chef');
    const look = appearanceFor(one!, 3);
    expect(look.role).toBe('chef');
    expect(look.face).toBe('fem');
    expect(readPrompt('a female chef pours water into a glass').understanding?.notDepicted).toEqual([]);
  });

  it('"a girl footballer kicks the ball": a girl, kicking', () => {
    const [one, ...more] = people('a girl footballer kicks the ball');
    expect(more).toEqual([]);
    expect(one?.label).toBe('girl footballer');
    expect(one?.size[0]).toBeLessThan(1.5);
    expect(appearanceFor(one!, 1).face).toBe('child');
  });

  it('"an old woman astronaut", "a grandmother chef", "a mother astronaut": a woman\'s frame (each was a man\'s), and "a man runner" a man\'s on every seed', () => {
    for (const prompt of ['an old woman astronaut walks', 'a grandmother chef stirs a pot of soup', 'a mother astronaut walks']) {
      const [one, ...more] = people(prompt);
      expect(more, prompt).toEqual([]);
      for (const seed of [1, 2, 3]) expect(appearanceFor(one!, seed).face, `${prompt}, seed ${seed}`).toBe('fem');
    }
    const [runner] = people('a man runner jogs');
    for (let seed = 1; seed <= 8; seed++) expect(appearanceFor(runner!, seed).face, `seed ${seed}`).toBe('masc');
  });

  it('"she" after a woman astronaut is her', () => {
    const r = readPrompt('a woman astronaut drops a ball and she watches it bounce');
    expect(people('a woman astronaut drops a ball and she watches it bounce')).toHaveLength(1);
    expect(r.accepted).toBe(true);
  });

  it('"the woman and the astronaut walk": two people, as said', () => {
    expect(people('the woman and the astronaut walk').map((e) => e.label)).toEqual(['woman', 'astronaut']);
  });

  it('"a man" and "a woman" side by side are two: neither is a role', () => {
    expect(people('a man, a woman walk in the park').map((e) => e.label)).toEqual(['man', 'woman']);
  });
});

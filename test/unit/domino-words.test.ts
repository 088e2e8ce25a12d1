// How people name a line of dominoes: "a domino chain", "a chain of dominoes", "a domino train" are
// the row the dominoes action knocks down, and every word of "is knocked over" is shown.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

describe('a chain of dominoes', () => {
  it.each(['wide shot of a domino chain knocked over', 'a chain of dominoes is knocked over', 'a long domino train topples', 'a row of dominoes is knocked down'])('"%s" is a row knocked down one by one, every word shown', (prompt) => {
    const r = readPrompt(prompt, { durationSec: 3 });
    expect(r.plan!.actions.map((a) => a.kind)).toEqual(['dominoes']);
    expect(r.plan!.entities.filter((e) => e.label === 'domino').length).toBeGreaterThan(5);
    expect(r.understanding!.notDepicted).toEqual([]);
  });

  it('keeps a single domino one domino', () => {
    const r = readPrompt('a domino is knocked over', { durationSec: 3 });
    expect(r.plan!.entities.filter((e) => e.label === 'domino').length).toBe(1);
  });
});

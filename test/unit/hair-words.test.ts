// Hair cuts as people write them: the cut after describing words ("a short buzz cut", "a black crew
// cut") is read, with its shade, and nothing of it is listed as not shown.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

const lookOf = (prompt: string) => {
  const r = readPrompt(prompt, { durationSec: 3 });
  return { look: r.plan!.entities.find((e) => e.kind === 'person')!.look, unshown: r.understanding!.notDepicted };
};

describe('hair cut words', () => {
  it.each([
    ['a man with a buzz cut walks', { hair: 'buzz' }],
    ['a man with a short buzz cut walks', { hair: 'buzz' }],
    ['a man with a black crew cut walks', { hair: 'buzz', hairShade: 'black' }],
    ['a man with short back and sides walks', { hair: 'short-sides' }],
  ])('"%s"', (prompt, look) => {
    const read = lookOf(prompt);
    expect(read.look).toEqual(look);
    expect(read.unshown).toEqual([]);
  });
});

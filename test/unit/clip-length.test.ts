// A prompt that sets no length gets a clip long enough for what it asks; a length the user or the
// words set is kept, and what does not fit in it is listed as not shown.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATION_SEC } from '../../main/contract/format';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

const POUR_THEN_STIR = 'The man pours coffee from a jug into his mug, then stirs it';

describe('the clip grows to what the words ask', () => {
  it('gives a pour then a stir the clip both need when no length is set', () => {
    const r = readPrompt(POUR_THEN_STIR);
    expect(r.plan!.format.durationSec).toBeGreaterThan(DEFAULT_DURATION_SEC);
    expect(r.plan!.actions.map((a) => a.kind)).toEqual(['pour', 'stir']);
    expect(r.understanding!.notDepicted).toEqual([]);
    const stir = r.plan!.actions.find((a) => a.kind === 'stir')!;
    expect(stir.kind === 'stir' && stir.startSec + stir.stirSec).toBeLessThanOrEqual(r.plan!.format.durationSec);
  });

  it('keeps a length the words or the duration field set, and says what does not fit', () => {
    for (const r of [readPrompt(`${POUR_THEN_STIR}, 5 seconds`), readPrompt(POUR_THEN_STIR, { durationSec: 5 })]) {
      expect(r.plan!.format.durationSec).toBe(5);
      expect(r.plan!.actions.map((a) => a.kind)).toEqual(['pour']);
      expect(r.understanding!.notDepicted.join(' ')).toMatch(/stirs .*need a \d+ s clip/);
    }
  });

  it('leaves a prompt that fits the default clip at the default length', () => {
    expect(readPrompt('a woman walks to the table and lifts the glass').plan!.format.durationSec).toBe(DEFAULT_DURATION_SEC);
  });
});

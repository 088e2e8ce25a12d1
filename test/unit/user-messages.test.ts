// What a user reads when a field is refused: the contract's own sentence, never a field path in front
// of it, and an extension past the longest clip refused before it is sent, in the contract's words.
import { describe, expect, it } from 'vitest';
import { MAX_DURATION_SEC, extendRefusal, extendRoomSec } from '../../main/contract/format';
import { parseInput } from '../../renderer/src/api/contract';

const projectId = '00000000-0000-4000-8000-000000000001';
const cameoId = '00000000-0000-4000-8000-000000000002';

describe('messages from refused fields', () => {
  it('a cameo renamed to nothing reads as the schema’s sentence alone', () => {
    // QA: "name: Give the cameo a name…"
    expect(() => parseInput('cameos.update', { cameoId, name: '   ' })).toThrow(/^Give the cameo a name, such as "alex"\.$/);
  });

  it('a field without a sentence of its own still does not start with its path', () => {
    let message = '';
    try {
      parseInput('clips.extend', { projectId, clipId: cameoId, bySec: 30 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^The request/);
  });
});

describe('extend limits', () => {
  it('come from the longest clip: a 5 s take grows by at most 15 s', () => {
    expect(extendRoomSec(5)).toBe(MAX_DURATION_SEC - 5);
    expect(extendRefusal(5, 15)).toBeNull();
    expect(extendRefusal(5, 30)).toBe(`A clip can be at most ${MAX_DURATION_SEC} s long: this one can grow by 15 s more.`);
    expect(extendRefusal(5, 0)).toMatch(/how many seconds/);
    expect(extendRefusal(5, Number.NaN)).toMatch(/how many seconds/);
    expect(extendRefusal(MAX_DURATION_SEC, 1)).toMatch(/already 20 s long/);
  });
});

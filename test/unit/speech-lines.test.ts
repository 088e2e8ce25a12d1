// What a take's part on D1 says: the editor labels the part with the lines the plan has spoken
// (speaker and words), read from the stored plan with the take; a take without a dialogue stem has
// no part and so no lines.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../main/projects/project-store';
import { fixturePlan, fixtureTake } from '../helpers/take-fixture';
import { makeTempDir } from '../helpers/temp-dir';

describe('speech lines of a take', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('come with the take’s speech part, in the plan’s order, and survive reopening the project', async () => {
    const dir = path.join(temp.dir, 'p');
    const store = ProjectStore.create(dir, 'Lines');
    const plan = {
      ...fixturePlan('a man says "hello there" and waves, then a woman says "hi"'),
      dialogue: [
        { speaker: 'man', text: 'hello there', atSec: 0.2 },
        { speaker: 'woman', text: 'hi', atSec: 1.1 },
      ],
    };
    const spoken = fixtureTake({ plan, speech: { path: 'media/s/speech.wav', peaksPath: 'media/s/speech-peaks.json' } });
    const silent = fixtureTake({ plan });
    store.addTake(spoken, null);
    store.addTake(silent, null);
    store.close();
    const reopened = await ProjectStore.open(dir);
    try {
      const takes = new Map(reopened.state().takes.map((t) => [t.id, t]));
      expect(takes.get(spoken.id)?.speech?.lines).toEqual([
        { speaker: 'man', text: 'hello there' },
        { speaker: 'woman', text: 'hi' },
      ]);
      expect(takes.get(silent.id)?.speech).toBeUndefined();
    } finally {
      reopened.close();
    }
  });
});

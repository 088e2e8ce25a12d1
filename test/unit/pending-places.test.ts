// A queued generation's placeholder on V1 is as long as the clip it will make (QA: it was always
// about 3.9 s, whatever length was asked for).
import { describe, expect, it } from 'vitest';
import type { Job } from '../../main/contract/model';
import { pendingPlaces } from '../../renderer/src/components/timeline/PendingClip';

const job = (id: string, durationSec: number | null): Job => ({ id, prompt: 'a ball', clipId: null, durationSec, status: 'queued', progress: 0, stage: '', error: null, takeId: null, createdAt: '' });

describe('pending placeholders', () => {
  it('follow one another past the end of V1, each as long as its clip', () => {
    const places = pendingPlaces([job('a', 2), job('b', 12), job('c', null)], 7.5);
    expect(places.map((p) => p.startSec)).toEqual([7.5, 9.5, 21.5]);
    expect(places.map((p) => p.durationSec)).toEqual([1.9, 11.9, 4.9]);
  });
});

// A revoked cameo blocks the exports that hold it: the whole timeline with its clip anywhere, a marked
// range only when its clip is inside the range (MP4 and .otio alike), naming the clip as the editor
// numbers it.
import { describe, expect, it } from 'vitest';
import type { Clip, Timeline, Track } from '../../main/contract/timeline';
import type { Take } from '../../main/contract/model';
import { blockedClips, refuseBlockedClips } from '../../main/app/cameo-export-guard';

const v1 = { id: 'track-v1', kind: 'video', name: 'V1', index: 0 } as Track;
const clip = (id: string, startSec: number, takeId: string): Clip => ({ id, trackId: v1.id, startSec, sourceInSec: 0, durationSec: 5, takeId, takeIds: [takeId] } as unknown as Clip);
const timeline = { tracks: [v1], clips: [clip('c1', 0, 't-plain'), clip('c2', 10, 't-alex')], markers: [], range: null } as unknown as Timeline;
const takes = [{ id: 't-plain', cameos: [] }, { id: 't-alex', cameos: [{ id: 'cameo-alex', name: 'alex' }] }] as unknown as Take[];
const revoked = [{ id: 'cameo-alex', name: 'alex', revokedAt: '2026-12-01', deletedAt: null }];

describe('export of a timeline with a revoked cameo', () => {
  it('refuses the whole timeline and a range over her clip, naming it as the editor does; lets a range without it go', () => {
    expect(() => refuseBlockedClips({ timeline, takes }, revoked)).toThrow(/this timeline: V1 · clip 2 shows @alex \(revoked\)/);
    expect(() => refuseBlockedClips({ timeline, takes }, revoked, { inSec: 8, outSec: 12 })).toThrow(/this range: V1 · clip 2 shows @alex/);
    expect(blockedClips({ timeline, takes }, revoked, { inSec: 0, outSec: 5 })).toEqual([]);
    expect(() => refuseBlockedClips({ timeline, takes }, revoked, { inSec: 1, outSec: 9 })).not.toThrow();
  });
});

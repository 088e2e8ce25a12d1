// Paste: copies of clips (from the editor's clipboard) placed at the playhead, keeping their layout
// relative to each other, as an insert: on each track the copies go to, a clip under the paste
// point is split there and everything from that point on moves right by the pasted length. The
// paste lands exactly at the playhead and nothing is overwritten, so no paste can lose a clip.
import { TIME_EPSILON, type Clip, type Timeline } from '../../contract/timeline';
import { placeClips } from './edit-place';
import { splitClips } from './edit-split';
import { clipEnd, clipsOnTrack, covers, shiftTrack, toFrame, type EditContext } from './timeline-math';

export type ClipCopy = Omit<Clip, 'id' | 'startSec'> & { offsetSec: number };

export function pasteClips(timeline: Timeline, ctx: EditContext, copies: readonly ClipCopy[], atSec: number): { timeline: Timeline; clipIds: string[] } {
  const pasted: Clip[] = copies.map(({ offsetSec, ...copy }) => ({
    ...copy,
    id: ctx.newId(),
    startSec: toFrame(Math.max(0, atSec + offsetSec), ctx.fps),
  }));
  let next = timeline;
  for (const trackId of new Set(pasted.map((c) => c.trackId))) next = makeRoom(next, ctx, pasted.filter((c) => c.trackId === trackId));
  return { timeline: placeClips(next, pasted), clipIds: pasted.map((c) => c.id) };
}

// Opens a hole on the group's track from its first start, as long as the group spans.
function makeRoom(timeline: Timeline, ctx: EditContext, group: readonly Clip[]): Timeline {
  const trackId = group[0]!.trackId;
  const startSec = Math.min(...group.map((c) => c.startSec));
  const spanSec = Math.max(...group.map(clipEnd)) - startSec;
  const under = clipsOnTrack(timeline, trackId).filter((c) => covers(c, startSec));
  const split = under.length > 0 ? splitClips(timeline, ctx, startSec, under.map((c) => c.id)) : timeline;
  return shiftTrack(split, trackId, startSec - TIME_EPSILON, spanSec);
}

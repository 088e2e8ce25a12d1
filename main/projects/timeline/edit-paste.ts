// Paste: copies of clips (from the editor's clipboard) placed at the playhead, keeping their layout
// relative to each other, as an insert: on each track the copies go to, a clip under the paste
// point is split there and everything from that point on moves right by the pasted length. The
// paste lands exactly at the playhead and nothing is overwritten, so no paste can lose a clip. The
// hole is the whole paste's length on every track pasted to and, when the paste goes into the
// picture, on every sync-locked track, so the tracks after the paste point stay in step with each
// other (Premiere's insert with sync lock; ripple.ts rippleIn).
import type { Clip, Timeline } from '../../contract/timeline';
import { placeClips } from './edit-place';
import { openRoom, rippleIn } from './ripple';
import { clipEnd, toFrame, type EditContext } from './timeline-math';

export type ClipCopy = Omit<Clip, 'id' | 'startSec'> & { offsetSec: number };

export function pasteClips(timeline: Timeline, ctx: EditContext, copies: readonly ClipCopy[], atSec: number): { timeline: Timeline; clipIds: string[] } {
  const pasted: Clip[] = copies.map(({ offsetSec, ...copy }) => ({
    ...copy,
    id: ctx.newId(),
    startSec: toFrame(Math.max(0, atSec + offsetSec), ctx.fps),
  }));
  const startSec = Math.min(...pasted.map((c) => c.startSec));
  const spanSec = Math.max(...pasted.map(clipEnd)) - startSec;
  const trackIds = [...new Set(pasted.map((c) => c.trackId))];
  let next = rippleIn(timeline, ctx, startSec, spanSec, { trackIds, madeRoomOn: trackIds });
  // Each pasted-to track opens a hole from the paste's start, as long as the paste spans.
  for (const trackId of trackIds) next = openRoom(next, ctx, trackId, startSec, spanSec);
  return { timeline: placeClips(next, ctx, pasted), clipIds: pasted.map((c) => c.id) };
}

// Paste: copies of clips (from the editor's clipboard) placed at the playhead, each on its own track,
// keeping their layout relative to each other. Anything in the way moves right (see edit-place).
import type { Clip, Timeline } from '../../contract/timeline';
import { placeClips } from './edit-place';
import { toFrame, type EditContext } from './timeline-math';

export type ClipCopy = Omit<Clip, 'id' | 'startSec'> & { offsetSec: number };

export function pasteClips(timeline: Timeline, ctx: EditContext, copies: readonly ClipCopy[], atSec: number): { timeline: Timeline; clipIds: string[] } {
  const pasted: Clip[] = copies.map(({ offsetSec, ...copy }) => ({
    ...copy,
    id: ctx.newId(),
    startSec: toFrame(Math.max(0, atSec + offsetSec), ctx.fps),
  }));
  return { timeline: placeClips(timeline, pasted), clipIds: pasted.map((c) => c.id) };
}

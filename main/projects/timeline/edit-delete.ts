// Removing clips: a lift leaves a gap where they were; a ripple delete closes it by pulling the rest
// of the timeline left, the edited tracks and every sync-locked one together (ripple.ts). A gap left
// behind can be closed later on its own, with the same lock.
import { ApiError } from '../../contract/api';
import { TIME_EPSILON, type Timeline } from '../../contract/timeline';
import { mergeSpans, rippleOut } from './ripple';
import { clipEnd, gapsOf, withClips } from './timeline-math';

export function deleteClips(timeline: Timeline, clipIds: readonly string[], ripple: boolean): Timeline {
  const doomed = timeline.clips.filter((c) => clipIds.includes(c.id));
  if (doomed.length === 0) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
  let next = withClips(timeline, [], new Set(doomed.map((c) => c.id)));
  if (!ripple) return next;
  for (const span of mergeSpans(doomed.map((c) => ({ startSec: c.startSec, endSec: clipEnd(c), trackIds: [c.trackId] })))) next = rippleOut(next, span);
  return next;
}

export function closeGap(timeline: Timeline, trackId: string, atSec: number): Timeline {
  const gap = gapsOf(timeline, trackId).find((g) => atSec >= g.startSec - TIME_EPSILON && atSec <= g.startSec + g.durationSec + TIME_EPSILON);
  if (!gap) throw new ApiError('invalid_input', 'There is no gap there to close.');
  return rippleOut(timeline, { startSec: gap.startSec, endSec: gap.startSec + gap.durationSec, trackIds: [trackId] });
}

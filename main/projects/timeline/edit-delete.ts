// Removing clips: a lift leaves a gap where they were; a ripple delete closes it by pulling the rest
// of the track left. A gap left behind can be closed later on its own.
import { ApiError } from '../../contract/api';
import { TIME_EPSILON, type Timeline } from '../../contract/timeline';
import { clipEnd, gapsOf, shiftTrack, withClips } from './timeline-math';

export function deleteClips(timeline: Timeline, clipIds: readonly string[], ripple: boolean): Timeline {
  const doomed = timeline.clips.filter((c) => clipIds.includes(c.id));
  if (doomed.length === 0) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
  let next = withClips(timeline, [], new Set(doomed.map((c) => c.id)));
  if (!ripple) return next;
  // Latest first, so each shift only moves clips that no earlier step has moved.
  for (const clip of [...doomed].sort((a, b) => b.startSec - a.startSec)) {
    next = shiftTrack(next, clip.trackId, clipEnd(clip), -clip.durationSec);
  }
  return next;
}

export function closeGap(timeline: Timeline, trackId: string, atSec: number): Timeline {
  const gap = gapsOf(timeline, trackId).find((g) => atSec >= g.startSec - TIME_EPSILON && atSec <= g.startSec + g.durationSec + TIME_EPSILON);
  if (!gap) throw new ApiError('invalid_input', 'There is no gap there to close.');
  return shiftTrack(timeline, trackId, gap.startSec + gap.durationSec, -gap.durationSec);
}

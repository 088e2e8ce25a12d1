// Split at the playhead: every chosen clip under the time becomes two clips that play on exactly as
// before (the right half starts further into the same source). The take stays whole on disk.
import { ApiError } from '../../contract/api';
import type { Clip, Timeline } from '../../contract/timeline';
import { clipEnd, covers, toFrame, withClips, type EditContext } from './timeline-math';

export function splitClips(timeline: Timeline, ctx: EditContext, timeSec: number, clipIds: readonly string[] | null): Timeline {
  const at = toFrame(timeSec, ctx.fps);
  const chosen = timeline.clips.filter((c) => (clipIds === null || clipIds.includes(c.id)) && covers(c, at));
  if (chosen.length === 0) {
    throw new ApiError('invalid_input', 'There is no clip under the playhead to split. Move the playhead over a clip first.');
  }
  const changed: Clip[] = [];
  for (const clip of chosen) {
    const leftDuration = toFrame(at - clip.startSec, ctx.fps);
    changed.push({ ...clip, durationSec: leftDuration, fadeOutSec: 0, fadeInSec: Math.min(clip.fadeInSec, leftDuration) });
    const rightDuration = toFrame(clipEnd(clip) - at, ctx.fps);
    changed.push({
      ...clip,
      id: ctx.newId(),
      startSec: at,
      sourceInSec: toFrame(clip.sourceInSec + leftDuration, ctx.fps),
      durationSec: rightDuration,
      fadeInSec: 0,
      fadeOutSec: Math.min(clip.fadeOutSec, rightDuration),
    });
  }
  return withClips(timeline, changed);
}

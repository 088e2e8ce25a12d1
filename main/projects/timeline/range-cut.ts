// A marked range cut out of the timeline: each clip's part inside it, on the range's own clock, its
// fades kept where the range cuts into them. The film export cuts its pieces with it; the .otio
// export writes the cut timeline itself.
import { TIME_EPSILON, clipPartInRange, type Clip, type Timeline } from '../../contract/timeline';
import { clipEnd } from './timeline-math';

export interface Cut {
  clip: Clip;
  // The part of the clip inside the exported stretch, on the exported clock.
  timelineStartSec: number;
  sourceInSec: number;
  durationSec: number;
  // How much of the clip's start the range cut away (eats into its fade-in), and of its end.
  headCutSec: number;
  tailCutSec: number;
}

export function cutToRange(clip: Clip, from: number, to: number): Cut | null {
  const part = clipPartInRange(clip, { inSec: from, outSec: to });
  if (!part) return null;
  const headCutSec = part.startSec - clip.startSec;
  return { clip, timelineStartSec: part.startSec - from, sourceInSec: clip.sourceInSec + headCutSec, durationSec: part.endSec - part.startSec, headCutSec, tailCutSec: clipEnd(clip) - part.endSec };
}

// A range that cuts into a fade keeps the rest of that fade.
export function fadesAfterCut(cut: Cut): { fadeInSec: number; fadeOutSec: number } {
  return {
    fadeInSec: Math.min(cut.durationSec, Math.max(0, cut.clip.fadeInSec - cut.headCutSec)),
    fadeOutSec: Math.min(cut.durationSec, Math.max(0, cut.clip.fadeOutSec - cut.tailCutSec)),
  };
}

// The timeline as the range holds it: clips cut to it and moved to start at 0, markers inside it
// (its ends included) moved with them, no range marked (it is the whole of this timeline).
export function timelineInRange(timeline: Timeline, range: { inSec: number; outSec: number }): Timeline {
  const clips = timeline.clips.flatMap((clip) => {
    const cut = cutToRange(clip, range.inSec, range.outSec);
    return cut ? [{ ...clip, startSec: cut.timelineStartSec, sourceInSec: cut.sourceInSec, durationSec: cut.durationSec, ...fadesAfterCut(cut) }] : [];
  });
  const markers = timeline.markers.filter((m) => m.timeSec >= range.inSec - TIME_EPSILON && m.timeSec <= range.outSec + TIME_EPSILON).map((m) => ({ ...m, timeSec: Math.min(range.outSec - range.inSec, Math.max(0, m.timeSec - range.inSec)) }));
  return { ...timeline, clips, markers, range: null };
}

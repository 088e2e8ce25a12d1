// Keep the playhead in view: while playing, page the timeline; when it jumps out of view while
// paused (a new clip landed and was selected, End, a step), scroll to it. Only a change of time
// scrolls, so a user who scrolls away from a paused playhead is left where they are.
import { useEffect } from 'react';
import type { PlaybackController } from '../../lib/playback';
import type { TimelineViewport } from './timeline-viewport';

const MARGIN_PX = 40;

export function useFollowPlayhead(viewport: TimelineViewport, controller: PlaybackController): void {
  useEffect(() => {
    let lastSec = controller.getTime();
    return controller.subscribe(() => {
      const timeSec = controller.getTime();
      if (timeSec === lastSec) return;
      lastSec = timeSec;
      const x = timeSec * viewport.pixelsPerSecond;
      const left = viewport.scrollLeft;
      // Paused, only a playhead really out of view moves it: a scrub near the edge must not jump.
      const edge = controller.isPlaying() ? MARGIN_PX : 0;
      if (x > left + viewport.width - edge || x < left) viewport.scrollToTime(timeSec, MARGIN_PX);
    });
  }, [viewport, controller]);
}

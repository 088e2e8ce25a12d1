// While playing, page the timeline so the playhead stays in view.
import { useEffect } from 'react';
import type { PlaybackController } from '../../lib/playback';
import type { TimelineViewport } from './timeline-viewport';

const MARGIN_PX = 40;

export function useFollowPlayhead(viewport: TimelineViewport, controller: PlaybackController): void {
  useEffect(
    () =>
      controller.subscribe(() => {
        if (!controller.isPlaying()) return;
        const x = controller.getTime() * viewport.pixelsPerSecond;
        const left = viewport.scrollLeft;
        if (x > left + viewport.width - MARGIN_PX || x < left) viewport.scrollToTime(controller.getTime(), MARGIN_PX);
      }),
    [viewport, controller],
  );
}

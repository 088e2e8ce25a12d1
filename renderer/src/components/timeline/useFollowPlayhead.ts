// While playing, page the timeline so the playhead stays in view.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { PlaybackController } from '../../lib/playback';

const MARGIN_PX = 40;

export function useFollowPlayhead(
  scrollRef: RefObject<HTMLElement | null>,
  controller: PlaybackController,
  pixelsPerSecond: number,
): void {
  useEffect(
    () =>
      controller.subscribe(() => {
        const element = scrollRef.current;
        if (!element || !controller.isPlaying()) return;
        const x = controller.getTime() * pixelsPerSecond;
        const left = element.scrollLeft;
        const right = left + element.clientWidth;
        if (x > right - MARGIN_PX || x < left) element.scrollLeft = Math.max(0, x - MARGIN_PX);
      }),
    [scrollRef, controller, pixelsPerSecond],
  );
}

// Ctrl/Cmd+wheel zooms around the pointer; a plain vertical wheel scrolls the timeline sideways.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { TimelineViewport } from './timeline-viewport';

export function useWheelZoom(scrollRef: RefObject<HTMLElement | null>, viewport: TimelineViewport): void {
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    function onWheel(event: WheelEvent) {
      if (!element) return;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const time = viewport.timeAtClientX(event.clientX);
        viewport.zoomTo(viewport.targetPixelsPerSecond * Math.exp(-event.deltaY * 0.0025), time);
      } else if (Math.abs(event.deltaY) > Math.abs(event.deltaX)) {
        event.preventDefault();
        element.scrollLeft += event.deltaY;
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scrollRef, viewport]);
}

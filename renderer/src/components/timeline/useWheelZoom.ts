// Ctrl/Cmd+wheel zooms around the pointer; a plain vertical wheel scrolls the timeline sideways.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { clampPps } from './zoom';

export function useWheelZoom(
  scrollRef: RefObject<HTMLElement | null>,
  pixelsPerSecond: number,
  setPixelsPerSecond: (pps: number) => void,
): (pps: number, anchorTime?: number) => void {
  const anchor = useRef<{ time: number; offsetX: number } | null>(null);
  const ppsRef = useRef(pixelsPerSecond);
  ppsRef.current = pixelsPerSecond;

  // Keep the anchored time under the same pixel after the zoom re-renders the content.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const pending = anchor.current;
    anchor.current = null;
    if (!element || !pending) return;
    element.scrollLeft = Math.max(0, pending.time * pixelsPerSecond - pending.offsetX);
  }, [scrollRef, pixelsPerSecond]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    function onWheel(event: WheelEvent) {
      if (!element) return;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const rect = element.getBoundingClientRect();
        const offsetX = event.clientX - rect.left;
        const time = (element.scrollLeft + offsetX) / ppsRef.current;
        const factor = Math.exp(-event.deltaY * 0.0025);
        const next = clampPps(ppsRef.current * factor);
        anchor.current = { time, offsetX };
        ppsRef.current = next;
        setPixelsPerSecond(next);
      } else if (Math.abs(event.deltaY) > Math.abs(event.deltaX)) {
        event.preventDefault();
        element.scrollLeft += event.deltaY;
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scrollRef, setPixelsPerSecond]);

  // Zoom keeping `anchorTime` (default: the centre of the view) where it is on screen.
  return (pps, anchorTime) => {
    const element = scrollRef.current;
    if (element) {
      const time = anchorTime ?? (element.scrollLeft + element.clientWidth / 2) / ppsRef.current;
      anchor.current = { time, offsetX: time * ppsRef.current - element.scrollLeft };
    }
    setPixelsPerSecond(clampPps(pps));
  };
}

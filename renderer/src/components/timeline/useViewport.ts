// The scroll container's visible stretch (scrollLeft and width), kept in state for the ruler.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export interface Viewport {
  scrollLeft: number;
  width: number;
}

export function useViewport(ref: RefObject<HTMLElement | null>): Viewport {
  const [viewport, setViewport] = useState<Viewport>({ scrollLeft: 0, width: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        setViewport((previous) =>
          previous.scrollLeft === element.scrollLeft && previous.width === element.clientWidth
            ? previous
            : { scrollLeft: element.scrollLeft, width: element.clientWidth },
        );
      });
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [ref]);
  return viewport;
}

// Click or drag on the ruler or an empty stretch of track to move the playhead.
import { useCallback, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';

export function useScrub(timeAt: (clientX: number) => number, onSeek: (seconds: number) => void) {
  const ref = useRef({ timeAt, onSeek });
  ref.current = { timeAt, onSeek };

  return useCallback((event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const element = event.currentTarget;
    const pointerId = event.pointerId;
    ref.current.onSeek(ref.current.timeAt(event.clientX));
    try {
      element.setPointerCapture(pointerId);
    } catch {
      // Without capture, scrubbing stops at the element's edge; nothing else breaks.
    }
    function onMove(moveEvent: PointerEvent) {
      ref.current.onSeek(ref.current.timeAt(moveEvent.clientX));
    }
    function onEnd() {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onEnd);
      element.removeEventListener('pointercancel', onEnd);
      if (element.hasPointerCapture(pointerId)) element.releasePointerCapture(pointerId);
    }
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onEnd);
    element.addEventListener('pointercancel', onEnd);
  }, []);
}

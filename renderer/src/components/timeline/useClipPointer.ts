// Pointer handling for clips: a click selects the clip and moves the playhead there; a drag past a
// few pixels moves the clip, committed on release as 'clips.move'.
import { useCallback, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { PlacedClip } from '../../lib/timeline-layout';
import { dropTarget } from './clip-drag';
import type { DropTarget } from './clip-drag';

export interface ClipDrag extends DropTarget {
  clipId: string;
  offsetPx: number;
}

const DRAG_THRESHOLD_PX = 5;

interface Options {
  layout: readonly PlacedClip[];
  pixelsPerSecond: number;
  timeAt(clientX: number): number;
  onSelect(clipId: string): void;
  onSeek(seconds: number): void;
  onMove(clipId: string, position: number): void;
}

export function useClipPointer(options: Options) {
  const [drag, setDrag] = useState<ClipDrag | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const onClipPointerDown = useCallback((event: ReactPointerEvent<HTMLElement>, placed: PlacedClip) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const element = event.currentTarget;
    const pointerId = event.pointerId;
    const startX = event.clientX;
    let dragging = false;
    let target: DropTarget = { position: placed.index, boundarySec: placed.start };
    optionsRef.current.onSelect(placed.clip.id);
    try {
      element.setPointerCapture(pointerId);
    } catch {
      // Capture is a nicety; without it the drag still works while the pointer stays over the clip.
    }

    function onMove(moveEvent: PointerEvent) {
      const offsetPx = moveEvent.clientX - startX;
      if (!dragging && Math.abs(offsetPx) < DRAG_THRESHOLD_PX) return;
      dragging = true;
      const { layout, pixelsPerSecond } = optionsRef.current;
      target = dropTarget(layout, placed, offsetPx / pixelsPerSecond);
      setDrag({ clipId: placed.clip.id, offsetPx, ...target });
    }
    function finish(upEvent: PointerEvent, commit: boolean) {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onCancel);
      if (element.hasPointerCapture(pointerId)) element.releasePointerCapture(pointerId);
      const current = optionsRef.current;
      if (dragging) {
        setDrag(null);
        if (commit && target.position !== placed.index) current.onMove(placed.clip.id, target.position);
      } else if (commit) {
        current.onSeek(current.timeAt(upEvent.clientX));
      }
    }
    function onUp(upEvent: PointerEvent) {
      finish(upEvent, true);
    }
    function onCancel(cancelEvent: PointerEvent) {
      finish(cancelEvent, false);
    }
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onCancel);
  }, []);

  return { drag, onClipPointerDown };
}

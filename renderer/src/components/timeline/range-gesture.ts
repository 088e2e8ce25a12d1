// Alt+drag across a generated clip (its pictures or its sound) picks a range of its take to
// regenerate: the range follows the pointer, snapped to whole frames, in the take's own seconds.
import type { PointerEvent as ReactPointerEvent } from 'react';
import { sourceTime, type PlacedClip } from '../../lib/timeline-layout';

export interface TakeRange {
  clipId: string;
  startSec: number;
  endSec: number;
}

export function startRangeGesture(event: ReactPointerEvent<HTMLElement>, placed: PlacedClip, timeAt: (clientX: number) => number, onRange: (range: TakeRange) => void): void {
  event.stopPropagation();
  event.preventDefault();
  const fps = placed.take?.fps ?? 24;
  const at = (clientX: number): number => Math.round(sourceTime(placed, timeAt(clientX)) * fps) / fps;
  const element = event.currentTarget;
  const pointerId = event.pointerId;
  const anchor = at(event.clientX);
  try {
    element.setPointerCapture(pointerId);
  } catch {
    // Without capture the range still follows while the pointer stays over the clip.
  }
  const report = (clientX: number): void => {
    const t = at(clientX);
    if (t !== anchor) onRange({ clipId: placed.clip.id, startSec: Math.min(anchor, t), endSec: Math.max(anchor, t) });
  };
  const onMove = (e: PointerEvent): void => report(e.clientX);
  const onUp = (e: PointerEvent): void => {
    report(e.clientX);
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerup', onUp);
    element.removeEventListener('pointercancel', onUp);
    if (element.hasPointerCapture(pointerId)) element.releasePointerCapture(pointerId);
  };
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onUp);
  element.addEventListener('pointercancel', onUp);
}

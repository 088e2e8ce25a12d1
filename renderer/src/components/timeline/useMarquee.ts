// Empty track space: a click parks the playhead there and clears the selection; a drag draws a
// selection rectangle (rubber band) and selects every clip it touches on the lanes it crosses
// (Shift or Ctrl adds to the selection), the way editors select many clips at once.
import { useCallback, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { TimelineView } from '../../lib/timeline-layout';

const DRAG_THRESHOLD_PX = 4;

// The rectangle in the timeline content's own pixels (it scrolls with the clips).
export interface MarqueeRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface MarqueeOptions {
  view: TimelineView;
  selectedIds: readonly string[];
  timeAt(clientX: number): number;
  onClick(event: ReactPointerEvent<HTMLElement>): void;
  onSelect(clipIds: string[]): void;
}

export function useMarquee(options: MarqueeOptions) {
  const [rect, setRect] = useState<MarqueeRect | null>(null);
  const ref = useRef(options);
  ref.current = options;

  const onPointerDown = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const lane = event.currentTarget;
    const content = lane.closest<HTMLElement>('.timeline-content');
    if (!content) return ref.current.onClick(event);
    event.preventDefault();
    const additive = event.shiftKey || event.ctrlKey || event.metaKey;
    const base = additive ? [...ref.current.selectedIds] : [];
    const start = { x: event.clientX, y: event.clientY };
    const pointerId = event.pointerId;
    let dragging = false;
    try {
      lane.setPointerCapture(pointerId);
    } catch {
      // Without capture the band stops following at the lane's edge; the selection still applies.
    }
    const onMove = (move: PointerEvent) => {
      if (!dragging && Math.hypot(move.clientX - start.x, move.clientY - start.y) < DRAG_THRESHOLD_PX) return;
      dragging = true;
      const box = content.getBoundingClientRect();
      const [x0, x1] = [Math.min(start.x, move.clientX), Math.max(start.x, move.clientX)];
      const [y0, y1] = [Math.min(start.y, move.clientY), Math.max(start.y, move.clientY)];
      setRect({ left: x0 - box.left, top: y0 - box.top, width: x1 - x0, height: y1 - y0 });
      const o = ref.current;
      const hit = clipsInBand(o.view, lanesCrossed(content, y0, y1), o.timeAt(x0), o.timeAt(x1));
      o.onSelect([...new Set([...base, ...hit])]);
    };
    const onEnd = () => {
      lane.removeEventListener('pointermove', onMove);
      lane.removeEventListener('pointerup', onEnd);
      lane.removeEventListener('pointercancel', onEnd);
      if (lane.hasPointerCapture(pointerId)) lane.releasePointerCapture(pointerId);
      setRect(null);
      if (!dragging) ref.current.onClick(event);
    };
    lane.addEventListener('pointermove', onMove);
    lane.addEventListener('pointerup', onEnd);
    lane.addEventListener('pointercancel', onEnd);
  }, []);

  return { marquee: rect, onLanePointerDown: onPointerDown };
}

// The ids of the lanes whose rows the band's vertical extent touches.
function lanesCrossed(content: HTMLElement, top: number, bottom: number): Set<string> {
  const ids = new Set<string>();
  for (const lane of content.querySelectorAll<HTMLElement>('[data-track-id]')) {
    const r = lane.getBoundingClientRect();
    if (r.bottom > top && r.top < bottom && lane.dataset.trackId) ids.add(lane.dataset.trackId);
  }
  return ids;
}

// Clips on those lanes overlapping [fromSec, toSec]. A sound lane shows its video clips, so
// banding A2 selects V2's clips.
export function clipsInBand(view: TimelineView, trackIds: ReadonlySet<string>, fromSec: number, toSec: number): string[] {
  const ids: string[] = [];
  for (const lane of view.tracks) {
    if (!trackIds.has(lane.track.id)) continue;
    for (const placed of lane.clips) if (placed.end > fromSec && placed.start < toSec) ids.push(placed.clip.id);
  }
  return ids;
}

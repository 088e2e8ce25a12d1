// Clips too narrow to show anything but their extent (zoomed far out) are painted as boxes on one
// canvas per lane instead of being elements, so a thousand clips in view cost one draw. Pointer
// events on the canvas find the clip under the pointer and act on it like on a clip element.
import { memo, useEffect, useRef } from 'react';
import type { MouseEvent as ReactMouseEvent, PointerEvent as ReactPointerEvent } from 'react';
import { clipCovering, type PlacedClip } from '../../lib/timeline-layout';
import type { ClipPart } from './ClipBox';
import type { DrawWindow } from './timeline-viewport';

interface LaneCanvasProps {
  clips: readonly PlacedClip[];
  window: DrawWindow;
  pixelsPerSecond: number;
  color: string;
  selected: ReadonlySet<string>;
  timeAt(clientX: number): number;
  onClipPointerDown(event: ReactPointerEvent<HTMLElement>, placed: PlacedClip, part: ClipPart): void;
  onClipMenu(event: ReactMouseEvent<HTMLElement>, placed: PlacedClip): void;
}

const SELECTED = '#ffc94d';

export const LaneCanvas = memo(function LaneCanvas({ clips, window, pixelsPerSecond, color, selected, timeAt, onClipPointerDown, onClipMenu }: LaneCanvasProps) {
  const ref = useRef<HTMLCanvasElement | null>(null);
  const widthPx = Math.max(1, Math.ceil((window.toSec - window.fromSec) * pixelsPerSecond));
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = widthPx;
    const height = canvas.height;
    ctx.clearRect(0, 0, widthPx, height);
    for (const placed of clips) {
      const x = (placed.start - window.fromSec) * pixelsPerSecond;
      const w = Math.max(1, placed.clip.durationSec * pixelsPerSecond - 1);
      ctx.fillStyle = selected.has(placed.clip.id) ? SELECTED : color;
      ctx.fillRect(x, 0, w, height);
    }
  }, [clips, window.fromSec, widthPx, pixelsPerSecond, color, selected]);

  const hit = (clientX: number) => clipCovering(clips, timeAt(clientX));
  return (
    <canvas
      ref={ref}
      className="lane-canvas"
      height={56}
      data-testid="lane-canvas"
      style={{ left: `calc(var(--pps) * ${window.fromSec}px)`, width: widthPx, transform: `scaleX(calc(var(--pps) / ${pixelsPerSecond}))` }}
      onPointerDown={(event) => {
        const placed = hit(event.clientX);
        if (placed) onClipPointerDown(event, placed, 'body');
      }}
      onContextMenu={(event) => {
        const placed = hit(event.clientX);
        if (placed) onClipMenu(event, placed);
      }}
    />
  );
});

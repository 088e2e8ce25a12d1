// The time ruler: ticks and labels drawn on one canvas for the visible stretch only (redrawn on
// every scroll or zoom frame without React), with markers (MarkerFlag) and the in/out range on top.
// Clicking or dragging on it moves the playhead.
import { memo, useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Marker, TimeRange } from '../../../../main/contract/timeline';
import { formatTime, type TimeFormat } from '../../lib/timecode';
import { MarkerFlag, type MarkerFlagProps } from './MarkerFlag';
import { at, span } from './ruler-position';
import type { TimelineViewport } from './timeline-viewport';
import { rulerStep } from './zoom';

interface RulerProps {
  viewport: TimelineViewport;
  fps: number;
  format: TimeFormat;
  markers: readonly Marker[];
  range: TimeRange | null;
  onScrub(event: ReactPointerEvent<HTMLElement>): void;
  // The marker whose label is being edited, if any.
  renamingMarkerId: string | null;
  markerHandlers: Omit<MarkerFlagProps, 'marker' | 'fps' | 'format' | 'renaming'>;
}

const RULER_HEIGHT = 26;

export const Ruler = memo(function Ruler({ viewport, fps, format, markers, range, onScrub, renamingMarkerId, markerHandlers }: RulerProps) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const draw = (): void => {
      const canvas = canvasRef.current;
      if (canvas) drawRuler(canvas, viewport, fps, format);
    };
    draw();
    return viewport.subscribeFrame(draw);
  }, [viewport, fps, format]);

  return (
    <div className="ruler-area" onPointerDown={onScrub} data-testid="time-ruler">
      <canvas ref={canvasRef} className="ruler-canvas" height={RULER_HEIGHT} aria-hidden="true" />
      {range ? (
        <div className="range-band" data-testid="range-band" style={{ left: at(range.inSec), width: span(range.outSec - range.inSec) }} title="Marked range (I / O)" />
      ) : null}
      {markers.map((marker) => (
        <MarkerFlag key={marker.id} marker={marker} fps={fps} format={format} renaming={renamingMarkerId === marker.id} {...markerHandlers} />
      ))}
    </div>
  );
});

export { at, span } from './ruler-position';

function drawRuler(canvas: HTMLCanvasElement, viewport: TimelineViewport, fps: number, format: TimeFormat): void {
  const width = Math.max(1, viewport.width);
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.style.width = `${width}px`;
  }
  canvas.height = Math.round(RULER_HEIGHT * ratio);
  canvas.style.height = `${RULER_HEIGHT}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, RULER_HEIGHT);
  const pps = viewport.pixelsPerSecond;
  const scroll = viewport.scrollLeft;
  const { major, minor } = rulerStep(pps, fps);
  const perMajor = Math.max(1, Math.round(major / minor));
  const first = Math.floor(scroll / pps / minor);
  const last = Math.ceil((scroll + width) / pps / minor);
  ctx.font = '10.5px ui-monospace, Menlo, monospace';
  ctx.textBaseline = 'top';
  for (let i = first; i <= last; i++) {
    const x = Math.round(i * minor * pps - scroll) + 0.5;
    const isMajor = i % perMajor === 0;
    ctx.strokeStyle = isMajor ? '#7a8293' : '#343b48';
    ctx.beginPath();
    ctx.moveTo(x, isMajor ? 10 : 18);
    ctx.lineTo(x, RULER_HEIGHT);
    ctx.stroke();
    if (isMajor) {
      ctx.fillStyle = '#a5adbd';
      ctx.fillText(formatTime(i * minor, fps, format), x + 3, 2);
    }
  }
}

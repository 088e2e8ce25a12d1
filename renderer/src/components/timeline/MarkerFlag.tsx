// One marker on the ruler: click to go there, drag to move it (one edit on release), double-click
// or "Rename marker…" to edit its label in place (Enter keeps, Escape cancels), right-click for the menu.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import type { Marker } from '../../../../main/contract/timeline';
import { formatTime, type TimeFormat } from '../../lib/timecode';
import { at } from './ruler-position';

const DRAG_THRESHOLD_PX = 3;

export interface MarkerFlagProps {
  marker: Marker;
  fps: number;
  format: TimeFormat;
  renaming: boolean;
  timeAt(clientX: number): number;
  onSeek(timeSec: number): void;
  onMove(markerId: string, timeSec: number): void;
  onRenameStart(marker: Marker): void;
  onRenameEnd(markerId: string, label: string | null): void;
  onMenu(event: React.MouseEvent, marker: Marker): void;
}

export function MarkerFlag(props: MarkerFlagProps) {
  const { marker, fps, format } = props;
  // Where the marker is drawn while it is dragged; null when it sits at its stored time.
  const [dragAt, setDragAt] = useState<number | null>(null);
  const shownAt = dragAt ?? marker.timeSec;
  const onPointerDown = (event: ReactPointerEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    if (event.button !== 0) return;
    startMarkerDrag(event, props, setDragAt);
  };
  return (
    <>
      <button
        type="button"
        className={dragAt === null ? 'marker' : 'marker is-dragging'}
        style={{ left: at(shownAt) }}
        title={`${marker.label || 'Marker'} — ${formatTime(shownAt, fps, format)} (drag to move, double-click to rename)`}
        aria-label={`Marker ${marker.label || ''} at ${formatTime(marker.timeSec, fps, format)}`}
        data-testid="marker"
        data-time={marker.timeSec.toFixed(3)}
        onPointerDown={onPointerDown}
        onDoubleClick={() => props.onRenameStart(marker)}
        onContextMenu={(event) => props.onMenu(event, marker)}
      />
      {props.renaming ? (
        <MarkerLabelInput marker={marker} onDone={(label) => props.onRenameEnd(marker.id, label)} />
      ) : marker.label ? (
        <span className="marker-label" style={{ left: at(shownAt) }} data-testid="marker-label">{marker.label}</span>
      ) : null}
    </>
  );
}

// A press that stays within a few pixels is a click (go to the marker); past that it is a drag, and
// the release moves the marker there as one edit.
function startMarkerDrag(event: ReactPointerEvent<HTMLButtonElement>, props: MarkerFlagProps, setDragAt: (t: number | null) => void): void {
  const element = event.currentTarget;
  const pointerId = event.pointerId;
  const startX = event.clientX;
  let dragging = false;
  let lastTime = props.marker.timeSec;
  try {
    element.setPointerCapture(pointerId);
  } catch {
    // Without capture the drag ends at the flag's edge; the marker still moves to the last spot.
  }
  const onMove = (move: PointerEvent) => {
    if (!dragging && Math.abs(move.clientX - startX) < DRAG_THRESHOLD_PX) return;
    dragging = true;
    lastTime = Math.max(0, props.timeAt(move.clientX));
    setDragAt(lastTime);
  };
  const onEnd = (end: PointerEvent) => {
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerup', onEnd);
    element.removeEventListener('pointercancel', onEnd);
    if (element.hasPointerCapture(pointerId)) element.releasePointerCapture(pointerId);
    setDragAt(null);
    if (end.type === 'pointercancel') return;
    if (dragging) props.onMove(props.marker.id, lastTime);
    else props.onSeek(props.marker.timeSec);
  };
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onEnd);
  element.addEventListener('pointercancel', onEnd);
}

function MarkerLabelInput({ marker, onDone }: { marker: Marker; onDone(label: string | null): void }) {
  const ref = useRef<HTMLInputElement | null>(null);
  const done = useRef(false);
  const finish = (label: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(label);
  };
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    // Keys typed into the label must not reach the editor's shortcuts (M, I, O, Delete...).
    event.stopPropagation();
    if (event.key === 'Enter') finish(event.currentTarget.value.trim());
    if (event.key === 'Escape') finish(null);
  };
  return (
    <input
      ref={ref}
      className="marker-label-input"
      style={{ left: at(marker.timeSec) }}
      defaultValue={marker.label}
      maxLength={200}
      aria-label="Marker name"
      data-testid="marker-label-input"
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget.value.trim())}
    />
  );
}

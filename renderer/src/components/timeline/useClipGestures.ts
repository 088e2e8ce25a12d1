// Pointer handling for clips: a click selects (Ctrl/Shift adds to the selection) and parks the
// playhead there; a drag past a few pixels moves the selection (onto another video track too), an
// edge trims, a sound box's top corner sets a fade. The landing place is previewed with a drop
// indicator and committed on release as one edit.
import { useCallback, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { PlacedClip } from '../../lib/timeline-layout';
import type { ClipPart } from './ClipBox';
import { handleGesture, moveGesture, volumeGesture, type GestureContext, type GestureResult } from './clip-gestures';

const DRAG_THRESHOLD_PX = 4;

export interface GestureState extends Omit<GestureResult, 'commit'> {
  // The video track a move would land on, when it changes track.
  targetTrackId: string | null;
}

export interface ClipGestureOptions {
  selectedIds: readonly string[];
  byId: ReadonlyMap<string, PlacedClip>;
  timeAt(clientX: number): number;
  context(): GestureContext;
  onSelect(clipId: string, additive: boolean): void;
  onSeek(seconds: number): void;
  onMove(clipIds: string[], deltaSec: number, trackId: string | null): void;
  onTrim(clipId: string, edge: 'start' | 'end', timeSec: number): void;
  onFade(clipId: string, which: 'in' | 'out', sec: number): void;
  onVolume(clipId: string, gain: number): void;
  takeFocus(): void;
}

export function useClipGestures(options: ClipGestureOptions) {
  const [gesture, setGesture] = useState<GestureState | null>(null);
  const ref = useRef(options);
  ref.current = options;

  const onPointerDown = useCallback((event: ReactPointerEvent<HTMLElement>, placed: PlacedClip, part: ClipPart) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const o = ref.current;
    o.takeFocus();
    const additive = event.ctrlKey || event.metaKey || event.shiftKey;
    const alreadySelected = o.selectedIds.includes(placed.clip.id);
    if (!alreadySelected || additive) o.onSelect(placed.clip.id, additive);
    const moving = alreadySelected && !additive ? o.selectedIds.map((id) => o.byId.get(id)).filter((p): p is PlacedClip => p !== undefined) : [placed];
    const element = event.currentTarget;
    const pointerId = event.pointerId;
    const startX = event.clientX;
    const startY = event.clientY;
    const startTime = o.timeAt(startX);
    let result: GestureResult | null = null;
    let targetTrackId: string | null = null;
    try {
      element.setPointerCapture(pointerId);
    } catch {
      // Capture is a nicety; without it the drag still works while the pointer stays over the clip.
    }

    function onMove(moveEvent: PointerEvent): void {
      if (result === null && Math.abs(moveEvent.clientX - startX) < DRAG_THRESHOLD_PX && part === 'body') return;
      if (part === 'volume' && result === null && Math.abs(moveEvent.clientY - startY) < 2) return;
      const current = ref.current;
      const ctx = current.context();
      const time = current.timeAt(moveEvent.clientX);
      if (part === 'body') {
        result = moveGesture(moving, time - startTime, ctx);
        targetTrackId = videoTrackUnder(moveEvent, placed);
      } else if (part === 'volume') {
        const box = (element.closest('.clip-box') ?? element).getBoundingClientRect();
        result = volumeGesture(placed, (box.bottom - moveEvent.clientY) / Math.max(1, box.height));
      } else result = handleGesture(placed, part, startTime, time, ctx);
      setGesture({ previews: result.previews, snapAt: result.snapAt, targetTrackId });
    }
    function finish(upEvent: PointerEvent, commit: boolean): void {
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onCancel);
      if (element.hasPointerCapture(pointerId)) element.releasePointerCapture(pointerId);
      setGesture(null);
      const current = ref.current;
      if (!commit) return;
      if (result === null) {
        if (part === 'body') current.onSeek(current.timeAt(upEvent.clientX));
        return;
      }
      const c = result.commit;
      if (c.kind === 'move') {
        const trackChange = targetTrackId !== null && targetTrackId !== placed.track.id ? targetTrackId : null;
        if (Math.abs(c.deltaSec) > 1e-6 || trackChange) current.onMove(moving.map((p) => p.clip.id), c.deltaSec, trackChange);
      } else if (c.kind === 'trim') current.onTrim(placed.clip.id, c.edge, c.timeSec);
      else if (c.kind === 'volume') current.onVolume(placed.clip.id, c.gain);
      else current.onFade(placed.clip.id, c.which, c.sec);
    }
    const onUp = (upEvent: PointerEvent): void => finish(upEvent, true);
    const onCancel = (cancelEvent: PointerEvent): void => finish(cancelEvent, false);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onCancel);
  }, []);

  return { gesture, onPointerDown };
}

// Another video track under the pointer, for dragging a clip up to V2 (layering) and back.
function videoTrackUnder(event: PointerEvent, placed: PlacedClip): string | null {
  if (placed.track.kind !== 'video') return null;
  const lane = document.elementsFromPoint(event.clientX, event.clientY).find((el) => el instanceof HTMLElement && el.dataset.trackKind === 'video');
  return lane instanceof HTMLElement ? (lane.dataset.trackId ?? null) : null;
}

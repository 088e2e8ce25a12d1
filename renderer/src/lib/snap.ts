// Snapping while dragging: a time pulls to the nearest clip edge, the playhead or a marker when it
// comes within a few pixels of one.
export const SNAP_PX = 8;

export interface SnapResult {
  timeSec: number;
  // The time snapped to, for drawing the snap line; null when nothing was near.
  target: number | null;
}

export function snapTime(timeSec: number, targets: readonly number[], pixelsPerSecond: number, enabled: boolean): SnapResult {
  if (!enabled) return { timeSec, target: null };
  const threshold = SNAP_PX / pixelsPerSecond;
  let best: number | null = null;
  for (const target of targets) {
    if (Math.abs(target - timeSec) <= threshold && (best === null || Math.abs(target - timeSec) < Math.abs(best - timeSec))) best = target;
  }
  return best === null ? { timeSec, target: null } : { timeSec: best, target: best };
}

// Snaps a moving span by whichever of its two edges lands nearer a target; returns the shift.
export function snapSpan(startSec: number, endSec: number, targets: readonly number[], pixelsPerSecond: number, enabled: boolean): { shift: number; target: number | null } {
  const byStart = snapTime(startSec, targets, pixelsPerSecond, enabled);
  const byEnd = snapTime(endSec, targets, pixelsPerSecond, enabled);
  const startDistance = byStart.target === null ? Infinity : Math.abs(byStart.timeSec - startSec);
  const endDistance = byEnd.target === null ? Infinity : Math.abs(byEnd.timeSec - endSec);
  if (startDistance === Infinity && endDistance === Infinity) return { shift: 0, target: null };
  return startDistance <= endDistance ? { shift: byStart.timeSec - startSec, target: byStart.target } : { shift: byEnd.timeSec - endSec, target: byEnd.target };
}

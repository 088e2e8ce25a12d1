// Markers (M) and the in/out range (I, O) that an export can be limited to.
import { ApiError } from '../../contract/api';
import { TIME_EPSILON, type Timeline } from '../../contract/timeline';
import { toFrame, type EditContext } from './timeline-math';

export function addMarker(timeline: Timeline, ctx: EditContext, timeSec: number, label: string): Timeline {
  const at = toFrame(Math.max(0, timeSec), ctx.fps);
  // One marker per frame: a second M on the same frame does nothing.
  if (timeline.markers.some((m) => Math.abs(m.timeSec - at) < TIME_EPSILON)) return timeline;
  const markers = [...timeline.markers, { id: ctx.newId(), timeSec: at, label }].sort((a, b) => a.timeSec - b.timeSec);
  return { ...timeline, markers };
}

export function updateMarker(timeline: Timeline, markerId: string, change: { timeSec?: number; label?: string }): Timeline {
  const marker = timeline.markers.find((m) => m.id === markerId);
  if (!marker) throw new ApiError('not_found', 'That marker is not on the timeline any more.');
  const next = {
    ...marker,
    timeSec: change.timeSec === undefined ? marker.timeSec : toFrame(Math.max(0, change.timeSec), timeline.fps),
    label: change.label ?? marker.label,
  };
  return { ...timeline, markers: timeline.markers.map((m) => (m.id === markerId ? next : m)).sort((a, b) => a.timeSec - b.timeSec) };
}

export function deleteMarker(timeline: Timeline, markerId: string): Timeline {
  if (!timeline.markers.some((m) => m.id === markerId)) throw new ApiError('not_found', 'That marker is not on the timeline any more.');
  return { ...timeline, markers: timeline.markers.filter((m) => m.id !== markerId) };
}

// Sets the in or out point; the other one stays, and an in after the out (or the reverse) moves the
// other point along, the way editors treat I and O.
export function setRangePoint(timeline: Timeline, point: 'in' | 'out', timeSec: number, endSec: number): Timeline {
  const at = toFrame(Math.max(0, timeSec), timeline.fps);
  const current = timeline.range ?? { inSec: 0, outSec: endSec };
  let range = point === 'in' ? { ...current, inSec: at } : { ...current, outSec: at };
  if (range.outSec <= range.inSec) range = point === 'in' ? { inSec: at, outSec: Math.max(endSec, at) } : { inSec: 0, outSec: at };
  if (range.outSec - range.inSec < TIME_EPSILON) throw new ApiError('invalid_input', emptyRangeRefusal(point, at, endSec));
  return { ...timeline, range };
}

// Said when a point would leave the range empty. Pressing I at the end of the timeline (or O at its
// start) moves the other point onto it; "at least one frame apart" read as if both had been set.
function emptyRangeRefusal(point: 'in' | 'out', atSec: number, endSec: number): string {
  if (point === 'in' && atSec >= endSec - TIME_EPSILON) return 'An in point at the end of the timeline leaves nothing to mark: set it before the end.';
  if (point === 'out' && atSec < TIME_EPSILON) return 'An out point at the start of the timeline leaves nothing to mark: set it after the start.';
  return 'The in and out points must be at least one frame apart.';
}

export function clearRange(timeline: Timeline): Timeline {
  return { ...timeline, range: null };
}

// What a drag on a clip would do, as pure functions of the pointer's travel: move (all selected
// clips, snapped by whichever edge lands nearer a snap target), trim an edge, or drag a fade. The
// hook (useClipGestures) turns these into previews and, on release, one edit.
import { MAX_GAIN } from '../../../../main/contract/timeline';
import { snapSpan, snapTime } from '../../lib/snap';
import { toFrameTime, type PlacedClip } from '../../lib/timeline-layout';
import type { ClipPart } from './ClipBox';

export interface ClipPreview {
  startSec: number;
  durationSec: number;
  sourceInSec: number;
  fadeInSec: number;
  fadeOutSec: number;
  volume: number;
}

export interface GestureResult {
  previews: Map<string, ClipPreview>;
  // The snap line to draw, if a snap target caught the drag.
  snapAt: number | null;
  commit:
    | { kind: 'move'; deltaSec: number }
    | { kind: 'trim'; edge: 'start' | 'end'; timeSec: number }
    | { kind: 'fade'; which: 'in' | 'out'; sec: number }
    | { kind: 'volume'; gain: number };
}

export interface GestureContext {
  fps: number;
  pixelsPerSecond: number;
  snapping: boolean;
  targets: readonly number[];
  sourceDurationSec(placed: PlacedClip): number;
}

function previewOf(placed: PlacedClip): ClipPreview {
  const { clip } = placed;
  return { startSec: clip.startSec, durationSec: clip.durationSec, sourceInSec: clip.sourceInSec, fadeInSec: clip.fadeInSec, fadeOutSec: clip.fadeOutSec, volume: clip.volume };
}

export function moveGesture(moving: readonly PlacedClip[], rawDeltaSec: number, ctx: GestureContext): GestureResult {
  const start = Math.min(...moving.map((p) => p.start));
  const end = Math.max(...moving.map((p) => p.end));
  const delta = Math.max(-start, rawDeltaSec);
  const snapped = snapSpan(start + delta, end + delta, ctx.targets, ctx.pixelsPerSecond, ctx.snapping);
  const deltaSec = toFrameTime(delta + snapped.shift, ctx.fps);
  const previews = new Map(moving.map((p) => [p.clip.id, { ...previewOf(p), startSec: Math.max(0, p.start + deltaSec) }]));
  return { previews, snapAt: snapped.target, commit: { kind: 'move', deltaSec } };
}

type HandlePart = Exclude<ClipPart, 'body' | 'volume'>;

// Where the edge or fade handle grabbed by `part` is on the timeline.
function grabbedEdgeSec(placed: PlacedClip, part: HandlePart): number {
  if (part === 'start') return placed.start;
  if (part === 'end') return placed.end;
  return part === 'fade-in' ? placed.start + placed.clip.fadeInSec : placed.end - placed.clip.fadeOutSec;
}

// A trim or fade handle pressed at `pressedSec` and dragged to `pointerSec`: the edge follows the
// pointer's travel from where it was pressed, not the pointer itself: a handle is a few pixels wide,
// and pressing it off its exact edge must not move the edge (a 1 px jiggle trimmed up to 7 px).
export function handleGesture(placed: PlacedClip, part: HandlePart, pressedSec: number, pointerSec: number, ctx: GestureContext): GestureResult {
  const edgeSec = grabbedEdgeSec(placed, part) + (pointerSec - pressedSec);
  return part === 'start' || part === 'end' ? trimGesture(placed, part, edgeSec, ctx) : fadeGesture(placed, part, edgeSec, ctx);
}

export function trimGesture(placed: PlacedClip, edge: 'start' | 'end', pointerSec: number, ctx: GestureContext): GestureResult {
  const frame = 1 / ctx.fps;
  const snapped = snapTime(pointerSec, ctx.targets, ctx.pixelsPerSecond, ctx.snapping);
  const timeSec = toFrameTime(snapped.timeSec, ctx.fps);
  const base = previewOf(placed);
  const sourceStart = placed.start - placed.clip.sourceInSec;
  let preview: ClipPreview;
  if (edge === 'start') {
    const startSec = Math.min(placed.end - frame, Math.max(timeSec, sourceStart, 0));
    preview = { ...base, startSec, sourceInSec: placed.clip.sourceInSec + (startSec - placed.start), durationSec: placed.end - startSec };
  } else {
    const endSec = Math.max(placed.start + frame, Math.min(timeSec, sourceStart + ctx.sourceDurationSec(placed)));
    preview = { ...base, durationSec: endSec - placed.start };
  }
  return { previews: new Map([[placed.clip.id, preview]]), snapAt: snapped.target, commit: { kind: 'trim', edge, timeSec } };
}

export function fadeGesture(placed: PlacedClip, part: Extract<ClipPart, 'fade-in' | 'fade-out'>, pointerSec: number, ctx: GestureContext): GestureResult {
  const length = part === 'fade-in' ? pointerSec - placed.start : placed.end - pointerSec;
  const sec = toFrameTime(Math.min(placed.clip.durationSec, Math.max(0, length)), ctx.fps);
  const base = previewOf(placed);
  const preview = part === 'fade-in' ? { ...base, fadeInSec: sec } : { ...base, fadeOutSec: sec };
  return { previews: new Map([[placed.clip.id, preview]]), snapAt: null, commit: { kind: 'fade', which: part === 'fade-in' ? 'in' : 'out', sec } };
}

// Dragging the volume line: `heightFraction` is how high the pointer is in the clip, 0 (bottom) to 1.
export function volumeGesture(placed: PlacedClip, heightFraction: number): GestureResult {
  const gain = Math.round(Math.min(1, Math.max(0, heightFraction)) * MAX_GAIN * 100) / 100;
  return { previews: new Map([[placed.clip.id, { ...previewOf(placed), volume: gain }]]), snapAt: null, commit: { kind: 'volume', gain } };
}

// Where a clip dragged by `deltaSec` would land: its new position (index among the other clips, as
// 'clips.move' takes it) and the time of the insertion boundary to draw.
import type { PlacedClip } from '../../lib/timeline-layout';

export interface DropTarget {
  position: number;
  boundarySec: number;
}

export function dropTarget(layout: readonly PlacedClip[], dragged: PlacedClip, deltaSec: number): DropTarget {
  const center = dragged.start + deltaSec + (dragged.end - dragged.start) / 2;
  const others = layout.filter((placed) => placed.clip.id !== dragged.clip.id);
  let position = 0;
  for (const other of others) {
    if ((other.start + other.end) / 2 < center) position++;
  }
  const before = others[position];
  const after = others[position - 1];
  const boundarySec = before ? before.start : after ? after.end : 0;
  return { position, boundarySec };
}

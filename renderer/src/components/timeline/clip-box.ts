// Where a clip sits on a track and how it is marked, shared by the video and audio halves of a
// linked clip so the two always line up.
import type { CSSProperties } from 'react';
import type { PlacedClip } from '../../lib/timeline-layout';

export function clipBoxStyle(placed: PlacedClip, pixelsPerSecond: number, dragOffsetPx: number | null): CSSProperties {
  return {
    left: placed.start * pixelsPerSecond,
    width: placed.take.durationSec * pixelsPerSecond,
    transform: dragOffsetPx !== null ? `translateX(${dragOffsetPx}px)` : undefined,
  };
}

export function clipBoxClass(base: string, selected: boolean, dragOffsetPx: number | null): string {
  return [base, selected ? 'is-selected' : '', dragOffsetPx !== null ? 'is-dragging' : ''].filter(Boolean).join(' ');
}

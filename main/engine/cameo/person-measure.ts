// How big the person is in their own footage, from the per-frame boxes the analysis stored: their
// standing height in pixels (against their real height this gives the card's scale) and how wide
// their body is on average (the collider's radius). Medians, so a raised arm or one bad frame does
// not change the person's size. A person the frame cuts off at the bottom is not as tall as their
// box: their standing height is read from their head (body-shown.ts).
import type { CameoFramesFile } from '../../cameo/cameo-files';
import { bodyShown } from './body-shown';
import { median } from './median';

export interface PersonMeasure {
  // The person's standing height in footage pixels: the median box height over the share of the
  // body the footage shows (the box itself for a person seen head to feet).
  heightPx: number;
  // Half the silhouette's mean width in pixels: its area over its height, halved.
  halfWidthPx: number;
  // The share of the standing body the footage shows, from the crown down (1: head to feet).
  shownShare: number;
  // Half the width of the edge where the frame cuts the person (its opaque pixels on the last row:
  // the waist and the arms beside it), 0 when it shows them head to feet.
  cutHalfWidthPx: number;
}

// A body's half-width as a fraction of height: slim adults are about 0.07, a wide stance or a held
// object makes a silhouette wider; outside these the measurement is not of a standing body.
const MIN_HALF_WIDTH = 0.06;
const MAX_HALF_WIDTH = 0.16;

export function measurePerson(file: Pick<CameoFramesFile, 'width' | 'height' | 'frames'>): PersonMeasure {
  const seen = file.frames.flatMap((f) => (f.bbox && f.bbox[3] > f.bbox[1] ? [{ height: f.bbox[3] - f.bbox[1], area: f.coverage * file.width * file.height }] : []));
  if (seen.length === 0) throw new Error('The cameo has no frame in which the person is visible.');
  const shown = bodyShown(file.frames, file.width);
  return {
    heightPx: median(seen.map((s) => s.height)) / shown.share,
    halfWidthPx: median(seen.map((s) => s.area / s.height)) / 2,
    shownShare: shown.share,
    cutHalfWidthPx: shown.cut ? median(file.frames.map((f) => f.bottomPx ?? 0)) / 2 : 0,
  };
}

// Half the cut edge's width (metres) for a person of this real height.
export function cutHalfWidthM(measure: PersonMeasure, heightM: number): number {
  return Math.round((measure.cutHalfWidthPx / measure.heightPx) * heightM * 1000) / 1000;
}

// The collider's radius (metres) for a person of this real height.
export function bodyHalfWidthM(measure: PersonMeasure, heightM: number): number {
  const fraction = measure.halfWidthPx / measure.heightPx;
  return Math.round(Math.min(Math.max(fraction, MIN_HALF_WIDTH), MAX_HALF_WIDTH) * heightM * 1000) / 1000;
}

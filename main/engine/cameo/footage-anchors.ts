// Where the feet are in each frame of a cameo's footage: the bottom centre of the person's box (or,
// for a person cut off at the bottom, their standing height below the crown),
// smoothed with a running median (a hand that swings out widens the box for a frame or two, and the
// card must not jump sideways with it). Frames where nobody is visible borrow their nearest neighbour.
import type { FrameStats } from '../../cameo/person-stats';
import { median } from './median';

const WINDOW = 2;

function fillGaps(points: ([number, number] | null)[]): [number, number][] {
  const known = points.flatMap((p, i) => (p ? [i] : []));
  if (known.length === 0) throw new Error('The cameo has no frame in which the person is visible.');
  return points.map((p, i) => p ?? (points[known.reduce((best, k) => (Math.abs(k - i) < Math.abs(best - i) ? k : best))] as [number, number]));
}

// Which way the person crosses their footage (1 right, -1 left), or 0 when they stay about where
// they are: the feet's mean position over the last quarter against the first, by at least this
// share of their height.
const TRAVEL_OF_HEIGHT = 0.15;

export function footageTravel(frames: readonly FrameStats[], heightPx: number): -1 | 0 | 1 {
  const xs = frames.flatMap((f) => (f.bbox ? [(f.bbox[0] + f.bbox[2]) / 2] : []));
  if (xs.length < 4) return 0;
  const quarter = Math.max(1, Math.floor(xs.length / 4));
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const dx = mean(xs.slice(-quarter)) - mean(xs.slice(0, quarter));
  return Math.abs(dx) < TRAVEL_OF_HEIGHT * heightPx ? 0 : dx > 0 ? 1 : -1;
}

// Anchors in the stored frame's pixels, two numbers per frame. For a person the frame cuts off
// (`cutStandingPx`: their standing height in pixels) the feet are below the picture, that far under
// the crown.
export function footAnchors(frames: readonly FrameStats[], cutStandingPx: number | null = null): Float32Array {
  const raw = fillGaps(frames.map((f) => (f.bbox ? [(f.bbox[0] + f.bbox[2]) / 2, cutStandingPx === null ? f.bbox[3] : f.bbox[1] + cutStandingPx] : null)));
  const out = new Float32Array(raw.length * 2);
  raw.forEach((_, i) => {
    const near = raw.slice(Math.max(0, i - WINDOW), i + WINDOW + 1);
    out[2 * i] = median(near.map((p) => p[0]));
    out[2 * i + 1] = median(near.map((p) => p[1]));
  });
  return out;
}

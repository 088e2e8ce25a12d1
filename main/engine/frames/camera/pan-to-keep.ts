// The operator pans to keep what must stay in frame before widening for it. The aim is a spring that
// trails anything that starts fast (a ball kicked out of the shot); left alone, the frame widened to
// hold the ball around the trailing aim (a kid kicking in the park went from 0.61 to 0.19 of the frame
// before the pan caught up). Here the aim is shifted, per frame, just as far as the kept thing needs to
// be inside the frame the shot wants, and that shift is smoothed over a few frames either side (the
// whole path is known), so the pan starts with the kick; what is still outside is left to the widening.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import type { Watcher } from './focus';
import { MARGIN, type ViewBasis } from './projection';

// The shift is averaged over this share of the aim's follow time either side of each frame: a quick pan
// that neither lags the need nor runs ahead of it (read ahead like the aim, a growing need was met early
// and the aim overshot a falling ball).
export const PAN_SHARE = 0.35;

// How far past the frame's edge (less its margins) the points reach along one axis: + past the far
// edge, - past the near one, 0 inside.
function pastEdge(ds: readonly number[], half: number): number {
  const hi = Math.max(...ds) - half, lo = Math.min(...ds) + half;
  if (hi > 0 && lo < 0) return 0; // wider than the frame: the widening's job
  return hi > 0 ? hi : lo < 0 ? lo : 0;
}

// Each value averaged with its neighbours `radius` frames either side (fewer at the ends).
export function centredMean(values: readonly number[], radius: number): number[] {
  return values.map((_, i) => {
    const from = Math.max(0, i - radius), to = Math.min(values.length - 1, i + radius);
    let sum = 0;
    for (let k = from; k <= to; k++) sum += values[k]!;
    return sum / (to - from + 1);
  });
}

// Points averaged the same way, channel by channel.
export function centredPoints(points: readonly THREE.Vector3[], radius: number): THREE.Vector3[] {
  const [xs, ys, zs] = (['x', 'y', 'z'] as const).map((k) => centredMean(points.map((p) => p[k]), radius));
  return points.map((_, i) => new THREE.Vector3(xs![i]!, ys![i]!, zs![i]!));
}

export function panToKeep(
  target: readonly THREE.Vector3[], field: readonly number[], keep: readonly (Entity | null)[],
  watcher: Watcher, b: ViewBasis, fps: number, followSec: number,
): THREE.Vector3[] {
  const right = target.map(() => 0), up = target.map(() => 0);
  target.forEach((t, f) => {
    const thing = keep[f];
    if (!thing) return;
    const points = watcher.bounds(thing, f).map((p) => p.clone().sub(t));
    if (points.length === 0) return;
    const halfH = (field[f]! / 2) * (1 - 2 * MARGIN), halfW = halfH * b.aspect;
    right[f] = pastEdge(points.map((d) => d.dot(b.right)), halfW);
    up[f] = pastEdge(points.map((d) => d.dot(b.up)), halfH);
  });
  if (right.every((v) => v === 0) && up.every((v) => v === 0)) return target.map((t) => t.clone());
  const radius = Math.max(1, Math.round(followSec * PAN_SHARE * fps));
  const r = centredMean(right, radius), u = centredMean(up, radius);
  return target.map((t, f) => t.clone().addScaledVector(b.right, r[f]!).addScaledVector(b.up, u[f]!));
}

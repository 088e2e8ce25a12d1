// The operator pans to keep what must stay in frame before widening for it. The aim is a spring that
// trails anything that starts fast (a ball kicked out of the shot); left alone, the frame widened to
// hold the ball around the trailing aim (a kid kicking in the park went from 0.61 to 0.19 of the frame
// before the pan caught up). Here the aim is shifted, per frame, just as far as the kept thing needs to
// be inside the frame the shot wants, and that shift is smoothed quickly and read ahead (the whole
// path is known), so the pan starts with the kick; what is still outside is left to the widening.
import type * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import type { Watcher } from './focus';
import { criticallyDamped } from './follow';
import { MARGIN, type ViewBasis } from './projection';

// The shift's spring, as a share of the aim's: a quick pan, still without overshoot.
const PAN_SHARE = 0.35;

// How far past the frame's edge (less its margins) the points reach along one axis: + past the far
// edge, - past the near one, 0 inside.
function pastEdge(ds: readonly number[], half: number): number {
  const hi = Math.max(...ds) - half, lo = Math.min(...ds) + half;
  if (hi > 0 && lo < 0) return 0; // wider than the frame: the widening's job
  return hi > 0 ? hi : lo < 0 ? lo : 0;
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
  const sec = followSec * PAN_SHARE;
  const r = criticallyDamped(right, fps, sec), u = criticallyDamped(up, fps, sec);
  return target.map((t, f) => t.clone().addScaledVector(b.right, r[f]!).addScaledVector(b.up, u[f]!));
}

import { add, dot, len, normalize, scale, sub, type V } from './vector';

// Two-bone IK: the middle joint for a chain root -> mid -> end of lengths l1, l2 reaching for
// `target`, bending towards `pole`. Returns the middle joint and the end (which is the target unless
// it was out of reach, in which case the chain stretches straight towards it).
export function twoBone(root: V, target: V, l1: number, l2: number, pole: V): { joint: V; end: V } {
  const toTarget = sub(target, root);
  const raw = len(toTarget);
  const axis = normalize(toTarget, [0, -1, 0]);
  const d = Math.min(Math.max(raw, Math.abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6);
  const along = (l1 * l1 - l2 * l2 + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(l1 * l1 - along * along, 0));
  const perp = normalize(sub(pole, scale(axis, dot(pole, axis))), [1, 0, 0]);
  return { joint: add(add(root, scale(axis, along)), scale(perp, h)), end: add(root, scale(axis, d)) };
}


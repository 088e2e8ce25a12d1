// How much of the frame a set of points takes, seen along the operator's view: their flat extent
// across the frame, and the frame height that holds them once perspective is counted (a point
// nearer the camera than the aim spreads further across the frame, which matters most up close:
// the near end of a book half a metre from the lens looks twice the size of its far end).
import * as THREE from 'three';

export interface ViewBasis {
  right: THREE.Vector3;
  up: THREE.Vector3;
  view: THREE.Vector3;
  aspect: number;
  // tan of half the vertical field of view.
  tanHalf: number;
}

export interface Extent { cx: number; cy: number; w: number; h: number }

// Room left around what must be in frame (fraction of the frame on each side).
export const MARGIN = 0.08;

export function extent(points: readonly THREE.Vector3[], b: ViewBasis): Extent {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    const x = p.dot(b.right), y = p.dot(b.up);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, w: maxX - minX, h: maxY - minY };
}

// Frame height that holds an extent with margins, perspective aside.
export const fieldFor = (e: Extent, aspect: number): number => Math.max(e.h, e.w / aspect) / (1 - 2 * MARGIN);

// The smallest frame height at `target` for which every point lies within the middle `share` of
// the frame (in height and in width) when the camera stands at the distance that frame height
// needs. A point at (x, y) across the frame from the target and z along the view projects to
// y * d / (d + z) at the target's depth, with d = field / (2 tanHalf), so the condition is linear in
// the field: field >= 2|y| / share - 2 tanHalf z (likewise for x over the aspect). Exact, no rounds.
export function fieldHolding(points: readonly THREE.Vector3[], target: THREE.Vector3, share: number, b: ViewBasis): number {
  let field = 0;
  const rel = new THREE.Vector3();
  for (const p of points) {
    rel.copy(p).sub(target);
    const across = Math.max(2 * Math.abs(rel.dot(b.up)), (2 * Math.abs(rel.dot(b.right))) / b.aspect);
    field = Math.max(field, across / share - 2 * b.tanHalf * rel.dot(b.view));
  }
  return field;
}

// Where the aim should move (across and up, metres at the target's depth) so that the points'
// projected outline is centred in the frame: up close the near side of a thing looks bigger than
// its far side, so its middle is not the middle of what the frame shows.
export function projectedCentre(points: readonly THREE.Vector3[], target: THREE.Vector3, field: number, b: ViewBasis): { x: number; y: number } {
  const d = field / (2 * b.tanHalf);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  const rel = new THREE.Vector3();
  for (const p of points) {
    rel.copy(p).sub(target);
    const k = d / Math.max(1e-3, d + rel.dot(b.view));
    const x = rel.dot(b.right) * k, y = rel.dot(b.up) * k;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
}

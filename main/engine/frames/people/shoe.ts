// A shoe's shape, built once: flat underneath, a rounded heel that rises to the ankle's collar, and
// an instep that slopes down to a lower, rounded toe, widest across the ball of the foot. (Two
// ellipsoids, an upper on a sole, read as discs at the ends of the legs.) Unit-sized in its own frame:
// x across (half-width 1), y up from the sole's underside (height 1 at the collar), z from the heel
// (-1) to the toe (+1). The sole is the same shape squashed flat and a little larger.
import * as THREE from 'three';
import { smoothTable } from './smooth-table';

// Half-width and height along the shoe (z from heel to toe), as fractions of the widest and tallest.
const WIDTH: [number, number][] = [[-1, 0], [-0.97, 0.55], [-0.88, 0.78], [-0.6, 0.86], [-0.1, 0.86], [0.45, 1], [0.75, 0.9], [0.92, 0.62], [0.985, 0.3], [1, 0]];
const HEIGHT: [number, number][] = [[-1, 0.55], [-0.9, 0.95], [-0.55, 1], [-0.25, 0.95], [0.15, 0.7], [0.5, 0.5], [0.8, 0.42], [0.95, 0.3], [1, 0.18]];

// rings: cross-sections from heel to toe; around: points round each (a rounded box, flat below).
export function shoeGeometry(rings = 14, around = 14): THREE.BufferGeometry {
  const pos: number[] = [];
  // Sections crowd towards the ends, where the outline turns fastest.
  const zs = Array.from({ length: rings }, (_, i) => -Math.cos((Math.PI * i) / (rings - 1)));
  for (const z of zs) {
    const w = smoothTable(WIDTH, z), h = smoothTable(HEIGHT, z);
    for (let s = 0; s < around; s++) {
      const t = (s / around) * Math.PI * 2;
      const c = Math.cos(t), sn = Math.sin(t);
      // A rounded box: squarer corners than an ellipse; the underside flat at y = 0.
      const x = w * Math.sign(c) * Math.abs(c) ** 0.6;
      const y = sn < 0 ? h * 0.1 * (1 + Math.sign(sn) * Math.abs(sn) ** 0.3) : h * (0.1 + 0.9 * sn ** 0.7);
      pos.push(x, Math.max(0, y), z);
    }
  }
  const idx: number[] = [];
  for (let r = 0; r + 1 < rings; r++) {
    for (let s = 0; s < around; s++) {
      const a = r * around + s, b = r * around + ((s + 1) % around), c = a + around, d = b + around;
      idx.push(a, b, c, b, d, c);
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

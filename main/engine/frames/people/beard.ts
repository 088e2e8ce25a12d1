// A beard that grows on the face rather than hanging in front of it: a shell cut from the skull's own
// shape (so it hugs the jaw), covering the cheeks from below the ears, the jaw and the chin, with a hole
// for the mouth (it still opens with speech) and a moustache above it. The chin's hair is drawn out
// downward and forward so a full beard has volume.
import type * as THREE from 'three';
import { regionOf } from './skull';

// Which part of the unit head (its face along +z, up +y) the beard covers: below a line that runs from
// just under the ears (at the sides) down to the upper lip (at the front), and not behind the ears.
const covered = (x: number, y: number, z: number): boolean => {
  const belowLine = y < -0.12 - 0.3 * Math.max(0, z);
  const besideFace = z > -0.25;
  const mouthHole = Math.abs(x) < 0.3 && y > -0.57 && z > 0.55;
  return belowLine && besideFace && !mouthHole;
};

// skull: the head's unit geometry (indexed); the beard is its covered triangles, with the chin drawn out.
export function beardGeometry(skull: THREE.BufferGeometry): THREE.BufferGeometry {
  const g = skull.clone();
  const p = g.getAttribute('position');
  for (let i = 0; i < p.count; i++) {
    const y = p.getY(i), z = p.getZ(i);
    const chin = Math.max(0, -y - 0.45) * Math.max(0, z);
    p.setXYZ(i, p.getX(i), y - 0.45 * chin, z + 0.25 * chin);
  }
  // Decided on the skull's own (undrawn-out) positions.
  g.setIndex(regionOf(skull, covered));
  g.computeVertexNormals();
  return g;
}

// How far the beard shell stands out over the skull, as a share of each of its radii: a little
// proud of the skin all round.
export const BEARD_PROUD = { rx: 1.08, ry: 1.05, rz: 1.1 } as const;
// The moustache: an ellipsoid over the upper lip (head radii: forward, up, and its three radii).
export const MOUSTACHE = { f: 0.92, u: -0.33, rx: 0.28, ry: 0.085, rz: 0.11 } as const;

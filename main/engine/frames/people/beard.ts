// A beard that grows on the face rather than hanging in front of it: a shell cut from the skull's own
// shape (so it hugs the jaw), covering the cheeks from below the ears, the jaw and the chin, with a hole
// for the mouth (it still opens with speech) and a moustache above it. The chin's hair is drawn out
// downward and forward so a full beard has volume.
import type * as THREE from 'three';
import { BODY } from '../../body/skeleton';

// How far inside the part of the unit head (its face along +z, up +y) the beard covers a point is
// (positive inside): below a line that runs from just under the ears (at the sides) down to the upper
// lip (at the front), not behind the ears, and not over the mouth.
// The mouth's hole reaches this far below the mouth's line (unit head radii).
const UNDER_MOUTH = 0.09;
const inside = (x: number, y: number, z: number): number => {
  const belowLine = -0.12 - 0.3 * Math.max(0, z) - y;
  const besideFace = z + 0.25;
  const outOfMouth = Math.max(Math.abs(x) - 0.3, -(BODY.mouthDown + UNDER_MOUTH) - y, 0.55 - z);
  return Math.min(belowLine, besideFace, outOfMouth);
};

// skull: the head's unit geometry (indexed); the beard is the triangles that reach into its part,
// their corners outside it pulled in onto its edge (cut whole, the triangles left a saw-toothed edge
// across the cheek), with the chin drawn out.
export function beardGeometry(skull: THREE.BufferGeometry): THREE.BufferGeometry {
  const g = skull.clone();
  const index = skull.getIndex();
  if (!index) throw new Error('beardGeometry needs an indexed skull');
  const src = skull.getAttribute('position'), p = g.getAttribute('position');
  const f = (i: number): number => inside(src.getX(i), src.getY(i), src.getZ(i));
  const kept: number[] = [], moved = new Set<number>();
  for (let t = 0; t < index.count; t += 3) {
    const tri = [index.getX(t), index.getX(t + 1), index.getX(t + 2)];
    const anchor = tri.find((i) => f(i) > 0);
    if (anchor === undefined) continue;
    kept.push(...tri);
    for (const i of tri) {
      if (f(i) > 0 || moved.has(i)) continue;
      moved.add(i);
      // Along the edge from the inside corner to this one, the point where the part ends.
      let lo = 0, hi = 1;
      const at = (k: number): [number, number, number] => [src.getX(anchor) + (src.getX(i) - src.getX(anchor)) * k, src.getY(anchor) + (src.getY(i) - src.getY(anchor)) * k, src.getZ(anchor) + (src.getZ(i) - src.getZ(anchor)) * k];
      for (let n = 0; n < 12; n++) {
        const mid = (lo + hi) / 2;
        if (inside(...at(mid)) > 0) lo = mid; else hi = mid;
      }
      p.setXYZ(i, ...at(lo));
    }
  }
  for (let i = 0; i < p.count; i++) {
    const y = p.getY(i), z = p.getZ(i);
    const chin = Math.max(0, -y - 0.45) * Math.max(0, z);
    p.setXYZ(i, p.getX(i), y - 0.45 * chin, z + 0.25 * chin);
  }
  g.setIndex(kept);
  g.computeVertexNormals();
  return g;
}

// How far the beard shell stands out over the skull, as a share of each of its radii: a little
// proud of the skin all round.
export const BEARD_PROUD = { rx: 1.08, ry: 1.05, rz: 1.1 } as const;
// The moustache: an ellipsoid over the upper lip (head radii: forward, up, and its three radii).
// The moustache's middle sits on the upper lip's top edge.
export const MOUSTACHE = { f: 0.96, u: 0.075 - BODY.mouthDown, rx: 0.27, ry: 0.05, rz: 0.1 } as const;

// Turned things keep their edges: a can's lid meets its rim at a crease (the lid's normals point
// straight up, the rim's straight out), where a plain lathe would round it into a pill.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { creasedLathe } from '../../main/engine/frames/scene/lathe';
import { can } from '../../main/engine/objects/round-things';

// Normals of the vertices at the rim's top edge (the widest points at the can's top).
function rimNormals(geo: THREE.BufferGeometry): THREE.Vector3[] {
  const pos = geo.getAttribute('position'), nor = geo.getAttribute('normal');
  const top = Math.max(...can.profile.map((p) => p[1]));
  const out: THREE.Vector3[] = [];
  for (let i = 0; i < pos.count; i++) {
    if (Math.abs(pos.getY(i) - top) < 1e-6 && Math.hypot(pos.getX(i), pos.getZ(i)) > 0.027) out.push(new THREE.Vector3(nor.getX(i), nor.getY(i), nor.getZ(i)));
  }
  return out;
}

describe('turned objects', () => {
  const profile = can.profile.map(([r, y]) => new THREE.Vector2(r, y));
  it('shade a can lid flat up to a crisp rim, not rounded over like a pill', () => {
    const normals = rimNormals(creasedLathe(profile, 24));
    expect(normals.some((n) => n.y > 0.999)).toBe(true);
    expect(normals.some((n) => Math.abs(n.y) < 1e-6)).toBe(true);
    // three.js's own lathe averages the two: the edge's one normal leans between them.
    const plain = rimNormals(new THREE.LatheGeometry(profile, 24));
    expect(plain.every((n) => n.y > 0.2 && n.y < 0.999)).toBe(true);
  });

  it('keeps a gently curving profile smooth (no crease on an egg)', () => {
    const egg = [[0, 0], [0.01, 0.002], [0.018, 0.009], [0.0215, 0.022], [0.02, 0.036], [0.014, 0.049], [0.006, 0.056], [0, 0.057]].map(([r, y]) => new THREE.Vector2(r, y));
    expect(creasedLathe(egg, 12).getAttribute('position').count).toBe(new THREE.LatheGeometry(egg, 12).getAttribute('position').count);
  });
});

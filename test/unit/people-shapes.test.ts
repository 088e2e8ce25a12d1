// The shapes people are drawn with: their skin faces outward (the rasterizer culls back faces, so an
// inside-out tube shows its far wall and whatever is inside it), and long hair hangs behind the head,
// neck and shoulders instead of sitting under the jaw like a beard.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { Loft } from '../../main/engine/frames/people/loft';

describe('a loft (limbs, trunk, hair)', () => {
  it('winds every face outward, as three.js counts front faces (counter-clockwise seen from outside)', () => {
    // A bent tube like an arm: down, then forward at the elbow.
    const loft = new Loft(6, 12, () => new THREE.Color(1, 1, 1));
    const path = [[0, 1.4, 0], [0, 1.3, 0], [0, 1.15, 0], [0, 1.05, 0.05], [0, 1.0, 0.15], [0, 0.98, 0.25]];
    path.forEach(([x, y, z], i) => Object.assign(loft.rings[i]!, { cx: x, cy: y, cz: z, ax: 0, ay: 0, az: 1, ra: 0.04, rb: 0.03 }));
    loft.commit();
    const pos = loft.geometry.getAttribute('position'), nor = loft.geometry.getAttribute('normal'), index = loft.geometry.getIndex()!;
    const a = new THREE.Vector3(), b = new THREE.Vector3(), c = new THREE.Vector3(), n = new THREE.Vector3(), face = new THREE.Vector3();
    let outward = 0;
    for (let t = 0; t < index.count; t += 3) {
      const [i, j, k] = [index.getX(t), index.getX(t + 1), index.getX(t + 2)];
      a.fromBufferAttribute(pos, i); b.fromBufferAttribute(pos, j); c.fromBufferAttribute(pos, k);
      face.subVectors(b, a).cross(c.sub(a));
      n.fromBufferAttribute(nor, i).add(b.fromBufferAttribute(nor, j)).add(c.fromBufferAttribute(nor, k));
      if (face.dot(n) > 0) outward++;
    }
    expect(outward).toBe(index.count / 3);
  });
});

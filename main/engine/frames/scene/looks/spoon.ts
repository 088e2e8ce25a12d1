// A teaspoon as it is seen up close: polished steel, its bowl a shallow oval dish (open upwards)
// joined by a narrow neck to a flat handle that widens towards its end. The collider is the
// catalog's two boxes (the bowl's and the handle's); the dish and the handle keep inside them.
import * as THREE from 'three';
import type { BoxPart } from '../../../objects/types';
import { GeometryBuilder } from '../builder';
import { group, lookPart, type ObjectLook } from './types';

// The lower half of a sphere (a dish, open at the top), and a wedge of the handle (a box whose far
// end is wider than its near end).
const DISH = new THREE.SphereGeometry(1, 24, 8, 0, 2 * Math.PI, Math.PI / 2, Math.PI / 2);
// The handle's width where it leaves the bowl, as a share of its widest.
const NECK = 0.45;

export const spoonLook: ObjectLook = (e, o) => {
  const [bowl, handle] = o.parts! as readonly [BoxPart, BoxPart];
  const steel = new GeometryBuilder();
  const [bx, by, bz] = bowl.half;
  steel.add(DISH, new THREE.Matrix4().compose(new THREE.Vector3(bowl.center[0], bowl.center[1] + by, bowl.center[2]), new THREE.Quaternion(), new THREE.Vector3(bx, 2 * by, bz)), e.color);
  // The handle: a flat strip from the bowl's rim to its end, narrow at the neck.
  const [hx, hy, hz] = handle.half;
  const strip = new THREE.BoxGeometry(2 * hx, 2 * hy, 2 * hz);
  const pos = strip.getAttribute('position');
  for (let i = 0; i < pos.count; i++) if (pos.getZ(i) < 0) pos.setX(i, pos.getX(i) * NECK);
  strip.computeVertexNormals();
  steel.add(strip, new THREE.Matrix4().makeTranslation(handle.center[0], handle.center[1] + by - hy, handle.center[2]), e.color);
  // Both sides: the dish is seen from inside.
  return group(lookPart('steel', steel, null, { roughness: 0.15, metalness: 1, side: THREE.DoubleSide }));
};

// A TV remote as it is seen up close: a dark plastic body with its buttons on top, a red power
// button at the far end, a round pad of arrows with its OK button, and rows of small grey number
// buttons towards the near end. The collider is the whole remote's box, the long way along z,
// the buttons facing +y.
import * as THREE from 'three';
import { GeometryBuilder } from '../builder';
import { group, lookPart, type ObjectLook } from './types';

// How high the buttons stand above the body's top (m), within the collider's box.
const PROUD_M = 0.0008;
const POWER = 0xc0392b;
const KEYS = 0x6b6e73;
const PAD = 0x45474b;
const DISC = new THREE.CylinderGeometry(1, 1, 1, 20);

export const remoteLook: ObjectLook = (e, o) => {
  const [hx, hy, hz] = o.parts![0]!.half;
  const body = new GeometryBuilder().box({ x: 0, y: -PROUD_M / 2, z: 0 }, { x: 2 * hx, y: 2 * hy - PROUD_M, z: 2 * hz }, e.color);
  const keys = new GeometryBuilder();
  const top = hy - PROUD_M / 2;
  const disc = (x: number, z: number, r: number, color: number): void => {
    keys.add(DISC, new THREE.Matrix4().compose(new THREE.Vector3(x, top, z), new THREE.Quaternion(), new THREE.Vector3(r, PROUD_M, r)), color);
  };
  disc(0.6 * hx, -0.85 * hz, 0.004, POWER);
  // The arrow pad and its OK button in the middle.
  disc(0, -0.45 * hz, 0.55 * hx, PAD);
  disc(0, -0.45 * hz, 0.22 * hx, KEYS);
  keys.box({ x: 0, y: top + PROUD_M * 0.1, z: -0.45 * hz }, { x: 0.03 * hx, y: PROUD_M, z: 0.03 * hx }, KEYS);
  // Number keys: three across, four rows.
  for (let row = 0; row < 4; row++) {
    for (let col = -1; col <= 1; col++) keys.box({ x: col * 0.6 * hx, y: top, z: (0.05 + row * 0.2) * hz }, { x: 0.42 * hx, y: PROUD_M, z: 0.1 * hz }, KEYS);
  }
  return group(lookPart('body', body, null, { roughness: 0.5 }), lookPart('buttons', keys, null, { roughness: 0.6 }));
};

// A smartphone lying on its back, as it is seen up close: a dark metal frame, its face a sheet of
// black glass with the screen under it (a touch bluer than the bezel round it), a slot for the
// earpiece and the front camera's dot at its top end, volume and power buttons on its sides. The
// collider is the whole phone's box, the long way along z, the screen facing +y.
import * as THREE from 'three';
import { GeometryBuilder } from '../builder';
import { group, lookPart, type ObjectLook } from './types';

// The glass's thickness, the bezel round the screen and how far the glass stops short of the
// frame's edge (m).
const GLASS_M = 0.0007;
const BEZEL_M = 0.0028;
const LIP_M = 0.0006;
const GLASS = 0x040506;
const SCREEN = 0x0c1220;
const SLOT = 0x2a2c30;

export const phoneLook: ObjectLook = (e, o) => {
  const [hx, hy, hz] = o.parts![0]!.half;
  const frame = new GeometryBuilder().box({ x: 0, y: -GLASS_M / 2, z: 0 }, { x: 2 * hx, y: 2 * hy - GLASS_M, z: 2 * hz }, e.color);
  // Buttons, a hair proud of the frame's sides: volume on the left, power on the right.
  frame.box({ x: -hx - 0.0003, y: -GLASS_M / 2, z: -0.3 * hz }, { x: 0.0008, y: hy, z: 0.018 }, e.color);
  frame.box({ x: hx + 0.0003, y: -GLASS_M / 2, z: -0.35 * hz }, { x: 0.0008, y: hy, z: 0.011 }, e.color);
  const top = hy - GLASS_M / 2;
  const face = new GeometryBuilder().box({ x: 0, y: top, z: 0 }, { x: 2 * (hx - LIP_M), y: GLASS_M, z: 2 * (hz - LIP_M) }, new THREE.Color(GLASS));
  // The screen: a layer under the glass's top, seen through it; inset by the bezel, more at the ends.
  face.box({ x: 0, y: hy + 0.00005, z: 0 }, { x: 2 * (hx - BEZEL_M), y: 0.00005, z: 2 * (hz - 2.6 * BEZEL_M) }, new THREE.Color(SCREEN));
  const end = -(hz - 1.3 * BEZEL_M);
  face.box({ x: 0, y: hy + 0.0001, z: end }, { x: 0.01, y: 0.00005, z: 0.0012 }, new THREE.Color(SLOT));
  face.box({ x: 0.012, y: hy + 0.0001, z: end }, { x: 0.0022, y: 0.00005, z: 0.0022 }, new THREE.Color(SLOT));
  return group(lookPart('frame', frame, null, { roughness: 0.35, metalness: 0.7 }), lookPart('glass', face, null, { roughness: 0.04 }));
};

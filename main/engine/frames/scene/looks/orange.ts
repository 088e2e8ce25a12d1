// An orange as it is seen up close: a smooth round fruit, its peel pitted with oil glands
// (shading/surfaces/peel.ts), with the small green-brown scar of its stem on top.
import * as THREE from 'three';
import { heightOf } from '../../../objects/geometry';
import { orangePeelSurface } from '../../shading/surfaces/peel';
import { GeometryBuilder } from '../builder';
import { group, lookPart, smoothLathe, type ObjectLook } from './types';

const SCAR = 0x6b6a2a;
const DISC = new THREE.CylinderGeometry(1, 1, 1, 12);

export const orangeLook: ObjectLook = (e, o) => {
  const peel = new GeometryBuilder().add(smoothLathe(o), new THREE.Matrix4(), e.color);
  const scar = new GeometryBuilder().add(DISC, new THREE.Matrix4().compose(new THREE.Vector3(0, heightOf(o) / 2 - 0.0006, 0), new THREE.Quaternion(), new THREE.Vector3(0.0035, 0.001, 0.0035)), SCAR);
  return group(lookPart('peel', peel, orangePeelSurface(), { roughness: 0.45 }), lookPart('stem', scar, null, { roughness: 0.8 }));
};

// An apple as it is seen up close: smooth skin streaked with a yellow-green blush from the top
// down (shading/surfaces/peel.ts), glossy, a woody stem standing in the dip at its top.
import * as THREE from 'three';
import { heightOf } from '../../../objects/geometry';
import { appleSkinSurface } from '../../shading/surfaces/peel';
import { GeometryBuilder } from '../builder';
import { group, lookPart, smoothLathe, type ObjectLook } from './types';

const STEM = 0x5a3d22;
// Linear yellow-green of the blush.
const BLUSH = [0.45, 0.38, 0.04] as const;
const ROD = new THREE.CylinderGeometry(1, 1, 1, 8);

export const appleLook: ObjectLook = (e, o) => {
  const H = heightOf(o);
  // The stem stands from the dip in the top (the profile's last point) up to the top's height.
  const dipY = o.profile[o.profile.length - 1]![1] - H / 2;
  const top = Math.max(...o.profile.map(([, y]) => y)) - H / 2;
  const skin = new GeometryBuilder().add(smoothLathe(o), new THREE.Matrix4(), e.color);
  // Its top a hair over the shoulders: a longer stem would stand out of the apple's collider.
  const stem = new GeometryBuilder().add(ROD, new THREE.Matrix4().compose(new THREE.Vector3(0.0005, (dipY + top) / 2, 0), new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 0, 1), 0.15), new THREE.Vector3(0.0015, top - dipY, 0.0015)), STEM);
  return group(lookPart('skin', skin, appleSkinSurface(BLUSH), { roughness: 0.35 }), lookPart('stem', stem, null, { roughness: 0.8 }));
};

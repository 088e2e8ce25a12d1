// An egg as it is seen up close: smooth, its shell matte (a glazed-ceramic sheen read as a
// porcelain egg).
import * as THREE from 'three';
import { GeometryBuilder } from '../builder';
import { group, lookPart, smoothLathe, type ObjectLook } from './types';

export const eggLook: ObjectLook = (e, o) => {
  const shell = new GeometryBuilder().add(smoothLathe(o), new THREE.Matrix4(), e.color);
  return group(lookPart('shell', shell, null, { roughness: 0.7 }));
};

// The shape of an everyday thing's look (looks/index.ts lists them): the thing built in its own
// frame, centred on its middle as its collider is, at the catalog's size, from meshes named after
// their part; the caller scales, names and poses the whole.
import * as THREE from 'three';
import type { Entity } from '../../../../contract/scene-plan';
import type { ObjectModule } from '../../../objects/types';
import { patternedMaterial, type PatternedLook, type SurfacePattern } from '../../shading/surfaces';
import type { GeometryBuilder } from '../builder';

export type ObjectLook = (e: Entity, o: ObjectModule) => THREE.Object3D;

// One part of a look: what a builder holds, coloured by its vertices, in one material.
export function lookPart(name: string, b: GeometryBuilder, pattern: SurfacePattern | null, look: Omit<PatternedLook, 'color'>): THREE.Mesh {
  const mesh = new THREE.Mesh(b.build(), patternedMaterial(pattern, look));
  mesh.name = name;
  return mesh;
}

export function group(...parts: THREE.Object3D[]): THREE.Group {
  const g = new THREE.Group();
  for (const p of parts) g.add(p);
  return g;
}

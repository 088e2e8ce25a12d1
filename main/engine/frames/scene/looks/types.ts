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

// A round thing's profile turned smoothly (no creases, fine segments), centred on its middle: fruit
// and eggs have no edges, and a creased, coarse lathe showed a ridge round an orange's waist.
// The profile is drawn through its points as a curve, several points per span.
export function smoothLathe(o: ObjectModule, segments = 40): THREE.LatheGeometry {
  const H = o.profile[o.profile.length - 1]![1];
  const curve = new THREE.SplineCurve(o.profile.map(([r, y]) => new THREE.Vector2(r, y - H / 2)));
  const points = curve.getPoints(4 * o.profile.length).map((p) => p.setX(Math.max(0, p.x)));
  return new THREE.LatheGeometry(points, segments);
}

// Placing unit shapes on a posed body by writing their matrices directly (no Euler round trips per
// frame): an ellipsoid in a given frame, or a shape stretched along a segment.
import * as THREE from 'three';

const tmpX = new THREE.Vector3();
const tmpY = new THREE.Vector3();
const tmpZ = new THREE.Vector3();

// An ellipsoid (unit shape) centred at c with radius rx along x, ry along y and rz along x cross y
// (computed here so the basis is right-handed: a mirrored matrix would turn faces inside out).
export function placeEllipsoid(m: THREE.Object3D, c: THREE.Vector3, x: THREE.Vector3, y: THREE.Vector3, rx: number, ry: number, rz: number): void {
  tmpZ.crossVectors(x, y).normalize();
  m.matrix.set(
    x.x * rx, y.x * ry, tmpZ.x * rz, c.x,
    x.y * rx, y.y * ry, tmpZ.y * rz, c.y,
    x.z * rx, y.z * ry, tmpZ.z * rz, c.z,
    0, 0, 0, 1,
  );
  m.matrixWorldNeedsUpdate = true;
}

// A unit shape whose local y runs from 0 to 1 placed along a -> b, local x along `ref` (made
// perpendicular), radii rx and rz.
export function placeSegment(m: THREE.Object3D, a: THREE.Vector3, b: THREE.Vector3, ref: THREE.Vector3, rx: number, rz: number): void {
  tmpY.subVectors(b, a);
  const len = tmpY.length() || 1e-6;
  tmpY.divideScalar(len);
  tmpX.copy(ref).addScaledVector(tmpY, -ref.dot(tmpY));
  if (tmpX.lengthSq() < 1e-8) tmpX.set(1, 0, 0).addScaledVector(tmpY, -tmpY.x);
  tmpX.normalize();
  tmpZ.crossVectors(tmpX, tmpY);
  m.matrix.set(
    tmpX.x * rx, tmpY.x * len, tmpZ.x * rz, a.x,
    tmpX.y * rx, tmpY.y * len, tmpZ.y * rz, a.y,
    tmpX.z * rx, tmpY.z * len, tmpZ.z * rz, a.z,
    0, 0, 0, 1,
  );
  m.matrixWorldNeedsUpdate = true;
}

// A mesh posed by writing its matrix each frame.
export function posedMesh(group: THREE.Group, geometry: THREE.BufferGeometry, material: THREE.Material, name: string): THREE.Mesh {
  const mesh = new THREE.Mesh(geometry, material);
  mesh.matrixAutoUpdate = false;
  // Posed every frame far from the unit shape's bounds; the person is always framed anyway.
  mesh.frustumCulled = false;
  mesh.name = name;
  group.add(mesh);
  return mesh;
}

// A broadleaf tree (trunk and a few leafy blobs), shared by every outdoor setting that plants them.
import * as THREE from 'three';
import type { GeometryBuilder } from './builder';

export function addTree(b: GeometryBuilder, x: number, z: number, scale: number, rand: () => number): void {
  const h = (3 + rand() * 2.5) * scale;
  b.add(new THREE.CylinderGeometry(0.14 * scale, 0.22 * scale, h, 7), new THREE.Matrix4().makeTranslation(x, h / 2, z), 0x5b3f2a);
  const greens = [0x3f7a2e, 0x4d8a34, 0x356b27, 0x5a9440];
  const blobs = 3 + Math.floor(rand() * 2);
  for (let i = 0; i < blobs; i++) {
    const r = (1.2 + rand() * 0.9) * scale;
    const m = new THREE.Matrix4().compose(
      new THREE.Vector3(x + (rand() - 0.5) * 1.6 * scale, h + (rand() - 0.2) * 1.2 * scale, z + (rand() - 0.5) * 1.6 * scale),
      new THREE.Quaternion(),
      new THREE.Vector3(r, r * 0.85, r),
    );
    b.add(new THREE.IcosahedronGeometry(1, 1), m, greens[Math.floor(rand() * greens.length)]!);
  }
}

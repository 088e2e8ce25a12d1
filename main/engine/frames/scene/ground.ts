// Shared outdoor pieces: a large ground sheet with low-frequency colour variation, printed with a
// procedural surface (grass, sand, asphalt) that the shading pass evaluates per pixel.
import * as THREE from 'three';
import { valueNoise } from '../shading/noise';
import { patternedMaterial, type SurfacePattern } from '../shading/surfaces';

export { valueNoise } from '../shading/noise';

// The ground's brightness at (x, z) as a factor on its base colour: patches `scale` metres across,
// `variation` either way. Something lying on the ground (a beach's wash) tints itself the same.
export function groundTint(x: number, z: number, variation: number, scale: number, seed: number): number {
  const n = valueNoise(x / scale, z / scale, seed) * 0.65 + valueNoise(x / (scale * 0.23), z / (scale * 0.23), seed + 1) * 0.35;
  return 1 + (n - 0.5) * 2 * variation;
}

export function buildGround(size: number, segments: number, center: THREE.Vector3, base: number, variation: number, scale: number, seed: number, pattern: SurfacePattern | null = null): THREE.Mesh {
  const geo = new THREE.PlaneGeometry(size, size, segments, segments).rotateX(-Math.PI / 2);
  const pos = geo.getAttribute('position');
  const colors = new Float32Array(pos.count * 3);
  const c0 = new THREE.Color(base);
  for (let i = 0; i < pos.count; i++) {
    const k = groundTint(pos.getX(i) + center.x, pos.getZ(i) + center.z, variation, scale, seed);
    colors[i * 3] = c0.r * k; colors[i * 3 + 1] = c0.g * k; colors[i * 3 + 2] = c0.b * k;
  }
  geo.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  const mesh = new THREE.Mesh(geo, patternedMaterial(pattern, { roughness: 0.95, metalness: 0 }));
  mesh.position.set(center.x, 0, center.z);
  mesh.name = 'ground';
  return mesh;
}

// Shared outdoor pieces: a large ground sheet with low-frequency colour variation (grass, sand,
// asphalt read as surfaces instead of flat fills) and a tiny value-noise function to drive it.
import * as THREE from 'three';

// Smooth 2D value noise in [0, 1], deterministic, no tables.
export function valueNoise(x: number, y: number, seed = 0): number {
  const hash = (i: number, j: number): number => {
    let h = (i * 374761393 + j * 668265263 + seed * 982451653) | 0;
    h = Math.imul(h ^ (h >>> 13), 1274126177);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  };
  const xi = Math.floor(x), yi = Math.floor(y);
  const fx = x - xi, fy = y - yi;
  const sx = fx * fx * (3 - 2 * fx), sy = fy * fy * (3 - 2 * fy);
  const a = hash(xi, yi), b = hash(xi + 1, yi), c = hash(xi, yi + 1), d = hash(xi + 1, yi + 1);
  return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

export function buildGround(size: number, segments: number, center: THREE.Vector3, base: number, variation: number, scale: number, seed: number): THREE.Mesh {
  const geo = new THREE.PlaneGeometry(size, size, segments, segments).rotateX(-Math.PI / 2);
  const pos = geo.getAttribute('position');
  const colors = new Float32Array(pos.count * 3);
  const c0 = new THREE.Color(base);
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i) + center.x, z = pos.getZ(i) + center.z;
    const n = valueNoise(x / scale, z / scale, seed) * 0.65 + valueNoise(x / (scale * 0.23), z / (scale * 0.23), seed + 1) * 0.35;
    const k = 1 + (n - 0.5) * 2 * variation;
    colors[i * 3] = c0.r * k; colors[i * 3 + 1] = c0.g * k; colors[i * 3 + 2] = c0.b * k;
  }
  geo.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  const mesh = new THREE.Mesh(geo, new THREE.MeshLambertMaterial({ vertexColors: true }));
  mesh.position.set(center.x, 0, center.z);
  mesh.name = 'ground';
  return mesh;
}

// The sun's shadow of something see-through: a glass lets most light through where the sun crosses
// its walls head on and stops it where they stand edge-on to the sun, so its shadow is its outline;
// a clear liquid's is the same, a cloudy one's (milk, juice) whole. The shadow map holds one depth
// per texel and no share of light, so each triangle either casts or does not. (A dithered share
// was tried: the shadow map's texels are large enough in a close-up for the dither to show as
// squares on the table.)
import type * as THREE from 'three';
import { floatView, indexView } from '../rasterizer/geometry';
import type { ShadowCasterView } from '../rasterizer/self-drawn';

const p = new Float64Array(3);
let texels = new Float64Array(3 * 1024);
let world = new Float64Array(3 * 1024);

// Casts the mesh's triangles that `casts` picks by how edge-on each stands to the sun (|cos|
// between its normal and the sunlight: 0 edge-on).
export function castClearShadow(into: ShadowCasterView, mesh: THREE.Mesh, casts: (cosToSun: number) => boolean): void {
  const geometry = mesh.geometry as THREE.BufferGeometry;
  const position = geometry.getAttribute('position');
  if (!position) return;
  const index = indexView(geometry);
  const start = geometry.drawRange.start;
  const end = Math.min(index.length, start + geometry.drawRange.count);
  const n = geometry.index ? position.count : end;
  if (texels.length < 3 * n) {
    texels = new Float64Array(3 * n);
    world = new Float64Array(3 * n);
  }
  const sun = sunlight(into);
  const m = mesh.matrixWorld.elements;
  const pos = floatView(position);
  for (let i = 0; i < n; i++) {
    const lx = pos[i * 3]!, ly = pos[i * 3 + 1]!, lz = pos[i * 3 + 2]!;
    const x = m[0]! * lx + m[4]! * ly + m[8]! * lz + m[12]!;
    const y = m[1]! * lx + m[5]! * ly + m[9]! * lz + m[13]!;
    const z = m[2]! * lx + m[6]! * ly + m[10]! * lz + m[14]!;
    world[i * 3] = x; world[i * 3 + 1] = y; world[i * 3 + 2] = z;
    into.project(x, y, z, p);
    texels[i * 3] = p[0]!; texels[i * 3 + 1] = p[1]!; texels[i * 3 + 2] = p[2]!;
  }
  for (let t = start; t + 2 < end; t += 3) {
    const a = index[t]!, b = index[t + 1]!, c = index[t + 2]!;
    if (casts(cosToSun(a, b, c, sun))) castTriangle(into, a, b, c);
  }
}

// The sunlight's direction of travel: the shadow map's depth axis, read from its projection.
function sunlight(into: ShadowCasterView): [number, number, number] {
  into.project(0, 0, 0, p);
  const d0 = p[2]!;
  into.project(1, 0, 0, p);
  const fx = p[2]! - d0;
  into.project(0, 1, 0, p);
  const fy = p[2]! - d0;
  into.project(0, 0, 1, p);
  const fz = p[2]! - d0;
  return [fx, fy, fz];
}

function cosToSun(a: number, b: number, c: number, sun: readonly number[]): number {
  const ux = world[b * 3]! - world[a * 3]!, uy = world[b * 3 + 1]! - world[a * 3 + 1]!, uz = world[b * 3 + 2]! - world[a * 3 + 2]!;
  const vx = world[c * 3]! - world[a * 3]!, vy = world[c * 3 + 1]! - world[a * 3 + 1]!, vz = world[c * 3 + 2]! - world[a * 3 + 2]!;
  const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
  const len = Math.sqrt(nx * nx + ny * ny + nz * nz);
  return len > 0 ? Math.abs(nx * sun[0]! + ny * sun[1]! + nz * sun[2]!) / len : 0;
}

// The texels whose centres the triangle covers, at its depth there.
function castTriangle(into: ShadowCasterView, a: number, b: number, c: number): void {
  const x0 = texels[a * 3]!, y0 = texels[a * 3 + 1]!, d0 = texels[a * 3 + 2]!;
  const x1 = texels[b * 3]!, y1 = texels[b * 3 + 1]!, d1 = texels[b * 3 + 2]!;
  const x2 = texels[c * 3]!, y2 = texels[c * 3 + 1]!, d2 = texels[c * 3 + 2]!;
  const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  if (Math.abs(area) < 1e-9) return;
  const N = into.size;
  const tx0 = Math.max(0, Math.floor(Math.min(x0, x1, x2))), tx1 = Math.min(N - 1, Math.ceil(Math.max(x0, x1, x2)));
  const ty0 = Math.max(0, Math.floor(Math.min(y0, y1, y2))), ty1 = Math.min(N - 1, Math.ceil(Math.max(y0, y1, y2)));
  const inv = 1 / area;
  for (let ty = ty0; ty <= ty1; ty++) {
    for (let tx = tx0; tx <= tx1; tx++) {
      const px = tx + 0.5, py = ty + 0.5;
      const u = ((px - x0) * (y2 - y0) - (x2 - x0) * (py - y0)) * inv;
      const v = ((x1 - x0) * (py - y0) - (px - x0) * (y1 - y0)) * inv;
      if (u < 0 || v < 0 || u + v > 1) continue;
      into.write(tx, ty, d0 + u * (d1 - d0) + v * (d2 - d0));
    }
  }
}

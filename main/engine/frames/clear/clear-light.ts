// Light on a see-through surface, per pixel, from the frame's light rig: the fill it is lit by
// (ambient and hemisphere irradiance), the sun's diffuse light, a sharp highlight of each directional
// light, and Fresnel's share of light reflected at a viewing angle. The shading pass's model
// (shading/lighting.ts) in the few terms a smooth clear surface needs; no shadow map or occlusion.
import type * as THREE from 'three';
import type { LightRig } from '../rasterizer/lights';

// The camera's frame, to turn a pixel into the unit ray through it.
export interface ViewBasis {
  right: [number, number, number];
  up: [number, number, number];
  forward: [number, number, number];
  // tan of the half field of view across and up (from the projection matrix).
  tanX: number;
  tanY: number;
  width: number;
  height: number;
}

export function viewBasis(camera: THREE.PerspectiveCamera, width: number, height: number): ViewBasis {
  const e = camera.matrixWorld.elements;
  const p = camera.projectionMatrix.elements;
  const len = (x: number, y: number, z: number): number => 1 / (Math.hypot(x, y, z) || 1);
  const r = len(e[0]!, e[1]!, e[2]!), u = len(e[4]!, e[5]!, e[6]!), f = len(e[8]!, e[9]!, e[10]!);
  return {
    right: [e[0]! * r, e[1]! * r, e[2]! * r],
    up: [e[4]! * u, e[5]! * u, e[6]! * u],
    forward: [-e[8]! * f, -e[9]! * f, -e[10]! * f],
    tanX: 1 / p[0]!,
    tanY: 1 / p[5]!,
    width,
    height,
  };
}

// The unit ray from the camera through pixel (x, y)'s centre, into out[0..2]; returns its cosine
// with the view axis (distance along the ray = view depth w / that cosine).
export function rayAt(b: ViewBasis, x: number, y: number, out: Float64Array): number {
  const sx = ((x + 0.5) / b.width * 2 - 1) * b.tanX;
  const sy = (1 - (y + 0.5) / b.height * 2) * b.tanY;
  const dx = b.forward[0] + sx * b.right[0] + sy * b.up[0];
  const dy = b.forward[1] + sx * b.right[1] + sy * b.up[1];
  const dz = b.forward[2] + sx * b.right[2] + sy * b.up[2];
  const l = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
  out[0] = dx * l; out[1] = dy * l; out[2] = dz * l;
  return l;
}

// The unit normal at pixel i of a layer's normals (world, not unit) turned towards the eye looking
// along `ray` (a marching-cubes surface's, or a glass's far wall, may face away), into out[0..2];
// returns its cosine with the direction to the eye.
export function normalTowardsEye(normals: Float32Array, i: number, ray: Float64Array, out: Float64Array): number {
  let nx = normals[i * 3]!, ny = normals[i * 3 + 1]!, nz = normals[i * 3 + 2]!;
  const nl = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
  const s = nx * ray[0]! + ny * ray[1]! + nz * ray[2]! > 0 ? -1 / nl : 1 / nl;
  nx *= s; ny *= s; nz *= s;
  out[0] = nx; out[1] = ny; out[2] = nz;
  return nx * -ray[0]! + ny * -ray[1]! + nz * -ray[2]!;
}

// Schlick's Fresnel: the share of light reflected at a surface seen at cosine `cos` (f0 head on).
export function fresnel(f0: number, cos: number): number {
  const m = 1 - (cos < 0 ? 0 : cos > 1 ? 1 : cos);
  const m2 = m * m;
  return f0 + (1 - f0) * m2 * m2 * m;
}

// Irradiance from the fill (ambient and hemisphere lights) and, times the sun's cosine, from the
// directional lights (when `sun`), at unit normal n: out[0..2].
export function irradiance(L: LightRig, nx: number, ny: number, nz: number, sun: boolean, out: Float64Array): void {
  let r = L.ambient[0], g = L.ambient[1], b = L.ambient[2];
  const hemi = L.hemi;
  for (let h = 0; h < L.hemiCount; h++) {
    const o = h * 9;
    const k = 0.5 * (nx * hemi[o]! + ny * hemi[o + 1]! + nz * hemi[o + 2]!) + 0.5;
    r += hemi[o + 6]! + (hemi[o + 3]! - hemi[o + 6]!) * k;
    g += hemi[o + 7]! + (hemi[o + 4]! - hemi[o + 7]!) * k;
    b += hemi[o + 8]! + (hemi[o + 5]! - hemi[o + 8]!) * k;
  }
  const dir = L.dir;
  for (let d = 0; sun && d < L.dirCount; d++) {
    const o = d * 6;
    const c = nx * dir[o]! + ny * dir[o + 1]! + nz * dir[o + 2]!;
    if (c <= 0) continue;
    r += dir[o + 3]! * c; g += dir[o + 4]! * c; b += dir[o + 5]! * c;
  }
  out[0] = r; out[1] = g; out[2] = b;
}

// The highlights of the directional lights on a smooth surface (normalised Blinn-Phong of exponent
// `power`, weighted by Fresnel from f0), seen along unit v (towards the eye): added into out[0..2].
export function addHighlights(L: LightRig, nx: number, ny: number, nz: number, vx: number, vy: number, vz: number, power: number, f0: number, out: Float64Array): void {
  const dir = L.dir;
  const norm = (power + 8) / (8 * Math.PI);
  for (let d = 0; d < L.dirCount; d++) {
    const o = d * 6;
    const lx = dir[o]!, ly = dir[o + 1]!, lz = dir[o + 2]!;
    const NdotL = nx * lx + ny * ly + nz * lz;
    if (NdotL <= 0) continue;
    let hx = lx + vx, hy = ly + vy, hz = lz + vz;
    const hl = 1 / (Math.sqrt(hx * hx + hy * hy + hz * hz) || 1);
    hx *= hl; hy *= hl; hz *= hl;
    const NdotH = nx * hx + ny * hy + nz * hz;
    // Below this the highlight is under a thousandth of its peak (and Math.pow is costly per pixel).
    if (NdotH <= 1 - 7 / power) continue;
    const k = norm * Math.pow(NdotH, power) * fresnel(f0, vx * hx + vy * hy + vz * hz) * NdotL;
    out[0] = out[0]! + dir[o + 3]! * k; out[1] = out[1]! + dir[o + 4]! * k; out[2] = out[2]! + dir[o + 5]! * k;
  }
}

// The room's mean radiance as a smooth surface reflects it: the fill's irradiance averaged over the
// directions a normal can face (ambient, and each hemisphere light's sky and ground halves), as a
// share of what a white diffuser would send back. One figure a frame instead of one a pixel.
export function roomRadiance(L: LightRig, share: number, out: Float64Array): void {
  const hemi = L.hemi;
  for (let c = 0; c < 3; c++) {
    let e = L.ambient[c]!;
    for (let h = 0; h < L.hemiCount; h++) e += 0.5 * (hemi[h * 9 + 3 + c]! + hemi[h * 9 + 6 + c]!);
    out[c] = (e * share) / Math.PI;
  }
}

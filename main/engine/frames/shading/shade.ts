// The shading pass: every G-buffer pixel lit into linear radiance. The world position comes back from
// depth and the pixel's ray; the drawable id finds the material and its procedural pattern (which
// may change albedo, roughness and normal); then lighting, emission and haze with distance.
import * as THREE from 'three';
import type { DrawList } from '../rasterizer/draw-list';
import type { SurfaceMaterial } from '../rasterizer/material';
import type { RasterTarget } from '../rasterizer/target';
import { lightSurface, type LightingContext, type SurfacePoint } from './lighting';
import type { SurfaceSample } from './surfaces/types';
import type { ViewRays } from './view-rays';

export interface ShadeInput {
  target: RasterTarget;
  draws: DrawList;
  rays: ViewRays;
  lighting: LightingContext;
  // Ambient occlusion per pixel (1 = open), or null.
  ao: Float32Array | null;
  // Sun visibility per pixel (shadow map mask), or null for no shadows.
  sun: Float32Array | null;
  // Time of the frame (seconds), for animated patterns.
  t: number;
}

const sample: SurfaceSample = { x: 0, y: 0, z: 0, lx: 0, ly: 0, lz: 0, nx: 0, ny: 1, nz: 0, footprint: 0, t: 0, r: 0, g: 0, b: 0, roughness: 1, metalness: 0, cavity: 1 };
const point: SurfacePoint = { px: 0, py: 0, pz: 0, nx: 0, ny: 1, nz: 0, vx: 0, vy: 0, vz: 1, r: 0, g: 0, b: 0, roughness: 1, metalness: 0, ao: 1, sun: 1 };
const lit = new Float64Array(3);
const hazeCol = new Float64Array(3);
const inv = new THREE.Matrix4();

// Object-space transforms of the items whose pattern is printed on the object (indexed by id).
function localTransforms(draws: DrawList): (Float64Array | null)[] {
  const out: (Float64Array | null)[] = [null];
  for (const item of draws.items) {
    out.push(item.material.pattern?.local ? Float64Array.from(inv.copy(item.mesh.matrixWorld).invert().elements) : null);
  }
  return out;
}

// Lighting varies slowly across a surface, so it is computed on every other pixel in each direction
// (a quarter of the pixels) and the pixels between are interpolated from their shaded neighbours when
// they all show the same drawable at about the same depth and facing; at edges and creases every
// pixel is shaded. This keeps procedural detail at half resolution and costs about a third.
export function shadePixels(input: ShadeInput): void {
  const { target } = input;
  const W = target.width, H = target.height;
  const shadeAt = pixelShader(input);
  const { pair, quad } = interpolator(target);
  for (let y = 0; y < H; y += 2) for (let x = 0; x < W; x += 2) shadeAt(x, y);
  for (let y = 0; y < H; y++) {
    const row = y * W;
    if ((y & 1) === 0) {
      // Between two shaded pixels of this row.
      for (let x = 1; x < W; x += 2) if (x + 1 >= W || !pair(row + x, row + x - 1, row + x + 1)) shadeAt(x, y);
      continue;
    }
    const up = row - W, down = row + W;
    for (let x = 0; x < W; x++) {
      const ok = y + 1 < H && ((x & 1) === 0
        // Between the shaded pixels above and below, or among the four at the corners.
        ? pair(row + x, up + x, down + x)
        : x + 1 < W && quad(row + x, up + x - 1, up + x + 1, down + x - 1, down + x + 1));
      if (!ok) shadeAt(x, y);
    }
  }
}

// Fills pixel i from two or four shaded neighbours (the mean of their light); false when they are not
// all the same surface as i (then it is shaded itself). Background pixels need nothing (true).
// Written with locals only: it runs for 3/4 of the pixels.
function interpolator(target: ShadeInput['target']): { pair: (i: number, a: number, b: number) => boolean; quad: (i: number, a: number, b: number, c: number, d: number) => boolean } {
  const { id, depth, normal, hdr } = target;
  // Whether shaded pixel j shows the same surface as pixel i (id k, depth z, normal n) within tolerance.
  const same = (j: number, k: number, z: number, tol: number, nx: number, ny: number, nz: number): boolean =>
    id[j] === k && !(Math.abs(depth[j]! - z) > tol) && !(normal[j * 3]! * nx + normal[j * 3 + 1]! * ny + normal[j * 3 + 2]! * nz < 0.97);
  const pair = (i: number, a: number, b: number): boolean => {
    const k = id[i]!;
    if (k === 0) return true;
    const z = depth[i]!, tol = 0.02 * z;
    const nx = normal[i * 3]!, ny = normal[i * 3 + 1]!, nz = normal[i * 3 + 2]!;
    if (!same(a, k, z, tol, nx, ny, nz) || !same(b, k, z, tol, nx, ny, nz)) return false;
    hdr[i * 3] = (hdr[a * 3]! + hdr[b * 3]!) * 0.5;
    hdr[i * 3 + 1] = (hdr[a * 3 + 1]! + hdr[b * 3 + 1]!) * 0.5;
    hdr[i * 3 + 2] = (hdr[a * 3 + 2]! + hdr[b * 3 + 2]!) * 0.5;
    return true;
  };
  const quad = (i: number, a: number, b: number, c: number, d: number): boolean => {
    const k = id[i]!;
    if (k === 0) return true;
    const z = depth[i]!, tol = 0.02 * z;
    const nx = normal[i * 3]!, ny = normal[i * 3 + 1]!, nz = normal[i * 3 + 2]!;
    if (!same(a, k, z, tol, nx, ny, nz) || !same(b, k, z, tol, nx, ny, nz) || !same(c, k, z, tol, nx, ny, nz) || !same(d, k, z, tol, nx, ny, nz)) return false;
    hdr[i * 3] = (hdr[a * 3]! + hdr[b * 3]! + hdr[c * 3]! + hdr[d * 3]!) * 0.25;
    hdr[i * 3 + 1] = (hdr[a * 3 + 1]! + hdr[b * 3 + 1]! + hdr[c * 3 + 1]! + hdr[d * 3 + 1]!) * 0.25;
    hdr[i * 3 + 2] = (hdr[a * 3 + 2]! + hdr[b * 3 + 2]! + hdr[c * 3 + 2]! + hdr[d * 3 + 2]!) * 0.25;
    return true;
  };
  return { pair, quad };
}

// Lights one pixel into target.hdr.
function pixelShader(input: ShadeInput): (x: number, y: number) => void {
  const { target, draws, lighting, ao, sun } = input;
  const W = target.width;
  const { albedo, id: ids, hdr } = target;
  const surfaceOf = surfaceReader(input);
  const sky = lighting.sky;
  const density = sky.hazeDensity, hazeStart = sky.hazeStart;
  return (x, y) => {
    const i = y * W + x;
    const id = ids[i]!;
    if (id === 0) return;
    const m = draws.items[id - 1]!.material;
    const o = i * 3;
    if (m.unlit) {
      hdr[o] = albedo[o]!; hdr[o + 1] = albedo[o + 1]!; hdr[o + 2] = albedo[o + 2]!;
      return;
    }
    const s = surfaceOf(x, y, id, m);
    point.ao = (ao ? ao[i]! : 1) * s.cavity;
    point.sun = sun ? sun[i]! : 1;
    lightSurface(lighting, point, lit);
    let lr = lit[0]! + m.er, lg = lit[1]! + m.eg, lb = lit[2]! + m.eb;
    const dist = s.distance - hazeStart;
    if (m.fog && density > 0 && dist > 0) {
      const f = 1 - Math.exp(-dist * density);
      sky.haze(-point.vx, -point.vy, -point.vz, hazeCol);
      lr += (hazeCol[0]! - lr) * f; lg += (hazeCol[1]! - lg) * f; lb += (hazeCol[2]! - lb) * f;
    }
    hdr[o] = lr; hdr[o + 1] = lg; hdr[o + 2] = lb;
  };
}

// The surface a lit pixel shows, into the shared `point` (position, view, normal, material after
// its procedural pattern), with the pattern's cavity and the distance along the ray. The native
// shading pass (shade-native.ts) calls it for the patterned pixels only.
export function surfaceReader(input: Pick<ShadeInput, 'target' | 'draws' | 'rays' | 't'>): (x: number, y: number, id: number, m: SurfaceMaterial) => { point: SurfacePoint; cavity: number; distance: number } {
  const { target, draws, rays } = input;
  const W = target.width, H = target.height;
  const { depth, normal, albedo } = target;
  const locals = localTransforms(draws);
  const out = { point, cavity: 1, distance: 0 };
  sample.t = input.t;
  return (x, y, id, m) => {
    const i = y * W + x;
    const o = i * 3;
    const ndcY = 1 - ((y + 0.5) / H) * 2;
    const ndcX = ((x + 0.5) / W) * 2 - 1;
    const dx = rays.fx + ndcX * rays.rx + ndcY * rays.ux;
    const dy = rays.fy + ndcX * rays.ry + ndcY * rays.uy;
    const dz = rays.fz + ndcX * rays.rz + ndcY * rays.uz;
    const w = 1 / depth[i]!;
    const px = rays.px + dx * w, py = rays.py + dy * w, pz = rays.pz + dz * w;
    const dl = Math.sqrt(dx * dx + dy * dy + dz * dz);
    // One division, not three: shading is a third of a frame's CPU.
    const il = 1 / dl;
    const vx = -dx * il, vy = -dy * il, vz = -dz * il;
    let nx = normal[o]!, ny = normal[o + 1]!, nz = normal[o + 2]!;
    const nl = 1 / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1);
    nx *= nl; ny *= nl; nz *= nl;
    // Two-sided surfaces seen from behind are lit on the side we see.
    if (m.side === THREE.DoubleSide && nx * vx + ny * vy + nz * vz < 0) { nx = -nx; ny = -ny; nz = -nz; }
    let r = albedo[o]!, g = albedo[o + 1]!, b = albedo[o + 2]!;
    let rough = m.roughness, metal = m.metalness, cavity = 1;
    const pattern = m.pattern;
    if (pattern) {
      sample.x = px; sample.y = py; sample.z = pz;
      const lm = locals[id];
      if (lm) {
        sample.lx = lm[0]! * px + lm[4]! * py + lm[8]! * pz + lm[12]!;
        sample.ly = lm[1]! * px + lm[5]! * py + lm[9]! * pz + lm[13]!;
        sample.lz = lm[2]! * px + lm[6]! * py + lm[10]! * pz + lm[14]!;
      }
      sample.nx = nx; sample.ny = ny; sample.nz = nz;
      const facing = Math.abs(nx * vx + ny * vy + nz * vz);
      sample.footprint = (w * dl * rays.pixelAngle) / (facing > 0.2 ? facing : 0.2);
      sample.r = r; sample.g = g; sample.b = b;
      sample.roughness = rough; sample.metalness = metal; sample.cavity = 1;
      pattern.apply(sample);
      nx = sample.nx; ny = sample.ny; nz = sample.nz;
      r = sample.r; g = sample.g; b = sample.b;
      rough = sample.roughness; metal = sample.metalness; cavity = sample.cavity;
    }
    point.px = px; point.py = py; point.pz = pz;
    point.nx = nx; point.ny = ny; point.nz = nz;
    point.vx = vx; point.vy = vy; point.vz = vz;
    point.r = r; point.g = g; point.b = b;
    point.roughness = rough; point.metalness = metal;
    out.cavity = cavity;
    out.distance = w * dl;
    return out;
  };
}

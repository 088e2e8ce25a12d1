// The shading pass: every G-buffer pixel lit into linear radiance. The world position comes back from
// depth and the pixel's ray; the drawable id finds the material and its procedural pattern (which
// may change albedo, roughness and normal); then lighting, emission and haze with distance.
import * as THREE from 'three';
import type { DrawList } from '../rasterizer/draw-list';
import type { SurfaceMaterial } from '../rasterizer/material';
import type { RasterTarget } from '../rasterizer/target';
import { lightSurface, type LightingContext, type SurfacePoint } from './lighting';
import { fillFromNeighbours, LIGHT } from './shade-plan';
import type { SurfaceSample } from './surfaces/types';
import type { ViewRays } from './view-rays';

export interface ShadeInput {
  target: RasterTarget;
  draws: DrawList;
  rays: ViewRays;
  lighting: LightingContext;
  // Ambient occlusion per pixel (1 = open), or null; read only where the plan lights (shade-plan.ts).
  ao: Float32Array | null;
  // Sun visibility per pixel (shadow map mask), or null for no shadows; read as ao is.
  sun: Float32Array | null;
  // The share of the key the occlusion hides as well as the fill (shading/area-light.ts): 0 outdoors.
  areaKey: number;
  // Time of the frame (seconds), for animated patterns.
  t: number;
}

const sample: SurfaceSample = { x: 0, y: 0, z: 0, lx: 0, ly: 0, lz: 0, nx: 0, ny: 1, nz: 0, footprint: 0, vx: 0, vy: 1, vz: 0, t: 0, r: 0, g: 0, b: 0, roughness: 1, metalness: 0, cavity: 1, toLocal: null, tx: 0, ty: 0, tz: 0, aniso: 0 };
const point: SurfacePoint = { px: 0, py: 0, pz: 0, nx: 0, ny: 1, nz: 0, vx: 0, vy: 0, vz: 1, r: 0, g: 0, b: 0, roughness: 1, metalness: 0, ao: 1, sun: 1, wr: 0, wg: 0, wb: 0, tx: 0, ty: 0, tz: 0, aniso: 0 };
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

// Lights the pixels the plan marks (shade-plan.ts: a quarter of them on smooth surfaces, every one
// at edges and creases), then fills the others from their lit neighbours.
export function shadePixels(input: ShadeInput, need: Uint8Array): void {
  const { target } = input;
  const W = target.width, H = target.height;
  const shadeAt = pixelShader(input);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (need[y * W + x] === LIGHT) shadeAt(x, y);
  fillFromNeighbours(target, need);
}

// Lights one pixel into target.hdr.
function pixelShader(input: ShadeInput): (x: number, y: number) => void {
  const { target, draws, lighting, ao, sun, areaKey } = input;
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
    const open = ao ? ao[i]! : 1;
    point.ao = open * s.cavity;
    point.sun = (sun ? sun[i]! : 1) * (1 - areaKey + areaKey * open);
    point.wr = m.wr; point.wg = m.wg; point.wb = m.wb;
    lightSurface(lighting, point, lit);
    let lr = lit[0]! + m.er, lg = lit[1]! + m.eg, lb = lit[2]! + m.eb;
    const dist = s.distance - hazeStart;
    if (m.fog > 0 && density > 0 && dist > 0) {
      const f = (1 - Math.exp(-dist * density)) * m.fog;
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
    let rough = m.roughness, metal = m.metalness, cavity = 1, aniso = 0;
    const pattern = m.pattern;
    if (pattern) {
      sample.x = px; sample.y = py; sample.z = pz;
      const lm = locals[id];
      sample.toLocal = lm ?? null;
      if (lm) {
        sample.lx = lm[0]! * px + lm[4]! * py + lm[8]! * pz + lm[12]!;
        sample.ly = lm[1]! * px + lm[5]! * py + lm[9]! * pz + lm[13]!;
        sample.lz = lm[2]! * px + lm[6]! * py + lm[10]! * pz + lm[14]!;
      }
      sample.nx = nx; sample.ny = ny; sample.nz = nz;
      const facing = Math.abs(nx * vx + ny * vy + nz * vz);
      sample.footprint = (w * dl * rays.pixelAngle) / (facing > 0.2 ? facing : 0.2);
      sample.vx = vx; sample.vy = vy; sample.vz = vz;
      sample.r = r; sample.g = g; sample.b = b;
      sample.roughness = rough; sample.metalness = metal; sample.cavity = 1; sample.aniso = 0;
      pattern.apply(sample);
      nx = sample.nx; ny = sample.ny; nz = sample.nz;
      r = sample.r; g = sample.g; b = sample.b;
      rough = sample.roughness; metal = sample.metalness; cavity = sample.cavity;
      aniso = sample.aniso!;
      if (aniso > 0) { point.tx = sample.tx!; point.ty = sample.ty!; point.tz = sample.tz!; }
    }
    point.aniso = aniso;
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

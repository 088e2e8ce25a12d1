// The shading pass on the native addon: the addon decides which pixels are shaded and which are
// filled from their shaded neighbours (the same rule as shade-plan.ts), evaluates the procedural surfaces
// that have a C++ twin (native/render/src/surfaces.cc, found by the pattern's name and fed its
// nativeParams), lights every shaded pixel and fills the rest. Patterns without a twin (ball prints,
// water, any new surface) run here in JavaScript first (surfaceReader). The JavaScript pass in
// shade.ts is the reference; test/unit/render-native.test.ts compares the two.
import * as THREE from 'three';
import type { NativeRender, NativeShadeFrame } from '../native-render';
import { raysArray } from '../native-render';
import type { DrawList } from '../rasterizer/draw-list';
import type { ShadeInput } from './shade';
import { surfaceReader } from './shade';
import type { ShadePlan } from './shade-plan';

// Per drawable and per patterned pixel, as native/render/src/passes.h reads them.
const MATERIAL_STRIDE = 27;
const PATTERN_STRIDE = 14;
// The world-to-object matrix elements a twin printed in object space reads.
const LOCAL_ELEMENTS = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14] as const;
const inverse = new THREE.Matrix4();

// Scratch kept between frames of the same size (a frame allocates nothing per pixel).
let scratch = { size: 0, need: new Uint8Array(0), patterned: new Int32Array(0), surfaces: new Float64Array(0) };

let twinIndex: Map<string, number> | null = null;

// The drawables' materials as the addon reads them, and the surface twins' numbers.
export interface MaterialTable {
  materials: Float64Array;
  patternParams: Float64Array;
}

// Each drawable's material and, for a pattern with a twin, where its numbers are in the pool.
function materialTable(draws: DrawList, native: NativeRender, t: number): MaterialTable {
  twinIndex ??= new Map(native.surfaceTwins().map((name, k) => [name, k]));
  const materials = new Float64Array(draws.items.length * MATERIAL_STRIDE);
  const pool: number[] = [];
  draws.items.forEach((item, k) => {
    const m = item.material;
    const pattern = m.pattern;
    const twin = pattern?.nativeParams ? (twinIndex!.get(pattern.name) ?? -1) : -1;
    const o = k * MATERIAL_STRIDE;
    materials.set([m.unlit ? 1 : 0, m.side === THREE.DoubleSide ? 1 : 0, pattern && twin < 0 ? 1 : 0, m.roughness, m.metalness, m.er, m.eg, m.eb, m.fog, twin, pool.length, 0], o);
    materials.set([m.wr, m.wg, m.wb], o + 24);
    if (twin < 0) return;
    pool.push(...pattern!.nativeParams!(t));
    if (!pattern!.local) return;
    const e = inverse.copy(item.mesh.matrixWorld).invert().elements;
    materials[o + 11] = 1;
    LOCAL_ELEMENTS.forEach((j, n) => { materials[o + 12 + n] = e[j]!; });
  });
  return { materials, patternParams: Float64Array.from(pool) };
}

// The frame as the addon reads it (native-render.ts NativeShadeFrame).
function shadeFrame(input: ShadeInput, table: MaterialTable): NativeShadeFrame {
  const { target, draws, rays, lighting } = input;
  const L = lighting.lights;
  return {
    width: target.width, height: target.height,
    depth: target.depth, normal: target.normal, albedo: target.albedo, id: target.id, hdr: target.hdr,
    ao: input.ao, sun: input.sun, areaKey: input.areaKey,
    rays: raysArray(rays),
    ...table, materialCount: draws.items.length, t: input.t,
    ambient: Float64Array.from(L.ambient), hemi: L.hemi, hemiCount: L.hemiCount, dir: L.dir, dirCount: L.dirCount,
    sky: lighting.sky.params,
  };
}

// The plan (shade-plan.ts) made by the addon, which also lists the pixels whose pattern has no twin.
// It reads the G-buffer and the materials: the sun mask and occlusion are not drawn yet.
export function planShadingNative(input: Omit<ShadeInput, 'ao' | 'sun' | 'areaKey'>, native: NativeRender): ShadePlan {
  const n = input.target.width * input.target.height;
  if (scratch.size !== n) scratch = { size: n, need: new Uint8Array(n), patterned: new Int32Array(n), surfaces: new Float64Array(0) };
  const table = materialTable(input.draws, native, input.t);
  const count = native.shadePlan(shadeFrame({ ...input, ao: null, sun: null, areaKey: 0 }, table), scratch.need, scratch.patterned);
  return { need: scratch.need, native: { patterned: scratch.patterned, count, table } };
}

export function shadePixelsNative(input: ShadeInput, plan: ShadePlan, native: NativeRender): void {
  const { target, draws } = input;
  const W = target.width;
  if (!plan.native) throw new Error('The native shading pass needs the native plan');
  const { patterned, count, table } = plan.native;
  const n = target.width * target.height;
  if (scratch.surfaces.length < count * PATTERN_STRIDE) scratch.surfaces = new Float64Array(Math.max(count, n >> 3) * PATTERN_STRIDE);
  const surfaces = scratch.surfaces;
  const surfaceOf = surfaceReader(input);
  for (let k = 0; k < count; k++) {
    const i = patterned[k]!;
    const id = target.id[i]!;
    const { point: p, cavity } = surfaceOf(i % W, (i / W) | 0, id, draws.items[id - 1]!.material);
    const o = k * PATTERN_STRIDE;
    surfaces[o] = i;
    surfaces[o + 1] = p.nx; surfaces[o + 2] = p.ny; surfaces[o + 3] = p.nz;
    surfaces[o + 4] = p.r; surfaces[o + 5] = p.g; surfaces[o + 6] = p.b;
    surfaces[o + 7] = p.roughness; surfaces[o + 8] = p.metalness; surfaces[o + 9] = cavity;
    const hair = p.aniso ?? 0;
    surfaces[o + 10] = hair > 0 ? p.tx! : 0; surfaces[o + 11] = hair > 0 ? p.ty! : 0; surfaces[o + 12] = hair > 0 ? p.tz! : 0;
    surfaces[o + 13] = hair;
  }
  native.shadeLight(shadeFrame(input, table), plan.need, surfaces, count);
}

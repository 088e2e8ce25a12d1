// The native render passes (native/render/, C++) when they were built, else null and the
// JavaScript passes do the work: said once in the log, and by nativeRenderStatus() (the bench prints
// it). Each pass's .ts module holds its constants and calls the addon with them, so the JavaScript
// pass stays the reference (test/unit/render-native.test.ts holds the two to the same pixels).
// KINORA_RENDER_PASSES=js forces the fallback (to compare, or to rule the addon out). The addon comes
// in two builds of the same sources (native/render/binding.gyp): render.node for any CPU and
// render_v3.node for x86-64-v3 ones, used when this CPU runs it (the same bytes, about a sixth less
// CPU a frame); KINORA_RENDER_PASSES=baseline keeps to the first.
import { nativeAddon } from '../native/load-addon';

// Signatures of native/render/src/addon.cc (every array is read or written in place).
export interface NativeRender {
  // toneMap, fxaa (unless thresholds is null) and addGrain (unless tile is null) in one pass.
  post(
    hdr: Float32Array, k: number, lut: Float32Array, color: Uint8Array, luma: Float32Array, out: Uint8Array, width: number, height: number,
    thresholds: Float64Array | null, steps: Float64Array | null, tile: Float32Array | null, bits: number, weight: Float32Array | null, ox: number, oy: number,
  ): void;
  // post/yuv420p.ts: rgba -> planar yuv420p for the encoder.
  yuv420p(rgba: Uint8Array, width: number, height: number, out: Uint8Array): void;
  // `need` (occlusion, shadowMask): a shading plan (shade-plan.ts); only the pixels it lights are written.
  occlusion(
    depth: Float32Array, normal: Float32Array, id: Uint16Array, width: number, height: number, rays: Float64Array, params: Float64Array,
    spiral: Float64Array, rotCos: Float64Array, rotSin: Float64Array, half: Float32Array, tmp: Float32Array, halfDepth: Float32Array, ao: Float32Array,
    need?: Uint8Array | null,
  ): void;
  // The tiles [tx0, tx1) x [ty0, ty1) and their neighbours rebuilt (shadow-tiles.ts buildTiles).
  shadowTiles(map: Float32Array, rawMin: Float32Array, tileMin: Float32Array, params: Float64Array, empty: number, tx0: number, ty0: number, tx1: number, ty1: number): void;
  shadowMask(
    map: Float32Array, tileMin: Float32Array, depth: Float32Array, normal: Float32Array, id: Uint16Array, width: number, height: number,
    rays: Float64Array, params: Float64Array, out: Float32Array, need?: Uint8Array | null,
  ): void;
  // Marks which pixels to shade (2: after a JavaScript pattern, listed in `patterned`), returns how many are patterned.
  shadePlan(frame: NativeShadeFrame, need: Uint8Array, patterned: Int32Array): number;
  shadeLight(frame: NativeShadeFrame, need: Uint8Array, surfaces: Float64Array, patternCount: number): void;
  // Opaque triangles [start, end) into the G-buffer; returns where it stopped (a triangle to clip) or end.
  fillOpaque(
    proj: Float64Array, stride: number, codes: Uint8Array, outNear: number, index: Uint16Array | Uint32Array, start: number, end: number, cull: number, drawId: number,
    depth: Float32Array, normal: Float32Array, albedo: Float32Array, id: Uint16Array, width: number, height: number, drawn: Float64Array,
  ): number;
  // The names of the procedural surfaces that have a C++ twin, in the addon's table order.
  surfaceTwins(): string[];
  // The calling thread's CPU time in ms (-1 where the clock is missing).
  threadCpuMs(): number;
  // post/motion-blur.ts: blurs hdr in place; returns how many pixels moved. toPrev and moves hold
  // itemCount entries (16 numbers, one flag), by drawable id.
  motionBlur(
    depth: Float32Array, id: Uint16Array, hdr: Float32Array, width: number, height: number, rays: Float64Array, toPrev: Float64Array, moves: Uint8Array,
    itemCount: number, params: Float64Array, vel: Float32Array, tileMax: Float32Array, neighbourMax: Float32Array, out: Float32Array,
  ): number;
  // post/depth-of-field.ts: blurs hdr in place; params [focus, maxCoc, sharpCoc, blendRamp], disc (x, y) pairs.
  depthOfField(depth: Float32Array, hdr: Float32Array, width: number, height: number, params: Float64Array, disc: Float64Array, half: Float32Array, halfCoc: Float32Array, blurred: Float32Array): void;
  // shading/background.ts: the sky (SkyModel params and backdrop) or the background colour (3 numbers) where id is 0.
  background(id: Uint16Array, hdr: Float32Array, width: number, height: number, rays: Float64Array, sky: Float64Array, backdrop: Float64Array, colour: Float64Array | null): void;
  // liquids/cubes-box.ts meshGrid: marching cubes over the cubes reaching into box [x0, y0, z0, x1,
  // y1, z1] (cells, inclusive), with three's tables; returns the vertex count (written while they fit).
  meshCubes(
    field: Float32Array, palette: Float32Array, normalCache: Float32Array, size: number, box: Float64Array, isolation: number,
    edgeTable: Int32Array, triTable: Int32Array, pos: Float32Array, nor: Float32Array, col: Float32Array,
  ): number;
  // liquids/draw.ts splat: n bumps (gx, gy, gz, foam; cells) of radius R into the field, the box grown to the cells they reach.
  splatBumps(field: Float32Array, palette: Float32Array, normalCache: Float32Array, size: number, bumps: Float64Array, n: number, R: number, R2: number, box: Float64Array): void;
  // liquids/draw.ts clipToCavities: the filled cells of box in a container's wall emptied (walls packed by walls.ts packWalls).
  clipCavities(field: Float32Array, size: number, box: Float64Array, origin: Float64Array, cell: number, walls: Float64Array, wallCount: number): void;
  // Which build this is, and whether this CPU runs the x86-64-v3 one (src/cpu.cc).
  cpu(): { build: 'x86-64' | 'x86-64-v3'; runsV3: boolean };
}

// One frame's G-buffer, lights and sky as the native shading pass reads them (shading/shade-native.ts).
export interface NativeShadeFrame {
  width: number; height: number;
  depth: Float32Array; normal: Float32Array; albedo: Float32Array; id: Uint16Array; hdr: Float32Array;
  ao: Float32Array | null; sun: Float32Array | null;
  // The share of the key the occlusion hides too (shading/area-light.ts).
  areaKey: number;
  rays: Float64Array;
  materials: Float64Array; materialCount: number; patternParams: Float64Array; t: number;
  ambient: Float64Array; hemi: Float64Array; hemiCount: number; dir: Float64Array; dirCount: number;
  sky: Float64Array;
}

const addon = nativeAddon<NativeRender>({ name: 'render', what: 'render passes', forceJs: 'KINORA_RENDER_PASSES', tag: 'render' });
const v3 = nativeAddon<NativeRender>({ name: 'render', file: 'render_v3', what: 'render passes (x86-64-v3 build)', forceJs: 'KINORA_RENDER_PASSES', tag: 'render', optional: true });

// Which build: the fastest this CPU runs, unless 'baseline' is asked for (tests compare the two).
export type RenderBuild = 'fastest' | 'baseline';

let runsV3: boolean | null = null;

export function nativeRender(build: RenderBuild = 'fastest'): NativeRender | null {
  const base = addon.get();
  if (!base || build === 'baseline' || process.env.KINORA_RENDER_PASSES === 'baseline') return base;
  runsV3 ??= base.cpu().runsV3;
  return runsV3 ? (v3.get() ?? base) : base;
}

// Which passes draw frames, in words.
export function nativeRenderStatus(): string {
  const native = nativeRender();
  return native ? `${native === addon.get() ? addon.status() : v3.status()}, ${native.cpu().build} build` : addon.status();
}

// The camera's rays as the addon reads them (see passes.h Rays).
export function raysArray(rays: { px: number; py: number; pz: number; fx: number; fy: number; fz: number; rx: number; ry: number; rz: number; ux: number; uy: number; uz: number; pixelAngle: number }): Float64Array {
  return Float64Array.of(rays.px, rays.py, rays.pz, rays.fx, rays.fy, rays.fz, rays.rx, rays.ry, rays.rz, rays.ux, rays.uy, rays.uz, rays.pixelAngle);
}

// CPU time of the calling thread in ms, for timing stages: with frames drawn on every core,
// process.cpuUsage() would count the other threads' work in each stage too. Without the addon (or
// the clock) it falls back to the whole process's CPU time, which is right only on one thread.
export function threadCpuMs(): number {
  const ms = addon.get()?.threadCpuMs() ?? -1;
  if (ms >= 0) return ms;
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

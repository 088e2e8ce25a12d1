// CPU rasterizer for a three.js scene: the same Scene and PerspectiveCamera a WebGLRenderer would
// draw, turned into pixels without a GPU (the encoder runs in worker threads on machines with no GL).
// Opaque meshes go front to back into the G-buffer (depth, world normal, albedo, drawable id) for
// the per-pixel shading pass; transparent ones go back to front afterwards, lit per vertex by the
// caller's lighting and blended into the HDR buffer. Per mesh: clip transform of each vertex,
// per-vertex attributes, near-plane clipping, back-face culling, scan conversion with a 1/w depth
// buffer.
import * as THREE from 'three';
import { collectDraws, type DrawItem, type DrawList } from './draw-list';
import { floatView, indexView } from './geometry';
import { isSelfDrawn, type RasterView } from './self-drawn';
import type { NativeRender } from '../native-render';
import type { RasterTarget } from './target';
import { fillBlend, fillGeometry, VSTRIDE, type BlendState } from './triangle';

export interface RasterStats {
  meshes: number;
  triangles: number;
}

// Lights one vertex of a transparent surface: world position, world normal, albedo and alpha in;
// linear radiance written to out[0..2].
export type VertexLighting = (item: DrawItem, px: number, py: number, pz: number, nx: number, ny: number, nz: number, r: number, g: number, b: number, out: Float64Array) => void;

// Per-vertex attributes: normal (3), colour (3), alpha.
const ATTRS = 7;
// Scratch buffers grow to the largest mesh and are then reused for every mesh and frame.
let clipBuf = new Float64Array(4 * 1024);
let attrBuf = new Float64Array(ATTRS * 1024);
let projBuf = new Float64Array(VSTRIDE * 1024);
let codeBuf = new Uint8Array(1024);
function ensureCapacity(n: number): void {
  if (codeBuf.length >= n) return;
  const cap = Math.max(n, codeBuf.length * 2);
  clipBuf = new Float64Array(4 * cap);
  attrBuf = new Float64Array(ATTRS * cap);
  projBuf = new Float64Array(VSTRIDE * cap);
  codeBuf = new Uint8Array(cap);
}
// A triangle clipped by the near plane has at most 4 vertices (clip xyzw + attributes).
const PSTRIDE = 4 + ATTRS;
const polyIn = new Float64Array(PSTRIDE * 4);
const polyOut = new Float64Array(PSTRIDE * 4);
const polyProj = new Float64Array(VSTRIDE * 4);
const lit = new Float64Array(3);

const OUT_LEFT = 1, OUT_RIGHT = 2, OUT_BOTTOM = 4, OUT_TOP = 8, OUT_NEAR = 16, OUT_FAR = 32;

const viewProj = new THREE.Matrix4();
const mvp = new THREE.Matrix4();
const normalMat = new THREE.Matrix3();
const blend: BlendState = { depthTest: true, depthWrite: false };

export function prepareCamera(scene: THREE.Scene, camera: THREE.PerspectiveCamera): void {
  scene.updateMatrixWorld();
  if (camera.parent === null) camera.updateMatrixWorld();
  viewProj.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
}

export function clearGeometry(target: RasterTarget): void {
  target.depth.fill(0);
  target.id.fill(0);
}

// Opaque items into the G-buffer, filled by the native pass when given one. Returns how much was drawn.
export function rasterizeOpaque(draws: DrawList, target: RasterTarget, native: NativeRender | null = null): RasterStats {
  const stats: RasterStats = { meshes: 0, triangles: 0 };
  for (const item of draws.opaque) {
    // A self-drawn mesh draws in the transparent pass (after shading), whatever its material says.
    if (isSelfDrawn(item.mesh)) continue;
    prepareItem(item, null);
    stats.triangles += drawTriangles(item, target, false, native);
    stats.meshes++;
  }
  return stats;
}

// Transparent items, lit per vertex by `light`, blended into target.hdr (after shading), and the
// self-drawn ones (opaque or not) drawing themselves with `view`, in the same back-to-front order.
export function rasterizeTransparent(draws: DrawList, target: RasterTarget, light: VertexLighting, view: Omit<RasterView, 'id'> | null = null): RasterStats {
  const stats: RasterStats = { meshes: 0, triangles: 0 };
  for (const item of selfDrawnFirst(draws)) {
    if (isSelfDrawn(item.mesh)) {
      if (view) stats.triangles += item.mesh.rasterDraw({ ...view, id: item.id });
      stats.meshes++;
      continue;
    }
    blend.depthTest = item.material.depthTest;
    blend.depthWrite = item.material.depthWrite;
    prepareItem(item, light);
    stats.triangles += drawTriangles(item, target, true);
    stats.meshes++;
  }
  return stats;
}

// Opaque self-drawn items go before the blended ones (they are solid, so anything see-through in
// front of them blends over them).
function selfDrawnFirst(draws: DrawList): DrawItem[] {
  const solid = draws.opaque.filter((item) => isSelfDrawn(item.mesh));
  return solid.length === 0 ? draws.transparent : [...solid, ...draws.transparent];
}

// The G-buffer of a scene seen by a camera (depth, normals, albedo, ids), and what was drawn.
export function rasterize(scene: THREE.Scene, camera: THREE.PerspectiveCamera, target: RasterTarget): RasterStats & { draws: DrawList } {
  prepareCamera(scene, camera);
  clearGeometry(target);
  const draws = collectDraws(scene, camera);
  return { ...rasterizeOpaque(draws, target), draws };
}

// Transforms the item's vertices and computes their attributes (and, for transparent items, their lit colour).
function prepareItem(item: DrawItem, light: VertexLighting | null): void {
  const { mesh, material } = item;
  const geometry = mesh.geometry as THREE.BufferGeometry;
  const n = geometry.getAttribute('position').count;
  ensureCapacity(n);
  const positions = floatView(geometry.getAttribute('position'));
  if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
  const normals = floatView(geometry.getAttribute('normal'));
  const colorAttr = material.vertexColors ? geometry.getAttribute('color') : undefined;
  const colors = colorAttr ? floatView(colorAttr) : null;
  const stride = colorAttr ? colorAttr.itemSize : 0;
  mvp.multiplyMatrices(viewProj, mesh.matrixWorld);
  normalMat.getNormalMatrix(mesh.matrixWorld);
  transformVertices(positions, n, mvp.elements);
  const nm = normalMat.elements;
  const w = mesh.matrixWorld.elements;
  for (let i = 0; i < n; i++) {
    const lx = normals[i * 3]!, ly = normals[i * 3 + 1]!, lz = normals[i * 3 + 2]!;
    let nx = nm[0]! * lx + nm[3]! * ly + nm[6]! * lz;
    let ny = nm[1]! * lx + nm[4]! * ly + nm[7]! * lz;
    let nz = nm[2]! * lx + nm[5]! * ly + nm[8]! * lz;
    const len = 1 / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1);
    nx *= len; ny *= len; nz *= len;
    let r = material.r, g = material.g, b = material.b, a = material.opacity;
    if (colors) {
      const c = i * stride;
      r *= colors[c]!; g *= colors[c + 1]!; b *= colors[c + 2]!;
      if (stride === 4) a *= colors[c + 3]!;
    }
    const o = i * ATTRS;
    if (light) {
      const px = positions[i * 3]!, py = positions[i * 3 + 1]!, pz = positions[i * 3 + 2]!;
      light(item, w[0]! * px + w[4]! * py + w[8]! * pz + w[12]!, w[1]! * px + w[5]! * py + w[9]! * pz + w[13]!, w[2]! * px + w[6]! * py + w[10]! * pz + w[14]!, nx, ny, nz, r, g, b, lit);
      r = lit[0]!; g = lit[1]!; b = lit[2]!;
    }
    attrBuf[o] = nx; attrBuf[o + 1] = ny; attrBuf[o + 2] = nz;
    attrBuf[o + 3] = r; attrBuf[o + 4] = g; attrBuf[o + 5] = b; attrBuf[o + 6] = a;
  }
}

function drawTriangles(item: DrawItem, target: RasterTarget, blended: boolean, native: NativeRender | null = null): number {
  const geometry = item.mesh.geometry as THREE.BufferGeometry;
  const n = geometry.getAttribute('position').count;
  const W = target.width, H = target.height;
  for (let i = 0; i < n; i++) {
    if (codeBuf[i]! & OUT_NEAR) continue;
    writeProjected(projBuf, i * VSTRIDE, clipBuf, i * 4, attrBuf, i * ATTRS, W, H);
  }
  const index = indexView(geometry);
  const cullBack = item.material.side === THREE.FrontSide;
  const cullFront = item.material.side === THREE.BackSide;
  const end = item.start + item.count;
  if (native && !blended) return drawTrianglesNative(native, item, target, index, cullBack ? 1 : cullFront ? 2 : 0, Math.min(end, index.length));
  let drawn = 0;
  for (let t = item.start; t + 2 < end; t += 3) {
    const i0 = index[t]!, i1 = index[t + 1]!, i2 = index[t + 2]!;
    const c0 = codeBuf[i0]!, c1 = codeBuf[i1]!, c2 = codeBuf[i2]!;
    if ((c0 & c1 & c2) !== 0) continue;
    if (((c0 | c1 | c2) & OUT_NEAR) === 0) {
      if (cullBack || cullFront) {
        const a0 = i0 * VSTRIDE, a1 = i1 * VSTRIDE, a2 = i2 * VSTRIDE;
        const area = (projBuf[a1]! - projBuf[a0]!) * (projBuf[a2 + 1]! - projBuf[a0 + 1]!) - (projBuf[a2]! - projBuf[a0]!) * (projBuf[a1 + 1]! - projBuf[a0 + 1]!);
        // Screen y points down, so a counter-clockwise (front) face has negative area here.
        if (cullBack ? area >= 0 : area <= 0) continue;
      }
      if (blended) fillBlend(target, projBuf, i0, i1, i2, blend);
      else fillGeometry(target, projBuf, i0, i1, i2, item.id);
      drawn++;
    } else {
      drawn += drawClipped(target, item, i0, i1, i2, cullBack, cullFront, blended);
    }
  }
  return drawn;
}

// The same triangles filled by the native pass, which stops at each one that crosses the near plane
// for drawClipped, in order (so equal depths resolve as in the JavaScript loop).
const drawnCount = new Float64Array(1);
function drawTrianglesNative(native: NativeRender, item: DrawItem, target: RasterTarget, index: ArrayLike<number>, cull: number, end: number): number {
  const { width: W, height: H } = target;
  const indices = index instanceof Uint16Array || index instanceof Uint32Array ? index : Uint32Array.from(index);
  drawnCount[0] = 0;
  let t = item.start;
  while (t + 2 < end) {
    t = native.fillOpaque(projBuf, VSTRIDE, codeBuf, OUT_NEAR, indices, t, end, cull, item.id, target.depth, target.normal, target.albedo, target.id, W, H, drawnCount);
    if (t + 2 >= end) break;
    drawnCount[0] += drawClipped(target, item, indices[t]!, indices[t + 1]!, indices[t + 2]!, cull === 1, cull === 2, false, native);
    t += 3;
  }
  return drawnCount[0]!;
}

function transformVertices(pos: Float32Array, n: number, e: number[]): void {
  for (let i = 0; i < n; i++) {
    const x = pos[i * 3]!, y = pos[i * 3 + 1]!, z = pos[i * 3 + 2]!;
    const cx = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!;
    const cy = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!;
    const cz = e[2]! * x + e[6]! * y + e[10]! * z + e[14]!;
    const cw = e[3]! * x + e[7]! * y + e[11]! * z + e[15]!;
    const o = i * 4;
    clipBuf[o] = cx; clipBuf[o + 1] = cy; clipBuf[o + 2] = cz; clipBuf[o + 3] = cw;
    let code = 0;
    if (cx < -cw) code |= OUT_LEFT;
    if (cx > cw) code |= OUT_RIGHT;
    if (cy < -cw) code |= OUT_BOTTOM;
    if (cy > cw) code |= OUT_TOP;
    if (cz < -cw) code |= OUT_NEAR;
    if (cz > cw) code |= OUT_FAR;
    codeBuf[i] = code;
  }
}

function writeProjected(out: Float64Array, o: number, clip: Float64Array, c: number, attr: Float64Array, k: number, W: number, H: number): void {
  const iw = 1 / clip[c + 3]!;
  out[o] = (clip[c]! * iw * 0.5 + 0.5) * W;
  out[o + 1] = (0.5 - clip[c + 1]! * iw * 0.5) * H;
  out[o + 2] = iw;
  for (let j = 0; j < ATTRS; j++) out[o + 3 + j] = attr[k + j]! * iw;
}

// Sutherland-Hodgman against the near plane (z >= -w) in clip space, where attributes are still
// linear, then fan-triangulates the (at most 4-vertex) result.
function drawClipped(target: RasterTarget, item: DrawItem, i0: number, i1: number, i2: number, cullBack: boolean, cullFront: boolean, blended: boolean, native: NativeRender | null = null): number {
  const ids = [i0, i1, i2];
  for (let v = 0; v < 3; v++) {
    const src = ids[v]!;
    for (let k = 0; k < 4; k++) polyIn[v * PSTRIDE + k] = clipBuf[src * 4 + k]!;
    for (let k = 0; k < ATTRS; k++) polyIn[v * PSTRIDE + 4 + k] = attrBuf[src * ATTRS + k]!;
  }
  let outCount = 0;
  for (let v = 0; v < 3; v++) {
    const a = v * PSTRIDE, b = ((v + 1) % 3) * PSTRIDE;
    const da = polyIn[a + 2]! + polyIn[a + 3]!;
    const db = polyIn[b + 2]! + polyIn[b + 3]!;
    if (da >= 0) {
      for (let k = 0; k < PSTRIDE; k++) polyOut[outCount * PSTRIDE + k] = polyIn[a + k]!;
      outCount++;
    }
    if ((da >= 0) !== (db >= 0)) {
      const t = da / (da - db);
      for (let k = 0; k < PSTRIDE; k++) polyOut[outCount * PSTRIDE + k] = polyIn[a + k]! + (polyIn[b + k]! - polyIn[a + k]!) * t;
      outCount++;
    }
  }
  if (outCount < 3) return 0;
  const W = target.width, H = target.height;
  for (let v = 0; v < outCount; v++) {
    // A vertex exactly on the near plane with w ~ 0 cannot be projected; nudge it to a tiny positive w.
    if (polyOut[v * PSTRIDE + 3]! < 1e-6) polyOut[v * PSTRIDE + 3] = 1e-6;
    writeProjected(polyProj, v * VSTRIDE, polyOut, v * PSTRIDE, polyOut, v * PSTRIDE + 4, W, H);
  }
  if (cullBack || cullFront) {
    const area = (polyProj[VSTRIDE]! - polyProj[0]!) * (polyProj[2 * VSTRIDE + 1]! - polyProj[1]!) - (polyProj[2 * VSTRIDE]! - polyProj[0]!) * (polyProj[VSTRIDE + 1]! - polyProj[1]!);
    if (cullBack ? area >= 0 : area <= 0) return 0;
  }
  // The fan's triangles filled natively (a clipped floor triangle can cover much of the frame).
  if (native && !blended) return fillFanNative(native, target, item.id, outCount);
  let drawn = 0;
  for (let v = 1; v + 1 < outCount; v++) {
    if (blended) fillBlend(target, polyProj, 0, v, v + 1, blend);
    else fillGeometry(target, polyProj, 0, v, v + 1, item.id);
    drawn++;
  }
  return drawn;
}

// The clipped polygon's fan (0, v, v + 1), in the JavaScript loop's order, by the native fill: its
// vertices are all in front of the near plane (codes 0) and culling is already done.
const FAN = Uint16Array.of(0, 1, 2, 0, 2, 3);
const FAN_CODES = new Uint8Array(4);
function fillFanNative(native: NativeRender, target: RasterTarget, id: number, outCount: number): number {
  const { width: W, height: H } = target;
  drawnFan[0] = 0;
  native.fillOpaque(polyProj, VSTRIDE, FAN_CODES, OUT_NEAR, FAN, 0, (outCount - 2) * 3, 0, id, target.depth, target.normal, target.albedo, target.id, W, H, drawnFan);
  return drawnFan[0]!;
}
const drawnFan = new Float64Array(1);

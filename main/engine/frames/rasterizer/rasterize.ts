// CPU rasterizer for a three.js scene: the same Scene and PerspectiveCamera a WebGLRenderer would
// draw, turned into pixels without a GPU (the encoder runs in a worker_thread on machines with no GL).
// Pipeline per mesh: world/clip transform of each vertex, per-vertex lighting (Lambert + hemisphere +
// optional Blinn-Phong, linear space, then sRGB), near-plane clipping, back-face culling, scan
// conversion with a 1/w depth buffer and per-pixel linear fog. Opaque meshes go front to back (cheap
// early depth rejection), transparent ones back to front with alpha blending and no depth writes.
import * as THREE from 'three';
import { floatView, indexView } from './geometry';
import { collectLights, type LightRig } from './lights';
import { readMaterial, type ShadeParams } from './material';
import { isSelfDrawn, type RasterView } from './self-drawn';
import { linearToSrgb255 } from './srgb';
import type { RasterTarget } from './target';
import { fillTriangle, VSTRIDE, type FillState } from './triangle';

export interface RasterStats {
  meshes: number;
  triangles: number;
}

interface DrawItem {
  mesh: THREE.Mesh;
  material: THREE.Material;
  start: number;
  count: number;
  key: number;
}

// Scratch buffers grow to the largest mesh and are then reused for every mesh and frame.
let clipBuf = new Float64Array(4 * 1024);
let colBuf = new Float64Array(4 * 1024);
let projBuf = new Float64Array(VSTRIDE * 1024);
let codeBuf = new Uint8Array(1024);
function ensureCapacity(n: number): void {
  if (codeBuf.length >= n) return;
  const cap = Math.max(n, codeBuf.length * 2);
  clipBuf = new Float64Array(4 * cap);
  colBuf = new Float64Array(4 * cap);
  projBuf = new Float64Array(VSTRIDE * cap);
  codeBuf = new Uint8Array(cap);
}
// A triangle clipped by the near plane has at most 4 vertices (8 floats each: clip xyzw + rgba).
const polyIn = new Float64Array(8 * 4);
const polyOut = new Float64Array(8 * 4);
const polyProj = new Float64Array(VSTRIDE * 4);

const OUT_LEFT = 1, OUT_RIGHT = 2, OUT_BOTTOM = 4, OUT_TOP = 8, OUT_NEAR = 16, OUT_FAR = 32;

const mvp = new THREE.Matrix4();
const viewProj = new THREE.Matrix4();
const normalMat = new THREE.Matrix3();
const frustum = new THREE.Frustum();
const sphere = new THREE.Sphere();
const camPos = new THREE.Vector3();
const tmpV = new THREE.Vector3();
const bgColor = new THREE.Color();
const fogColor = new THREE.Color();

const fill: FillState = { blend: false, depthTest: true, depthWrite: true, fogNear: 0, fogFar: 0, fogR: 0, fogG: 0, fogB: 0 };

export function rasterize(scene: THREE.Scene, camera: THREE.PerspectiveCamera, target: RasterTarget): RasterStats {
  scene.updateMatrixWorld();
  if (camera.parent === null) camera.updateMatrixWorld();
  viewProj.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
  frustum.setFromProjectionMatrix(viewProj);
  camPos.setFromMatrixPosition(camera.matrixWorld);

  clearTarget(scene, target);
  const lights = collectLights(scene);

  let fogNear = 0, fogFar = 0;
  if (scene.fog instanceof THREE.Fog) {
    fogNear = scene.fog.near;
    fogFar = scene.fog.far;
    fogColor.copy(scene.fog.color);
  }

  const opaque: DrawItem[] = [];
  const transparent: DrawItem[] = [];
  scene.traverseVisible((o) => {
    if (!(o instanceof THREE.Mesh)) return;
    const mesh = o as THREE.Mesh;
    const geometry = mesh.geometry as THREE.BufferGeometry;
    if (!geometry.getAttribute('position')) return;
    if (mesh.frustumCulled && !frustum.intersectsObject(mesh)) return;
    // Sort key: view depth of the far side of the bounding sphere. Small things near the camera draw
    // first; the huge floor, walls and sky dome draw last, so most of their pixels fail the depth test
    // before any shading work.
    if (!geometry.boundingSphere) geometry.computeBoundingSphere();
    sphere.copy(geometry.boundingSphere!).applyMatrix4(mesh.matrixWorld);
    tmpV.copy(sphere.center).applyMatrix4(camera.matrixWorldInverse);
    const depth = -tmpV.z;
    const total = geometry.index ? geometry.index.count : geometry.getAttribute('position').count;
    const rangeStart = geometry.drawRange.start;
    const rangeEnd = Math.min(total, rangeStart + geometry.drawRange.count);
    const push = (material: THREE.Material, start: number, end: number): void => {
      if (!material.visible || end <= start) return;
      const item = { mesh, material, start, count: end - start, key: depth };
      if (material.transparent) transparent.push(item);
      else opaque.push({ ...item, key: depth + sphere.radius });
    };
    if (Array.isArray(mesh.material)) {
      for (const g of geometry.groups) {
        const m = mesh.material[g.materialIndex ?? 0];
        if (m) push(m, Math.max(rangeStart, g.start), Math.min(rangeEnd, g.start + g.count));
      }
    } else {
      push(mesh.material, rangeStart, rangeEnd);
    }
  });
  // renderOrder first, as in three's WebGLRenderer, so explicit ordering means the same in both.
  opaque.sort((a, b) => a.mesh.renderOrder - b.mesh.renderOrder || a.key - b.key);
  transparent.sort((a, b) => a.mesh.renderOrder - b.mesh.renderOrder || b.key - a.key);

  const stats: RasterStats = { meshes: 0, triangles: 0 };
  const fog = { near: fogNear, far: fogFar, r: linearToSrgb255(fogColor.r), g: linearToSrgb255(fogColor.g), b: linearToSrgb255(fogColor.b) };
  const view: RasterView = { target, camera, viewProj, camPos, lights, fog };
  for (const item of [...opaque, ...transparent]) {
    if (isSelfDrawn(item.mesh)) {
      stats.meshes++;
      stats.triangles += item.mesh.rasterDraw(view);
    } else drawItem(item, target, lights, fogNear, fogFar, stats);
  }
  return stats;
}

function clearTarget(scene: THREE.Scene, target: RasterTarget): void {
  if (scene.background instanceof THREE.Color) bgColor.copy(scene.background);
  else bgColor.setRGB(0, 0, 0);
  const r = Math.round(linearToSrgb255(bgColor.r));
  const g = Math.round(linearToSrgb255(bgColor.g));
  const b = Math.round(linearToSrgb255(bgColor.b));
  target.pixels.fill((0xff000000 | (b << 16) | (g << 8) | r) >>> 0);
  target.depth.fill(0);
}

function drawItem(item: DrawItem, target: RasterTarget, lights: LightRig, fogNear: number, fogFar: number, stats: RasterStats): void {
  const { mesh, material } = item;
  const geometry = mesh.geometry as THREE.BufferGeometry;
  const sp = readMaterial(material);
  const posAttr = geometry.getAttribute('position');
  const n = posAttr.count;
  ensureCapacity(n);
  const positions = floatView(posAttr);
  const normalAttr = geometry.getAttribute('normal');
  if (!normalAttr && !sp.unlit) geometry.computeVertexNormals();
  const normals = sp.unlit ? null : floatView(geometry.getAttribute('normal'));
  const colorAttr = sp.vertexColors ? geometry.getAttribute('color') : undefined;
  const colors = colorAttr ? floatView(colorAttr) : null;
  const colorStride = colorAttr ? colorAttr.itemSize : 0;

  mvp.multiplyMatrices(viewProj, mesh.matrixWorld);
  normalMat.getNormalMatrix(mesh.matrixWorld);
  transformVertices(positions, n, mvp.elements);
  shadeVertices(positions, normals, colors, colorStride, n, sp, lights, mesh.matrixWorld.elements, normalMat.elements);
  projectVertices(n, target.width, target.height);

  fill.blend = sp.transparent;
  fill.depthTest = sp.depthTest;
  fill.depthWrite = sp.depthWrite;
  const useFog = sp.fog && fogFar > fogNear;
  fill.fogNear = useFog ? fogNear : 0;
  fill.fogFar = useFog ? fogFar : 0;
  fill.fogR = linearToSrgb255(fogColor.r);
  fill.fogG = linearToSrgb255(fogColor.g);
  fill.fogB = linearToSrgb255(fogColor.b);

  const index = indexView(geometry);
  const cullBack = sp.side === THREE.FrontSide;
  const cullFront = sp.side === THREE.BackSide;
  const end = item.start + item.count;
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
      fillTriangle(target, projBuf, i0, i1, i2, fill);
      drawn++;
    } else {
      drawn += drawClipped(target, i0, i1, i2, cullBack, cullFront);
    }
  }
  stats.meshes++;
  stats.triangles += drawn;
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

// Per-vertex lighting in linear space, written as sRGB 0..255 + alpha into colBuf. Diffuse follows
// three's Lambert (albedo/pi times irradiance), so a WebGL preview of the same scene matches.
function shadeVertices(
  pos: Float32Array, normals: Float32Array | null, colors: Float32Array | null, colorStride: number, n: number,
  sp: ShadeParams, L: LightRig, world: number[], nm: number[],
): void {
  const INV_PI = 1 / Math.PI;
  const twoSided = sp.side === THREE.DoubleSide;
  const hemi = L.hemi, dir = L.dir;
  const specNorm = sp.specular ? 0.25 * INV_PI * (sp.shininess * 0.5 + 1) : 0;
  for (let i = 0; i < n; i++) {
    let ar = sp.r, ag = sp.g, ab = sp.b, alpha = sp.opacity;
    if (colors) {
      const c = i * colorStride;
      ar *= colors[c]!; ag *= colors[c + 1]!; ab *= colors[c + 2]!;
      if (colorStride === 4) alpha *= colors[c + 3]!;
    }
    let r: number, g: number, b: number;
    if (sp.unlit || !normals) {
      r = ar; g = ag; b = ab;
    } else {
      const lx = normals[i * 3]!, ly = normals[i * 3 + 1]!, lz = normals[i * 3 + 2]!;
      let nx = nm[0]! * lx + nm[3]! * ly + nm[6]! * lz;
      let ny = nm[1]! * lx + nm[4]! * ly + nm[7]! * lz;
      let nz = nm[2]! * lx + nm[5]! * ly + nm[8]! * lz;
      const len = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
      nx /= len; ny /= len; nz /= len;
      let er = L.ambient[0], eg = L.ambient[1], eb = L.ambient[2];
      for (let h = 0; h < L.hemiCount; h++) {
        const o = h * 9;
        let k = nx * hemi[o]! + ny * hemi[o + 1]! + nz * hemi[o + 2]!;
        if (twoSided) k = Math.abs(k);
        k = 0.5 * k + 0.5;
        er += hemi[o + 6]! + (hemi[o + 3]! - hemi[o + 6]!) * k;
        eg += hemi[o + 7]! + (hemi[o + 4]! - hemi[o + 7]!) * k;
        eb += hemi[o + 8]! + (hemi[o + 5]! - hemi[o + 8]!) * k;
      }
      let spr = 0, spg = 0, spb = 0;
      let vx = 0, vy = 0, vz = 0;
      if (sp.specular) {
        const px = pos[i * 3]!, py = pos[i * 3 + 1]!, pz = pos[i * 3 + 2]!;
        vx = camPos.x - (world[0]! * px + world[4]! * py + world[8]! * pz + world[12]!);
        vy = camPos.y - (world[1]! * px + world[5]! * py + world[9]! * pz + world[13]!);
        vz = camPos.z - (world[2]! * px + world[6]! * py + world[10]! * pz + world[14]!);
        const vl = Math.sqrt(vx * vx + vy * vy + vz * vz) || 1;
        vx /= vl; vy /= vl; vz /= vl;
      }
      for (let d = 0; d < L.dirCount; d++) {
        const o = d * 6;
        const dx = dir[o]!, dy = dir[o + 1]!, dz = dir[o + 2]!;
        let k = nx * dx + ny * dy + nz * dz;
        if (twoSided) k = Math.abs(k);
        if (k <= 0) continue;
        er += dir[o + 3]! * k; eg += dir[o + 4]! * k; eb += dir[o + 5]! * k;
        if (sp.specular) {
          let hx = dx + vx, hy = dy + vy, hz = dz + vz;
          const hl = Math.sqrt(hx * hx + hy * hy + hz * hz) || 1;
          hx /= hl; hy /= hl; hz /= hl;
          const nh = nx * hx + ny * hy + nz * hz;
          if (nh > 0) {
            const s = specNorm * Math.pow(nh, sp.shininess) * k;
            spr += dir[o + 3]! * s; spg += dir[o + 4]! * s; spb += dir[o + 5]! * s;
          }
        }
      }
      r = ar * er * INV_PI + sp.er + sp.sr * spr;
      g = ag * eg * INV_PI + sp.eg + sp.sg * spg;
      b = ab * eb * INV_PI + sp.eb + sp.sb * spb;
    }
    const o = i * 4;
    colBuf[o] = linearToSrgb255(r);
    colBuf[o + 1] = linearToSrgb255(g);
    colBuf[o + 2] = linearToSrgb255(b);
    colBuf[o + 3] = alpha;
  }
}

function projectVertices(n: number, W: number, H: number): void {
  for (let i = 0; i < n; i++) {
    if (codeBuf[i]! & OUT_NEAR) continue;
    writeProjected(projBuf, i * VSTRIDE, clipBuf, i * 4, colBuf, i * 4, W, H);
  }
}

function writeProjected(out: Float64Array, o: number, clip: Float64Array, c: number, col: Float64Array, k: number, W: number, H: number): void {
  const iw = 1 / clip[c + 3]!;
  out[o] = (clip[c]! * iw * 0.5 + 0.5) * W;
  out[o + 1] = (0.5 - clip[c + 1]! * iw * 0.5) * H;
  out[o + 2] = iw;
  out[o + 3] = col[k]! * iw;
  out[o + 4] = col[k + 1]! * iw;
  out[o + 5] = col[k + 2]! * iw;
  out[o + 6] = col[k + 3]! * iw;
}

// Sutherland-Hodgman against the near plane (z >= -w) in clip space, where attributes are still
// linear, then fan-triangulates the (at most 4-vertex) result.
function drawClipped(target: RasterTarget, i0: number, i1: number, i2: number, cullBack: boolean, cullFront: boolean): number {
  const ids = [i0, i1, i2];
  for (let v = 0; v < 3; v++) {
    const src = ids[v]!;
    for (let k = 0; k < 4; k++) {
      polyIn[v * 8 + k] = clipBuf[src * 4 + k]!;
      polyIn[v * 8 + 4 + k] = colBuf[src * 4 + k]!;
    }
  }
  let outCount = 0;
  for (let v = 0; v < 3; v++) {
    const a = v * 8, b = ((v + 1) % 3) * 8;
    const da = polyIn[a + 2]! + polyIn[a + 3]!;
    const db = polyIn[b + 2]! + polyIn[b + 3]!;
    if (da >= 0) {
      for (let k = 0; k < 8; k++) polyOut[outCount * 8 + k] = polyIn[a + k]!;
      outCount++;
    }
    if ((da >= 0) !== (db >= 0)) {
      const t = da / (da - db);
      for (let k = 0; k < 8; k++) polyOut[outCount * 8 + k] = polyIn[a + k]! + (polyIn[b + k]! - polyIn[a + k]!) * t;
      outCount++;
    }
  }
  if (outCount < 3) return 0;
  const W = target.width, H = target.height;
  for (let v = 0; v < outCount; v++) {
    // A vertex exactly on the near plane with w ~ 0 cannot be projected; nudge it to a tiny positive w.
    if (polyOut[v * 8 + 3]! < 1e-6) polyOut[v * 8 + 3] = 1e-6;
    writeProjected(polyProj, v * VSTRIDE, polyOut, v * 8, polyOut, v * 8 + 4, W, H);
  }
  if (cullBack || cullFront) {
    const area = (polyProj[VSTRIDE]! - polyProj[0]!) * (polyProj[2 * VSTRIDE + 1]! - polyProj[1]!) - (polyProj[2 * VSTRIDE]! - polyProj[0]!) * (polyProj[VSTRIDE + 1]! - polyProj[1]!);
    if (cullBack ? area >= 0 : area <= 0) return 0;
  }
  let drawn = 0;
  for (let v = 1; v + 1 < outCount; v++) {
    fillTriangle(target, polyProj, 0, v, v + 1, fill);
    drawn++;
  }
  return drawn;
}

// Sun shadows: a depth map of everything that casts (three's `castShadow`), seen from the key light
// through an orthographic box around the action, and a soft lookup (percentage-closer filtering over
// a few texels, with cheap early outs: a coarse map of the nearest caster per tile says where no
// shadow can fall, and, for narrow penumbrae, where all corner taps agree none is computed; the
// per-pixel mask is built from a half-resolution grid in shadow-mask.ts). Scenery flagged
// `userData.static` is drawn once and reused; only what moves is redrawn each frame, and only the
// patch of the map it covers (this frame's and the last's) is restored and rescanned (shadow-tiles.ts).
import * as THREE from 'three';
import { raysArray, type NativeRender } from '../native-render';
import { floatView, indexView } from '../rasterizer/geometry';
import { isSelfDrawn, type ShadowCasterView } from '../rasterizer/self-drawn';
import type { RasterTarget } from '../rasterizer/target';
import { fillDepth } from '../rasterizer/triangle';
import type { ViewRays } from './view-rays';
import { maskGrid, MASK_EDGE, shadowPhase, sunMask, type MaskGrid } from './shadow-mask';
import { buildTiles, copyRect, emptyRect, fullRect, growRect, SHADOW_TILE as TILE, tilesOf, unionRect, type TexelRect } from './shadow-tiles';

export interface ShadowMapOptions {
  // Texels per side.
  size: number;
  // Centre of the shadowed region and its half-width (metres).
  center: THREE.Vector3;
  radius: number;
  // Unit vector towards the light.
  lightDir: THREE.Vector3;
  // Penumbra half-width (metres): how soft shadow edges are.
  softness: number;
}

const EMPTY = 1e9;
// The widest penumbra (half-width, texels) whose corner probes may stand for its 16 taps.
const PROBE_MAX_SOFT = 2;
let vBuf = new Float64Array(3 * 1024);

export function createShadowMap(o: ShadowMapOptions): ShadowMap {
  return new ShadowMap(o);
}

export class ShadowMap {
  private readonly N: number;
  private readonly map: Float32Array;
  private readonly base: Float32Array;
  private baseReady = false;
  // Light space: u = p.r + ox, v = p.u + oy (texels), depth = p.f (metres along the light's travel).
  private readonly r: THREE.Vector3;
  private readonly u: THREE.Vector3;
  private readonly f: THREE.Vector3;
  private readonly ox: number;
  private readonly oy: number;
  private readonly texel: number;
  private readonly soft: number;
  private readonly bias: number;
  // Per tile, the nearest caster over the tile and its eight neighbours: a point nearer the light
  // than that is lit for any filter tap (the common case: open ground).
  private readonly TN: number;
  private readonly tileMin: Float32Array;
  private readonly rawMin: Float32Array;
  // The texels where the last frame's moving casters were drawn (map differs from base only there).
  private moved: TexelRect = emptyRect();
  // The rectangle this frame's moving casters are growing.
  private drawing: TexelRect = emptyRect();
  // The mask's half-resolution grid (shadow-mask.ts).
  private grid: MaskGrid | null = null;

  constructor(o: ShadowMapOptions) {
    const N = (this.N = o.size);
    this.map = new Float32Array(N * N);
    this.base = new Float32Array(N * N).fill(EMPTY);
    this.f = o.lightDir.clone().normalize().negate();
    const right = new THREE.Vector3().crossVectors(this.f, Math.abs(this.f.y) > 0.99 ? new THREE.Vector3(1, 0, 0) : new THREE.Vector3(0, 1, 0)).normalize();
    const up = new THREE.Vector3().crossVectors(right, this.f).normalize();
    const scale = N / (2 * o.radius);
    this.texel = 1 / scale;
    this.r = right.clone().multiplyScalar(scale);
    this.u = up.clone().multiplyScalar(-scale);
    this.ox = N / 2 - o.center.dot(this.r);
    this.oy = N / 2 - o.center.dot(this.u);
    this.soft = Math.min(TILE, Math.max(0.5, o.softness * scale));
    this.bias = this.texel * 1.5;
    this.TN = Math.ceil(N / TILE);
    this.tileMin = new Float32Array(this.TN * this.TN);
    this.rawMin = new Float32Array(this.TN * this.TN);
    this.casterView.size = N;
  }

  // Draws this frame's casters; self-drawn ones (a cameo's card) draw their own shape for `camera`.
  update(scene: THREE.Object3D, camera: THREE.Camera | null = null, native: NativeRender | null = null): void {
    scene.updateMatrixWorld();
    const first = !this.baseReady;
    if (first) {
      for (const m of casters(scene, true)) this.drawMesh(m, this.base, null);
      this.baseReady = true;
      this.map.set(this.base);
    } else copyRect(this.base, this.map, this.N, this.moved);
    const moved = (this.drawing = emptyRect());
    for (const m of casters(scene, false)) {
      if (!isSelfDrawn(m)) this.drawMesh(m, this.map, moved);
      else if (camera) m.castShadowInto?.(this.casterView, camera);
    }
    const tiles = tilesOf(first ? fullRect(this.N) : unionRect(this.moved, moved), this.TN);
    this.moved = moved;
    if (native) native.shadowTiles(this.map, this.rawMin, this.tileMin, this.nativeParams(), EMPTY, tiles.tx0, tiles.ty0, tiles.tx1, tiles.ty1);
    else buildTiles(this.map, this.N, this.TN, this.rawMin, this.tileMin, EMPTY, tiles);
  }

  // The light space as the native passes read it (see native/render/src/passes.h ShadowParams).
  private nativeParams(): Float64Array {
    const { r, u, f } = this;
    return Float64Array.of(this.N, this.TN, TILE, this.texel, this.bias, this.soft, this.ox, this.oy, this.texel * 1.5, r.x, r.y, r.z, u.x, u.y, u.z, f.x, f.y, f.z, MASK_EDGE, PROBE_MAX_SOFT);
  }

  // The map as a self-drawn caster writes into it (this frame's map, nearest caster kept).
  private readonly casterView: ShadowCasterView = {
    size: 0,
    project: (x, y, z, out) => {
      const { r, u, f } = this;
      out[0] = x * r.x + y * r.y + z * r.z + this.ox;
      out[1] = x * u.x + y * u.y + z * u.z + this.oy;
      out[2] = x * f.x + y * f.y + z * f.z;
    },
    write: (tx, ty, depth) => {
      const i = ty * this.N + tx;
      growRect(this.drawing, tx, ty, tx, ty, this.N);
      if (depth < this.map[i]!) this.map[i] = depth;
    },
  };

  // Fraction of light reaching world point p with unit normal n: 0 in shadow, 1 lit. The mask's
  // grid points pass their phase (0..3, shadow-mask.ts), which shifts the penumbra's 4x4 taps by a
  // quarter or three quarters of their spacing on each axis; without one they span the footprint's
  // corners.
  visibility(px: number, py: number, pz: number, nx: number, ny: number, nz: number, phase = -1): number {
    const { N, soft, texel, r, u, f } = this;
    // Offset along the normal by a texel or so: surfaces facing away from the light do not shadow themselves.
    const qx = px + nx * texel * 1.5, qy = py + ny * texel * 1.5, qz = pz + nz * texel * 1.5;
    const x = qx * r.x + qy * r.y + qz * r.z + this.ox;
    const y = qx * u.x + qy * u.y + qz * u.z + this.oy;
    if (x < -soft || y < -soft || x >= N + soft || y >= N + soft) return 1;
    // Slope-scaled bias: the filter taps reach `soft` texels sideways, where a surface tilted away
    // from the light lies deeper by soft * tan(angle); without it lit faces shadow themselves.
    const cos = -(nx * f.x + ny * f.y + nz * f.z);
    const tan = cos > 0.1 ? Math.sqrt(1 - cos * cos) / cos : 10;
    const d = qx * f.x + qy * f.y + qz * f.z - this.bias - texel * soft * tan;
    if (x >= 0 && y >= 0 && x < N && y < N && d <= this.tileMin[((y / TILE) | 0) * this.TN + ((x / TILE) | 0)]!) return 1;
    // Where the corners and the centre agree the footprint is taken to be all lit or all shadowed,
    // which holds while it is a few texels wide; across a wider one a small caster (a glass) or the
    // gap in its shadow falls between the probes, which drew it as hard blocks.
    if (soft <= PROBE_MAX_SOFT) {
      const a = this.tap(x - soft, y - soft, d);
      const s = a + this.tap(x + soft, y - soft, d) + this.tap(x - soft, y + soft, d) + this.tap(x + soft, y + soft, d);
      if ((s === 0 || s === 4) && this.tap(x, y, d) === a) return a;
    }
    // A penumbra: average a 4x4 grid across the filter footprint.
    let sum = 0;
    const step = phase < 0 ? (2 * soft) / 3 : soft / 2;
    const x0 = phase < 0 ? x - soft : x - soft + (phase & 1 ? 0.75 : 0.25) * step;
    const y0 = phase < 0 ? y - soft : y - soft + (phase & 2 ? 0.75 : 0.25) * step;
    for (let j = 0; j < 4; j++) {
      for (let i = 0; i < 4; i++) sum += this.tap(x0 + i * step, y0 + j * step, d);
    }
    return sum / 16;
  }

  // Sun visibility of every G-buffer pixel facing the light, into out (1 elsewhere), from a
  // half-resolution grid of lookups (shadow-mask.ts).
  mask(target: RasterTarget, rays: ViewRays, out: Float32Array, native: NativeRender | null = null): void {
    const { width: W, height: H, id } = target;
    if (native) return native.shadowMask(this.map, this.tileMin, target.depth, target.normal, id, W, H, raysArray(rays), this.nativeParams(), out);
    this.grid = maskGrid(W, H, this.grid);
    sunMask(target, this.pixelVisibility(target, rays), this.grid, out);
  }

  // The lookup of one pixel, with the early outs inlined with locals: it runs for most pixels of
  // every frame.
  private pixelVisibility(target: RasterTarget, rays: ViewRays): (x: number, y: number) => number {
    const { width: W, height: H, depth, normal, id } = target;
    const { N, TN, tileMin, texel, bias, ox, oy } = this;
    const rx = this.r.x, ry = this.r.y, rz = this.r.z, ux = this.u.x, uy = this.u.y, uz = this.u.z;
    const fx = this.f.x, fy = this.f.y, fz = this.f.z;
    const off = texel * 1.5;
    return (x, y) => {
      const i = y * W + x;
      if (id[i] === 0) return 1;
      const o = i * 3;
      let nx = normal[o]!, ny = normal[o + 1]!, nz = normal[o + 2]!;
      // Facing away from the light: lighting gives it no sun anyway.
      if (nx * fx + ny * fy + nz * fz >= 0) return 1;
      const nl = 1 / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1);
      nx *= nl; ny *= nl; nz *= nl;
      const ndcX = ((x + 0.5) / W) * 2 - 1, ndcY = 1 - ((y + 0.5) / H) * 2;
      const w = 1 / depth[i]!;
      const px = rays.px + (rays.fx + ndcX * rays.rx + ndcY * rays.ux) * w;
      const py = rays.py + (rays.fy + ndcX * rays.ry + ndcY * rays.uy) * w;
      const pz = rays.pz + (rays.fz + ndcX * rays.rz + ndcY * rays.uz) * w;
      const qx = px + nx * off, qy = py + ny * off, qz = pz + nz * off;
      const u = qx * rx + qy * ry + qz * rz + ox;
      const v = qx * ux + qy * uy + qz * uz + oy;
      if (u < 0 || v < 0 || u >= N || v >= N) return 1;
      if (qx * fx + qy * fy + qz * fz - bias <= tileMin[((v / TILE) | 0) * TN + ((u / TILE) | 0)]!) return 1;
      return this.visibility(px, py, pz, nx, ny, nz, shadowPhase(x, y));
    };
  }

  // One depth comparison: 1 when the point at depth d is lit at texel (x, y) (outside the map: lit).
  private tap(x: number, y: number, d: number): number {
    const N = this.N;
    if (x < 0 || y < 0 || x >= N || y >= N) return 1;
    return d <= this.map[(y | 0) * N + (x | 0)]! ? 1 : 0;
  }

  // Draws a caster's depth into target; `moved` grows to hold every texel it may touch.
  private drawMesh(mesh: THREE.Mesh, target: Float32Array, moved: TexelRect | null): void {
    const geometry = mesh.geometry as THREE.BufferGeometry;
    const pos = geometry.getAttribute('position');
    if (!pos) return;
    const n = pos.count;
    if (vBuf.length < n * 3) vBuf = new Float64Array(Math.max(n * 3, vBuf.length * 2));
    const p = floatView(pos);
    const e = mesh.matrixWorld.elements;
    const { r, u, f } = this;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const lx = p[i * 3]!, ly = p[i * 3 + 1]!, lz = p[i * 3 + 2]!;
      const x = e[0]! * lx + e[4]! * ly + e[8]! * lz + e[12]!;
      const y = e[1]! * lx + e[5]! * ly + e[9]! * lz + e[13]!;
      const z = e[2]! * lx + e[6]! * ly + e[10]! * lz + e[14]!;
      const tx = (vBuf[i * 3] = x * r.x + y * r.y + z * r.z + this.ox);
      const ty = (vBuf[i * 3 + 1] = x * u.x + y * u.y + z * u.z + this.oy);
      vBuf[i * 3 + 2] = x * f.x + y * f.y + z * f.z;
      if (tx < minX) minX = tx;
      if (tx > maxX) maxX = tx;
      if (ty < minY) minY = ty;
      if (ty > maxY) maxY = ty;
    }
    if (moved) growRect(moved, minX, minY, maxX, maxY, this.N);
    const index = indexView(geometry);
    const start = geometry.drawRange.start;
    const end = Math.min(index.length, start + geometry.drawRange.count);
    for (let t = start; t + 2 < end; t += 3) fillDepth(target, this.N, this.N, vBuf, index[t]!, index[t + 1]!, index[t + 2]!);
  }
}

function casters(scene: THREE.Object3D, isStatic: boolean): THREE.Mesh[] {
  const out: THREE.Mesh[] = [];
  scene.traverseVisible((obj) => {
    if (obj instanceof THREE.Mesh && obj.castShadow && (obj.userData.static === true) === isStatic) out.push(obj);
  });
  return out;
}

// The layer a see-through surface (a liquid, a glass) is drawn from: its triangles scan-converted
// into a private buffer the size of the frame, after the scene is shaded, so the surface's own pass
// can read what is behind it (target.hdr) and how far behind (target.depth) per pixel. Per pixel it
// keeps the nearest surface (1/w, world normal, three per-vertex extras such as foam) and, when
// asked, the farthest one's 1/w: the liquid's thickness along the ray is the gap between the two.
// One layer per thread, grown to the frame and reused; only the rectangle drawn last is reset.
import type * as THREE from 'three';
import { floatView, indexView } from '../rasterizer/geometry';
import type { NativeRender } from '../native-render';
import type { RasterView } from '../rasterizer/self-drawn';
import type { RasterTarget } from '../rasterizer/target';
import { fillDepth, fillGeometry, VSTRIDE } from '../rasterizer/triangle';

export interface PixelRect { x0: number; y0: number; x1: number; y1: number }

export interface ClearLayer {
  // Nearest surface: depth (1/w, 0 none), normal (world, not unit), albedo (the extras).
  near: RasterTarget;
  // Farthest surface's 1/w (Infinity none).
  far: Float32Array;
  // The pixels drawn into (x1, y1 exclusive).
  rect: PixelRect;
}

let layer: ClearLayer | null = null;
let proj = new Float64Array(VSTRIDE * 1024);
let projDepth = new Float64Array(3 * 1024);
let behindNear = new Uint8Array(1024);

function createLayer(width: number, height: number): ClearLayer {
  const n = width * height;
  // Only the G-buffer's fields are filled here (fillGeometry writes depth, normal, albedo, id).
  const near: RasterTarget = {
    width, height,
    color: new Uint8Array(0), pixels: new Uint32Array(0), hdr: new Float32Array(0),
    depth: new Float32Array(n), normal: new Float32Array(n * 3), albedo: new Float32Array(n * 3), id: new Uint16Array(n),
  };
  return { near, far: new Float32Array(n).fill(Infinity), rect: { x0: 0, y0: 0, x1: 0, y1: 0 } };
}

// The thread's layer for this frame's size, emptied of what was drawn into it last.
export function beginLayer(view: RasterView): ClearLayer {
  const { width, height } = view.target;
  if (!layer || layer.near.width !== width || layer.near.height !== height) layer = createLayer(width, height);
  const { rect, near, far } = layer;
  for (let y = rect.y0; y < rect.y1; y++) {
    near.depth.fill(0, y * width + rect.x0, y * width + rect.x1);
    far.fill(Infinity, y * width + rect.x0, y * width + rect.x1);
  }
  rect.x0 = width; rect.y0 = height; rect.x1 = 0; rect.y1 = 0;
  return layer;
}

// Draws a mesh's triangles (its draw range) into the layer. `extras`: three numbers per vertex kept
// at the nearest surface (scaled by extrasScale); `withFar`: also keep the farthest surface. A
// triangle reaching behind the near plane is left out (a liquid or glass is never that close).
export function addMesh(into: ClearLayer, mesh: THREE.Mesh, view: RasterView, extras: Float32Array | null, extrasScale: number, withFar: boolean): void {
  const geometry = mesh.geometry as THREE.BufferGeometry;
  const position = geometry.getAttribute('position');
  const normalAttr = geometry.getAttribute('normal');
  if (!position || !normalAttr) return;
  const index = indexView(geometry);
  const start = geometry.drawRange.start;
  const end = Math.min(index.length, start + geometry.drawRange.count);
  if (end - start < 3) return;
  // Unindexed geometry (marching cubes) uses only the vertices in its draw range.
  const n = geometry.index ? position.count : end;
  ensure(n);
  const { width: W, height: H } = view.target;
  const rect = projectVertices(mesh, floatView(position), floatView(normalAttr), extras, extrasScale, n, view, W, H);
  if (!rect) return;
  const r = into.rect;
  r.x0 = Math.min(r.x0, rect.x0); r.y0 = Math.min(r.y0, rect.y0);
  r.x1 = Math.max(r.x1, rect.x1); r.y1 = Math.max(r.y1, rect.y1);
  // One answer for both fills: with an index the addon cannot take, the JavaScript fill draws it.
  const nativeFill = view.native && (index instanceof Uint16Array || index instanceof Uint32Array) ? view.native : null;
  if (nativeFill) fillNearNative(nativeFill, into.near, index as Uint16Array | Uint32Array, start, end);
  for (let t = start; t + 2 < end; t += 3) {
    const i0 = index[t]!, i1 = index[t + 1]!, i2 = index[t + 2]!;
    if (behindNear[i0]! | behindNear[i1]! | behindNear[i2]!) continue;
    if (!nativeFill) fillGeometry(into.near, proj, i0, i1, i2, 1);
    if (withFar) fillDepth(into.far, W, H, projDepth, i0, i1, i2);
  }
}

// The nearest surface filled by the native opaque fill (fillGeometry's twin), which stops at each
// triangle reaching behind the near plane (marked 1 in behindNear): that one is left out.
const drawnNear = new Float64Array(1);
function fillNearNative(native: NativeRender, near: RasterTarget, index: Uint16Array | Uint32Array, start: number, end: number): void {
  for (let t = start; t + 2 < end; t += 3) {
    t = native.fillOpaque(proj, VSTRIDE, behindNear, 1, index, t, end, 0, 1, near.depth, near.normal, near.albedo, near.id, near.width, near.height, drawnNear);
  }
}

function ensure(n: number): void {
  if (behindNear.length >= n) return;
  const cap = Math.max(n, behindNear.length * 2);
  proj = new Float64Array(VSTRIDE * cap);
  projDepth = new Float64Array(3 * cap);
  behindNear = new Uint8Array(cap);
}

// Screen position, 1/w and the attributes (pre-multiplied by 1/w, as the fills expect) of each
// vertex; returns the pixel rectangle they span, or null when none is in front of the camera.
function projectVertices(mesh: THREE.Mesh, p: Float32Array, nrm: Float32Array, extras: Float32Array | null, extrasScale: number, n: number, view: RasterView, W: number, H: number): PixelRect | null {
  const m = mesh.matrixWorld.elements;
  const vp = view.viewProj.elements;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const lx = p[i * 3]!, ly = p[i * 3 + 1]!, lz = p[i * 3 + 2]!;
    const wx = m[0]! * lx + m[4]! * ly + m[8]! * lz + m[12]!;
    const wy = m[1]! * lx + m[5]! * ly + m[9]! * lz + m[13]!;
    const wz = m[2]! * lx + m[6]! * ly + m[10]! * lz + m[14]!;
    const cx = vp[0]! * wx + vp[4]! * wy + vp[8]! * wz + vp[12]!;
    const cy = vp[1]! * wx + vp[5]! * wy + vp[9]! * wz + vp[13]!;
    const cz = vp[2]! * wx + vp[6]! * wy + vp[10]! * wz + vp[14]!;
    const cw = vp[3]! * wx + vp[7]! * wy + vp[11]! * wz + vp[15]!;
    behindNear[i] = cz < -cw || cw < 1e-6 ? 1 : 0;
    if (behindNear[i]) continue;
    const iw = 1 / cw;
    const sx = (cx * iw * 0.5 + 0.5) * W, sy = (0.5 - cy * iw * 0.5) * H;
    const o = i * VSTRIDE;
    proj[o] = sx; proj[o + 1] = sy; proj[o + 2] = iw;
    // Normals: the mesh's are scaled uniformly (a lathe, a marching-cubes grid), so its rotation and
    // scale suffice; they are normalised per pixel.
    const nx = nrm[i * 3]!, ny = nrm[i * 3 + 1]!, nz = nrm[i * 3 + 2]!;
    proj[o + 3] = (m[0]! * nx + m[4]! * ny + m[8]! * nz) * iw;
    proj[o + 4] = (m[1]! * nx + m[5]! * ny + m[9]! * nz) * iw;
    proj[o + 5] = (m[2]! * nx + m[6]! * ny + m[10]! * nz) * iw;
    proj[o + 6] = extras ? extras[i * 3]! * extrasScale * iw : 0;
    proj[o + 7] = extras ? extras[i * 3 + 1]! * extrasScale * iw : 0;
    proj[o + 8] = extras ? extras[i * 3 + 2]! * extrasScale * iw : 0;
    proj[o + 9] = iw;
    projDepth[i * 3] = sx; projDepth[i * 3 + 1] = sy; projDepth[i * 3 + 2] = iw;
    if (sx < x0) x0 = sx;
    if (sx > x1) x1 = sx;
    if (sy < y0) y0 = sy;
    if (sy > y1) y1 = sy;
  }
  if (!(x0 <= x1)) return null;
  const rect = { x0: Math.max(0, Math.floor(x0)), y0: Math.max(0, Math.floor(y0)), x1: Math.min(W, Math.ceil(x1) + 1), y1: Math.min(H, Math.ceil(y1) + 1) };
  return rect.x0 < rect.x1 && rect.y0 < rect.y1 ? rect : null;
}

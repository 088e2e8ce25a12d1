// Scan conversion of one screen-space triangle: exact per-row spans from the three edge equations,
// then an incremental inner loop over the span (one add per attribute per pixel, one divide for
// perspective correction). Three fills share the setup: opaque geometry into the G-buffer, blended
// (transparent) colour into the HDR buffer, and depth only (shadow maps). No allocation happens
// here; this is the hot path of every frame.
import type { RasterTarget } from './target';

// Layout of one projected vertex in the scratch buffers handed to the fills: screen x, screen y
// (pixels, y down), 1/w, then normal x, y, z, colour r, g, b (linear) and alpha, each pre-multiplied
// by 1/w so that they interpolate perspective-correctly as affine functions of x, y.
export const VSTRIDE = 10;

// The setup of the triangle being filled (module scratch, reused).
const T = {
  a: 0, b: 0, c: 0,
  x0: 0, y0: 0,
  // Attribute gradient helpers: d/dx = (d1 * e2y - d2 * e1y) * inv, d/dy = (d2 * e1x - d1 * e2x) * inv.
  e1x: 0, e1y: 0, e2x: 0, e2y: 0, inv: 0,
  A0: 0, B0: 0, C0: 0, A1: 0, B1: 0, C1: 0, A2: 0, B2: 0, C2: 0,
  rowStart: 0, rowEnd: 0, xLo: 0, xHi: 0,
  // Current row's covered span [xs, xe).
  xs: 0, xe: 0,
};

// Orders the vertices counter-clockwise on screen and computes edges and bounds; false when the
// triangle covers no pixel centre.
function setup(v: Float64Array, stride: number, i0: number, i1: number, i2: number, W: number, H: number): boolean {
  const a = i0 * stride;
  let b = i1 * stride, c = i2 * stride;
  const x0 = v[a]!, y0 = v[a + 1]!;
  let x1 = v[b]!, y1 = v[b + 1]!, x2 = v[c]!, y2 = v[c + 1]!;
  let area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  if (!(Math.abs(area) > 1e-12)) return false;
  if (area < 0) {
    const t = b; b = c; c = t;
    let s = x1; x1 = x2; x2 = s;
    s = y1; y1 = y2; y2 = s;
    area = -area;
  }
  // Pixel centres sit at +0.5; a row is covered when its centre is in [yMin, yMax).
  T.rowStart = Math.max(0, Math.ceil(Math.min(y0, y1, y2) - 0.5));
  T.rowEnd = Math.min(H, Math.ceil(Math.max(y0, y1, y2) - 0.5));
  if (T.rowStart >= T.rowEnd) return false;
  T.xLo = Math.max(0, Math.ceil(Math.min(x0, x1, x2) - 0.5));
  T.xHi = Math.min(W, Math.ceil(Math.max(x0, x1, x2) - 0.5));
  if (T.xLo >= T.xHi) return false;
  T.a = a; T.b = b; T.c = c; T.x0 = x0; T.y0 = y0;
  T.inv = 1 / area;
  T.e1x = x1 - x0; T.e1y = y1 - y0; T.e2x = x2 - x0; T.e2y = y2 - y0;
  // Edge functions E(x, y) = A*x + B*y + C >= 0 inside, for edges 0->1, 1->2, 2->0.
  T.A0 = -(y1 - y0); T.B0 = x1 - x0; T.C0 = -(T.B0 * y0 + T.A0 * x0);
  T.A1 = -(y2 - y1); T.B1 = x2 - x1; T.C1 = -(T.B1 * y1 + T.A1 * x1);
  T.A2 = -(y0 - y2); T.B2 = x0 - x2; T.C2 = -(T.B2 * y2 + T.A2 * x2);
  return true;
}

// Intersects row centre py with each edge's half-plane; false when the row is not covered.
function span(py: number): boolean {
  let lo = -Infinity, hi = Infinity;
  let s = T.B0 * py + T.C0;
  if (T.A0 > 0) lo = Math.max(lo, -s / T.A0); else if (T.A0 < 0) hi = Math.min(hi, -s / T.A0); else if (s < 0) return false;
  s = T.B1 * py + T.C1;
  if (T.A1 > 0) lo = Math.max(lo, -s / T.A1); else if (T.A1 < 0) hi = Math.min(hi, -s / T.A1); else if (s < 0) return false;
  s = T.B2 * py + T.C2;
  if (T.A2 > 0) lo = Math.max(lo, -s / T.A2); else if (T.A2 < 0) hi = Math.min(hi, -s / T.A2); else if (s < 0) return false;
  // Centres in [lo, hi): a shared edge is owned by exactly one of its two triangles.
  T.xs = Math.max(T.xLo, Math.ceil(lo - 0.5));
  T.xe = Math.min(T.xHi, Math.ceil(hi - 0.5));
  return T.xs < T.xe;
}

const ddx = (v: Float64Array, k: number): number => ((v[T.b + k]! - v[T.a + k]!) * T.e2y - (v[T.c + k]! - v[T.a + k]!) * T.e1y) * T.inv;
const ddy = (v: Float64Array, k: number): number => ((v[T.c + k]! - v[T.a + k]!) * T.e1x - (v[T.b + k]! - v[T.a + k]!) * T.e2x) * T.inv;

// Opaque geometry into the G-buffer: nearest 1/w wins; normal, albedo and drawable id are stored.
export function fillGeometry(target: RasterTarget, v: Float64Array, i0: number, i1: number, i2: number, id: number): void {
  const W = target.width;
  if (!setup(v, VSTRIDE, i0, i1, i2, W, target.height)) return;
  const a = T.a;
  const iwdx = ddx(v, 2), iwdy = ddy(v, 2);
  const nxdx = ddx(v, 3), nxdy = ddy(v, 3), nydx = ddx(v, 4), nydy = ddy(v, 4), nzdx = ddx(v, 5), nzdy = ddy(v, 5);
  const rdx = ddx(v, 6), rdy = ddy(v, 6), gdx = ddx(v, 7), gdy = ddy(v, 7), bdx = ddx(v, 8), bdy = ddy(v, 8);
  const depth = target.depth, normal = target.normal, albedo = target.albedo, ids = target.id;
  for (let y = T.rowStart; y < T.rowEnd; y++) {
    const py = y + 0.5;
    if (!span(py)) continue;
    const ox = T.xs + 0.5 - T.x0, oy = py - T.y0;
    let iw = v[a + 2]! + iwdx * ox + iwdy * oy;
    let nx = v[a + 3]! + nxdx * ox + nxdy * oy;
    let ny = v[a + 4]! + nydx * ox + nydy * oy;
    let nz = v[a + 5]! + nzdx * ox + nzdy * oy;
    let r = v[a + 6]! + rdx * ox + rdy * oy;
    let g = v[a + 7]! + gdx * ox + gdy * oy;
    let b = v[a + 8]! + bdx * ox + bdy * oy;
    const end = y * W + T.xe;
    for (let i = y * W + T.xs; i < end; i++) {
      if (iw > depth[i]!) {
        depth[i] = iw;
        const w = 1 / iw;
        const o = i * 3;
        normal[o] = nx * w; normal[o + 1] = ny * w; normal[o + 2] = nz * w;
        albedo[o] = r * w; albedo[o + 1] = g * w; albedo[o + 2] = b * w;
        ids[i] = id;
      }
      iw += iwdx; nx += nxdx; ny += nydx; nz += nzdx; r += rdx; g += gdx; b += bdx;
    }
  }
}

export interface BlendState {
  depthTest: boolean;
  depthWrite: boolean;
}

// Lit colour (linear, in the r, g, b slots) blended by alpha over the HDR buffer.
export function fillBlend(target: RasterTarget, v: Float64Array, i0: number, i1: number, i2: number, st: BlendState): void {
  const W = target.width;
  if (!setup(v, VSTRIDE, i0, i1, i2, W, target.height)) return;
  const a = T.a;
  const iwdx = ddx(v, 2), iwdy = ddy(v, 2);
  const rdx = ddx(v, 6), rdy = ddy(v, 6), gdx = ddx(v, 7), gdy = ddy(v, 7), bdx = ddx(v, 8), bdy = ddy(v, 8);
  const adx = ddx(v, 9), ady = ddy(v, 9);
  const depth = target.depth, hdr = target.hdr;
  const { depthTest, depthWrite } = st;
  for (let y = T.rowStart; y < T.rowEnd; y++) {
    const py = y + 0.5;
    if (!span(py)) continue;
    const ox = T.xs + 0.5 - T.x0, oy = py - T.y0;
    let iw = v[a + 2]! + iwdx * ox + iwdy * oy;
    let r = v[a + 6]! + rdx * ox + rdy * oy;
    let g = v[a + 7]! + gdx * ox + gdy * oy;
    let b = v[a + 8]! + bdx * ox + bdy * oy;
    let al = v[a + 9]! + adx * ox + ady * oy;
    const end = y * W + T.xe;
    for (let i = y * W + T.xs; i < end; i++) {
      if (!depthTest || iw > depth[i]!) {
        const w = 1 / iw;
        let k = al * w;
        k = k < 0 ? 0 : k > 1 ? 1 : k;
        const o = i * 3;
        hdr[o] = hdr[o]! + (r * w - hdr[o]!) * k;
        hdr[o + 1] = hdr[o + 1]! + (g * w - hdr[o + 1]!) * k;
        hdr[o + 2] = hdr[o + 2]! + (b * w - hdr[o + 2]!) * k;
        if (depthWrite) depth[i] = iw;
      }
      iw += iwdx; r += rdx; g += gdx; b += bdx; al += adx;
    }
  }
}

// Depth only, for an orthographic view (depth is affine in screen space): keeps the smallest depth.
// Vertices are (x, y, depth) triples.
export function fillDepth(map: Float32Array, W: number, H: number, v: Float64Array, i0: number, i1: number, i2: number): void {
  if (!setup(v, 3, i0, i1, i2, W, H)) return;
  const a = T.a;
  const ddxD = ((v[T.b + 2]! - v[a + 2]!) * T.e2y - (v[T.c + 2]! - v[a + 2]!) * T.e1y) * T.inv;
  const ddyD = ((v[T.c + 2]! - v[a + 2]!) * T.e1x - (v[T.b + 2]! - v[a + 2]!) * T.e2x) * T.inv;
  for (let y = T.rowStart; y < T.rowEnd; y++) {
    const py = y + 0.5;
    if (!span(py)) continue;
    let d = v[a + 2]! + ddxD * (T.xs + 0.5 - T.x0) + ddyD * (py - T.y0);
    const end = y * W + T.xe;
    for (let i = y * W + T.xs; i < end; i++) {
      if (d < map[i]!) map[i] = d;
      d += ddxD;
    }
  }
}

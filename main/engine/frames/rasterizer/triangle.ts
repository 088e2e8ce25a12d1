// Scan conversion of one screen-space triangle: exact per-row spans from the three edge equations,
// then an incremental inner loop over the span (one add per attribute per pixel, one divide for
// perspective correction). No allocation happens here; this is the hot path of every frame.
import type { RasterTarget } from './target';

// Layout of one projected vertex in the scratch buffers handed to fillTriangle:
// screen x, screen y (pixels, y down), 1/w, then r, g, b (sRGB 0..255) and alpha (0..1), each
// pre-multiplied by 1/w so that they interpolate perspective-correctly as affine functions of x, y.
export const VSTRIDE = 7;

export interface FillState {
  // Alpha-blend over the target instead of overwriting it.
  blend: boolean;
  depthTest: boolean;
  depthWrite: boolean;
  // Linear distance fog on view depth (w), like THREE.Fog; fogFar <= fogNear disables it.
  fogNear: number;
  fogFar: number;
  fogR: number;
  fogG: number;
  fogB: number;
}

export function fillTriangle(target: RasterTarget, v: Float64Array, i0: number, i1: number, i2: number, st: FillState): void {
  const a = i0 * VSTRIDE;
  let b = i1 * VSTRIDE;
  let c = i2 * VSTRIDE;
  const x0 = v[a]!, y0 = v[a + 1]!;
  let x1 = v[b]!, y1 = v[b + 1]!;
  let x2 = v[c]!, y2 = v[c + 1]!;
  let area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  if (!(Math.abs(area) > 1e-12)) return;
  // Make the winding positive so "inside" is the same sign for every edge.
  if (area < 0) {
    const t = b; b = c; c = t;
    let s = x1; x1 = x2; x2 = s;
    s = y1; y1 = y2; y2 = s;
    area = -area;
  }
  const W = target.width;
  const H = target.height;
  const yMin = Math.min(y0, y1, y2);
  const yMax = Math.max(y0, y1, y2);
  // Pixel centres sit at +0.5; a row is covered when its centre is in [yMin, yMax).
  const rowStart = Math.max(0, Math.ceil(yMin - 0.5));
  const rowEnd = Math.min(H, Math.ceil(yMax - 0.5));
  if (rowStart >= rowEnd) return;
  const xLo = Math.max(0, Math.ceil(Math.min(x0, x1, x2) - 0.5));
  const xHi = Math.min(W, Math.ceil(Math.max(x0, x1, x2) - 0.5));
  if (xLo >= xHi) return;

  // Attribute gradients (plane equations relative to vertex a).
  const inv = 1 / area;
  const e1x = x1 - x0, e1y = y1 - y0, e2x = x2 - x0, e2y = y2 - y0;
  const iw0 = v[a + 2]!, r0 = v[a + 3]!, g0 = v[a + 4]!, b0 = v[a + 5]!, al0 = v[a + 6]!;
  const dI1 = v[b + 2]! - iw0, dI2 = v[c + 2]! - iw0;
  const dR1 = v[b + 3]! - r0, dR2 = v[c + 3]! - r0;
  const dG1 = v[b + 4]! - g0, dG2 = v[c + 4]! - g0;
  const dB1 = v[b + 5]! - b0, dB2 = v[c + 5]! - b0;
  const dA1 = v[b + 6]! - al0, dA2 = v[c + 6]! - al0;
  const iwdx = (dI1 * e2y - dI2 * e1y) * inv, iwdy = (dI2 * e1x - dI1 * e2x) * inv;
  const rdx = (dR1 * e2y - dR2 * e1y) * inv, rdy = (dR2 * e1x - dR1 * e2x) * inv;
  const gdx = (dG1 * e2y - dG2 * e1y) * inv, gdy = (dG2 * e1x - dG1 * e2x) * inv;
  const bdx = (dB1 * e2y - dB2 * e1y) * inv, bdy = (dB2 * e1x - dB1 * e2x) * inv;
  const adx = (dA1 * e2y - dA2 * e1y) * inv, ady = (dA2 * e1x - dA1 * e2x) * inv;

  // Edge functions E(x, y) = A*x + B*y + C >= 0 inside, for edges 0->1, 1->2, 2->0.
  const A0 = -(y1 - y0), B0 = x1 - x0, C0 = -(B0 * y0 + A0 * x0);
  const A1 = -(y2 - y1), B1 = x2 - x1, C1 = -(B1 * y1 + A1 * x1);
  const A2 = -(y0 - y2), B2 = x0 - x2, C2 = -(B2 * y2 + A2 * x2);

  const pixels = target.pixels;
  const color = target.color;
  const depth = target.depth;
  const useFog = st.fogFar > st.fogNear;
  const fogNear = st.fogNear;
  const fogScale = useFog ? 1 / (st.fogFar - st.fogNear) : 0;
  const fr = st.fogR, fg = st.fogG, fb = st.fogB;
  const depthTest = st.depthTest;
  const depthWrite = st.depthWrite;
  const blend = st.blend;

  for (let y = rowStart; y < rowEnd; y++) {
    const py = y + 0.5;
    // Intersect the row with each edge's half-plane to get the exact covered span.
    // The bounding box clamps below keep the span on screen; the edges narrow it to the triangle.
    let lo = -Infinity;
    let hi = Infinity;
    let s = B0 * py + C0;
    if (A0 > 0) lo = Math.max(lo, -s / A0); else if (A0 < 0) hi = Math.min(hi, -s / A0); else if (s < 0) continue;
    s = B1 * py + C1;
    if (A1 > 0) lo = Math.max(lo, -s / A1); else if (A1 < 0) hi = Math.min(hi, -s / A1); else if (s < 0) continue;
    s = B2 * py + C2;
    if (A2 > 0) lo = Math.max(lo, -s / A2); else if (A2 < 0) hi = Math.min(hi, -s / A2); else if (s < 0) continue;
    // Centres in [lo, hi): a shared edge is owned by exactly one of its two triangles.
    const xs = Math.max(xLo, Math.ceil(lo - 0.5));
    const xe = Math.min(xHi, Math.ceil(hi - 0.5));
    if (xs >= xe) continue;

    const ox = xs + 0.5 - x0, oy = py - y0;
    let iw = iw0 + iwdx * ox + iwdy * oy;
    let rw = r0 + rdx * ox + rdy * oy;
    let gw = g0 + gdx * ox + gdy * oy;
    let bw = b0 + bdx * ox + bdy * oy;
    let i = y * W + xs;
    const end = y * W + xe;
    if (!blend) {
      for (; i < end; i++) {
        if (!depthTest || iw > depth[i]!) {
          const w = 1 / iw;
          let r = rw * w, g = gw * w, bb = bw * w;
          if (useFog) {
            let f = (w - fogNear) * fogScale;
            f = f < 0 ? 0 : f > 1 ? 1 : f;
            r += (fr - r) * f; g += (fg - g) * f; bb += (fb - bb) * f;
          }
          if (depthWrite) depth[i] = iw;
          // Clamp guards against the tiny overshoot of extrapolating attributes to pixel centres
          // just outside a sliver triangle's vertices.
          r = r < 0 ? 0 : r > 255 ? 255 : r;
          g = g < 0 ? 0 : g > 255 ? 255 : g;
          bb = bb < 0 ? 0 : bb > 255 ? 255 : bb;
          pixels[i] = 0xff000000 | (((bb + 0.5) | 0) << 16) | (((g + 0.5) | 0) << 8) | ((r + 0.5) | 0);
        }
        iw += iwdx; rw += rdx; gw += gdx; bw += bdx;
      }
    } else {
      let aw = al0 + adx * ox + ady * oy;
      for (; i < end; i++) {
        if (!depthTest || iw > depth[i]!) {
          const w = 1 / iw;
          let r = rw * w, g = gw * w, bb = bw * w;
          let al = aw * w;
          al = al < 0 ? 0 : al > 1 ? 1 : al;
          if (useFog) {
            let f = (w - fogNear) * fogScale;
            f = f < 0 ? 0 : f > 1 ? 1 : f;
            r += (fr - r) * f; g += (fg - g) * f; bb += (fb - bb) * f;
          }
          if (depthWrite) depth[i] = iw;
          const p = i << 2;
          const dr = color[p]!, dg = color[p + 1]!, db = color[p + 2]!;
          r = dr + (r - dr) * al; g = dg + (g - dg) * al; bb = db + (bb - db) * al;
          r = r < 0 ? 0 : r > 255 ? 255 : r;
          g = g < 0 ? 0 : g > 255 ? 255 : g;
          bb = bb < 0 ? 0 : bb > 255 ? 255 : bb;
          pixels[i] = 0xff000000 | (((bb + 0.5) | 0) << 16) | (((g + 0.5) | 0) << 8) | ((r + 0.5) | 0);
        }
        iw += iwdx; rw += rdx; gw += gdx; bw += bdx; aw += adx;
      }
    }
  }
}

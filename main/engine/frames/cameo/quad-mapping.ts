// A flat parallelogram in the world (origin O, edges U and V) seen through the camera. Points on it
// are O + u*U + v*V, and since a projection is linear in homogeneous coordinates, the map from
// (u, v, 1) to screen (x*w, y*w, w) is one 3x3 matrix. Its inverse takes a pixel centre straight to
// (u/w, v/w, 1/w): the texture coordinates, perspective-correct, and 1/w, which is exactly what the
// rasterizer's depth buffer holds. So a pixel loop needs no edges, no seams and no divisions but one.
import type * as THREE from 'three';

export interface QuadMapping {
  // Row-major inverse: [u/w, v/w, 1/w] = inv * [x, y, 1] for pixel centres (x, y).
  inv: Float64Array;
  // Screen box of the quad, clamped to the target (end exclusive).
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  // Height of the quad's V edge on screen, in pixels (for choosing a texture level).
  screenSpanV: number;
}

// Closer than this (metres of view depth) a corner is treated as behind the camera: not drawn.
const MIN_W = 0.05;

function clip(m: readonly number[], x: number, y: number, z: number, out: number[]): void {
  out[0] = m[0]! * x + m[4]! * y + m[8]! * z + m[12]!;
  out[1] = m[1]! * x + m[5]! * y + m[9]! * z + m[13]!;
  out[3] = m[3]! * x + m[7]! * y + m[11]! * z + m[15]!;
}

export function mapQuad(viewProj: THREE.Matrix4, o: THREE.Vector3, u: THREE.Vector3, v: THREE.Vector3, width: number, height: number): QuadMapping | null {
  const e = viewProj.elements;
  const c0 = [0, 0, 0, 0], cu = [0, 0, 0, 0], cv = [0, 0, 0, 0], cuv = [0, 0, 0, 0];
  clip(e, o.x, o.y, o.z, c0);
  clip(e, o.x + u.x, o.y + u.y, o.z + u.z, cu);
  clip(e, o.x + v.x, o.y + v.y, o.z + v.z, cv);
  clip(e, o.x + u.x + v.x, o.y + u.y + v.y, o.z + u.z + v.z, cuv);
  const corners = [c0, cu, cv, cuv];
  if (corners.some((c) => !(c[3]! > MIN_W))) return null;
  // Screen homogeneous coordinates: X = (x/2 + w/2) * W, Y = (w/2 - y/2) * H.
  const sx = (c: number[]): number => (c[0]! * 0.5 + c[3]! * 0.5) * width;
  const sy = (c: number[]): number => (c[3]! * 0.5 - c[1]! * 0.5) * height;
  // Columns: d/du, d/dv, origin.
  const m = [
    sx(cu) - sx(c0), sx(cv) - sx(c0), sx(c0),
    sy(cu) - sy(c0), sy(cv) - sy(c0), sy(c0),
    cu[3]! - c0[3]!, cv[3]! - c0[3]!, c0[3]!,
  ];
  const inv = invert3(m);
  if (!inv) return null;
  const xs = corners.map((c) => sx(c) / c[3]!), ys = corners.map((c) => sy(c) / c[3]!);
  return {
    inv,
    x0: Math.max(0, Math.floor(Math.min(...xs))),
    x1: Math.min(width, Math.ceil(Math.max(...xs)) + 1),
    y0: Math.max(0, Math.floor(Math.min(...ys))),
    y1: Math.min(height, Math.ceil(Math.max(...ys)) + 1),
    screenSpanV: Math.hypot(xs[2]! - xs[0]!, ys[2]! - ys[0]!),
  };
}

function invert3(m: number[]): Float64Array | null {
  const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (!(Math.abs(det) > 1e-12)) return null;
  const k = 1 / det;
  return Float64Array.from([
    A * k, -(b * i - c * h) * k, (b * f - c * e) * k,
    B * k, (a * i - c * g) * k, -(a * f - c * d) * k,
    C * k, -(a * h - b * g) * k, (a * e - b * d) * k,
  ]);
}

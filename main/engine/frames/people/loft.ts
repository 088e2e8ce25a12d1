// A deforming tube: rings of elliptical cross-section placed along a path every frame, joined into
// one smooth surface. Limbs and the trunk are lofts: their rings follow the skeleton's joints, so
// knees and elbows bend as one continuous skin instead of capsules meeting at spheres. The topology
// and per-vertex colours (sleeves, trouser legs) are fixed at build time; positions and normals are
// rewritten in place each frame.
import * as THREE from 'three';

export interface Ring {
  // Centre, the direction of the ellipse's first axis (made perpendicular to the path), and radii
  // along that axis (a) and across it (b).
  cx: number; cy: number; cz: number;
  ax: number; ay: number; az: number;
  ra: number; rb: number;
  // The cross-section's roundness: 2 an ellipse; more, a rounded rectangle (superellipse) whose
  // ends are blunt rather than pointed (a wide, shallow trunk's sides came to a ridge).
  n?: number;
  // Soft folds round the ring (a skirt's hem): the radius swells out `folds` times round, by up to
  // `foldDepth` of itself (never in, so what the ring holds stays inside), the normal tilting with
  // the slope so the folds shade.
  folds?: number;
  foldDepth?: number;
}

export class Loft {
  readonly geometry = new THREE.BufferGeometry();
  readonly rings: Ring[];
  private readonly pos: Float32Array;
  private readonly nor: Float32Array;
  private readonly cosT: Float64Array;
  private readonly sinT: Float64Array;

  // `colorOf(ring, around)` paints each vertex (around in 0..1 round the ring).
  constructor(readonly ringCount: number, readonly segments: number, colorOf: (ring: number, around: number) => THREE.Color) {
    this.rings = Array.from({ length: ringCount }, () => ({ cx: 0, cy: 0, cz: 0, ax: 1, ay: 0, az: 0, ra: 0.01, rb: 0.01 }));
    const n = ringCount * (segments + 1);
    this.pos = new Float32Array(n * 3);
    this.nor = new Float32Array(n * 3);
    const col = new Float32Array(n * 3);
    this.cosT = new Float64Array(segments + 1);
    this.sinT = new Float64Array(segments + 1);
    for (let s = 0; s <= segments; s++) {
      const t = (s / segments) * Math.PI * 2;
      this.cosT[s] = Math.cos(t);
      this.sinT[s] = Math.sin(t);
    }
    const idx: number[] = [];
    for (let r = 0; r < ringCount; r++) {
      for (let s = 0; s <= segments; s++) {
        const c = colorOf(r, s / segments);
        const o = (r * (segments + 1) + s) * 3;
        col[o] = c.r; col[o + 1] = c.g; col[o + 2] = c.b;
        if (r + 1 < ringCount && s < segments) {
          const a = r * (segments + 1) + s, b = a + segments + 1;
          idx.push(a, a + 1, b, a + 1, b + 1, b);
        }
      }
    }
    this.geometry.setAttribute('position', new THREE.BufferAttribute(this.pos, 3));
    this.geometry.setAttribute('normal', new THREE.BufferAttribute(this.nor, 3));
    this.geometry.setAttribute('color', new THREE.BufferAttribute(col, 3));
    this.geometry.setIndex(idx);
  }

  // Rebuilds the surface from the current rings.
  commit(): void {
    const { rings, segments, pos, nor, cosT, sinT } = this;
    const R = rings.length;
    for (let r = 0; r < R; r++) {
      const g = rings[r]!;
      // Path tangent from the neighbouring rings.
      const p = rings[Math.max(0, r - 1)]!, q = rings[Math.min(R - 1, r + 1)]!;
      let tx = q.cx - p.cx, ty = q.cy - p.cy, tz = q.cz - p.cz;
      const tl = 1 / (Math.sqrt(tx * tx + ty * ty + tz * tz) || 1);
      tx *= tl; ty *= tl; tz *= tl;
      // First axis made perpendicular to the tangent; second = tangent x first.
      const d = g.ax * tx + g.ay * ty + g.az * tz;
      let ax = g.ax - d * tx, ay = g.ay - d * ty, az = g.az - d * tz;
      const al = 1 / (Math.sqrt(ax * ax + ay * ay + az * az) || 1);
      ax *= al; ay *= al; az *= al;
      const bx = ty * az - tz * ay, by = tz * ax - tx * az, bz = tx * ay - ty * ax;
      const n = g.n ?? 2;
      for (let s = 0; s <= segments; s++) {
        let c = cosT[s]!, sn = sinT[s]!;
        // The superellipse's point, and its normal's direction (the gradient of |u|^n + |v|^n).
        let gc = c, gs = sn;
        if (n !== 2) {
          const pc = Math.abs(c) ** (2 / n), ps = Math.abs(sn) ** (2 / n);
          gc = Math.sign(c) * pc ** (n - 1); gs = Math.sign(sn) * ps ** (n - 1);
          c = Math.sign(c) * pc; sn = Math.sign(sn) * ps;
        }
        const o = (r * (segments + 1) + s) * 3;
        const fold = foldAt(g, (s / segments) * Math.PI * 2);
        pos[o] = g.cx + (ax * c * g.ra + bx * sn * g.rb) * fold.m;
        pos[o + 1] = g.cy + (ay * c * g.ra + by * sn * g.rb) * fold.m;
        pos[o + 2] = g.cz + (az * c * g.ra + bz * sn * g.rb) * fold.m;
        // Ellipse normal: gradient of (u/ra)^2 + (v/rb)^2.
        let nx = (ax * gc) / g.ra + (bx * gs) / g.rb, ny = (ay * gc) / g.ra + (by * gs) / g.rb, nz = (az * gc) / g.ra + (bz * gs) / g.rb;
        let nl = 1 / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1);
        nx *= nl; ny *= nl; nz *= nl;
        if (fold.slope !== 0) {
          // Tilted back along the ring's way round by the radius's slope (r'/r).
          let tx = -ax * sn * g.ra + bx * c * g.rb, ty = -ay * sn * g.ra + by * c * g.rb, tz = -az * sn * g.ra + bz * c * g.rb;
          const tl = 1 / (Math.sqrt(tx * tx + ty * ty + tz * tz) || 1);
          tx *= tl; ty *= tl; tz *= tl;
          nx -= fold.slope * tx; ny -= fold.slope * ty; nz -= fold.slope * tz;
          nl = 1 / (Math.sqrt(nx * nx + ny * ny + nz * nz) || 1);
          nx *= nl; ny *= nl; nz *= nl;
        }
        nor[o] = nx; nor[o + 1] = ny; nor[o + 2] = nz;
      }
    }
    (this.geometry.getAttribute('position') as THREE.BufferAttribute).needsUpdate = true;
    (this.geometry.getAttribute('normal') as THREE.BufferAttribute).needsUpdate = true;
    this.geometry.computeBoundingSphere();
  }
}

const NO_FOLD = { m: 1, slope: 0 };
const fold = { m: 1, slope: 0 };
// The radius's scale at angle t round a ring with folds, and its slope over itself (dr/dt / r).
function foldAt(g: Ring, t: number): { m: number; slope: number } {
  if (!g.folds || !g.foldDepth) return NO_FOLD;
  fold.m = 1 + 0.5 * g.foldDepth * (1 + Math.cos(g.folds * t));
  fold.slope = (-0.5 * g.foldDepth * g.folds * Math.sin(g.folds * t)) / fold.m;
  return fold;
}

// Points along the bent chain a -> b -> c (hip, knee, ankle): straight along each bone, rounded
// through a quadratic curve near the middle joint so the bend reads as flesh. s in [0, 1] runs
// along the whole chain by length; writes the point into out.
export function chainPoint(a: THREE.Vector3, b: THREE.Vector3, c: THREE.Vector3, s: number, out: THREE.Vector3): THREE.Vector3 {
  const l1 = a.distanceTo(b), l2 = b.distanceTo(c);
  const L = l1 + l2 || 1e-6;
  const d = s * L;
  const round = 0.22 * Math.min(l1, l2);
  if (d < l1 - round) return out.copy(a).lerp(b, d / (l1 || 1e-6));
  if (d > l1 + round) return out.copy(b).lerp(c, (d - l1) / (l2 || 1e-6));
  // Through the joint: a quadratic Bezier from round before it to round after it.
  const u = (d - (l1 - round)) / (2 * round);
  const p0x = b.x + (a.x - b.x) * (round / (l1 || 1)), p0y = b.y + (a.y - b.y) * (round / (l1 || 1)), p0z = b.z + (a.z - b.z) * (round / (l1 || 1));
  const p2x = b.x + (c.x - b.x) * (round / (l2 || 1)), p2y = b.y + (c.y - b.y) * (round / (l2 || 1)), p2z = b.z + (c.z - b.z) * (round / (l2 || 1));
  const w0 = (1 - u) * (1 - u), w1 = 2 * u * (1 - u), w2 = u * u;
  return out.set(p0x * w0 + b.x * w1 + p2x * w2, p0y * w0 + b.y * w1 + p2y * w2, p0z * w0 + b.z * w1 + p2z * w2);
}

// Places a ring: its centre, its first axis and radii along and across it, its roundness.
export function setRing(ring: Ring, p: THREE.Vector3, axis: THREE.Vector3, ra: number, rb: number, n = 2): void {
  ring.cx = p.x; ring.cy = p.y; ring.cz = p.z;
  ring.ax = axis.x; ring.ay = axis.y; ring.az = axis.z;
  ring.ra = ra; ring.rb = rb; ring.n = n;
}

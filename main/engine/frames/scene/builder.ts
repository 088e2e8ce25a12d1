// Accumulates many small primitives (each with its own transform and colour) into one vertex-coloured
// BufferGeometry. Static scenery built this way is a handful of meshes instead of hundreds, which is
// what both the software rasterizer and a WebGL preview want (fewer draw calls, one material).
import * as THREE from 'three';
import { mulberry32 } from '../../seeded-random';

const tmpN = new THREE.Matrix3();
const tmpP = new THREE.Vector3();
const tmpQ = new THREE.Vector3();

export class GeometryBuilder {
  private positions: number[] = [];
  private normals: number[] = [];
  private colors: number[] = [];
  private indices: number[] = [];

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  // Adds `geometry` transformed by `matrix`, painted `color` (or by a per-vertex callback).
  add(geometry: THREE.BufferGeometry, matrix: THREE.Matrix4, color: THREE.ColorRepresentation | ((p: THREE.Vector3, n: THREE.Vector3) => THREE.Color)): this {
    const pos = geometry.getAttribute('position');
    if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
    const nor = geometry.getAttribute('normal');
    const base = this.vertexCount;
    tmpN.getNormalMatrix(matrix);
    const flat = typeof color === 'function' ? null : new THREE.Color(color);
    for (let i = 0; i < pos.count; i++) {
      tmpP.fromBufferAttribute(pos, i).applyMatrix4(matrix);
      tmpQ.fromBufferAttribute(nor, i).applyMatrix3(tmpN).normalize();
      this.positions.push(tmpP.x, tmpP.y, tmpP.z);
      this.normals.push(tmpQ.x, tmpQ.y, tmpQ.z);
      const c = flat ?? (color as (p: THREE.Vector3, n: THREE.Vector3) => THREE.Color)(tmpP, tmpQ);
      this.colors.push(c.r, c.g, c.b);
    }
    if (geometry.index) {
      for (let i = 0; i < geometry.index.count; i++) this.indices.push(base + geometry.index.getX(i));
    } else {
      for (let i = 0; i < pos.count; i++) this.indices.push(base + i);
    }
    // If the matrix mirrors (negative determinant), flip winding so faces still point outwards.
    if (matrix.determinant() < 0) {
      const from = this.indices.length - (geometry.index ? geometry.index.count : pos.count);
      for (let i = from; i + 2 < this.indices.length; i += 3) {
        const t = this.indices[i + 1]!;
        this.indices[i + 1] = this.indices[i + 2]!;
        this.indices[i + 2] = t;
      }
    }
    return this;
  }

  // Axis-aligned box given its centre and full size, optionally rotated about Y.
  box(center: THREE.Vector3Like, size: THREE.Vector3Like, color: THREE.ColorRepresentation, yaw = 0): this {
    const m = new THREE.Matrix4().compose(
      new THREE.Vector3(center.x, center.y, center.z),
      new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), yaw),
      new THREE.Vector3(size.x, size.y, size.z),
    );
    return this.add(UNIT_BOX, m, color);
  }

  build(): THREE.BufferGeometry {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(this.positions, 3));
    g.setAttribute('normal', new THREE.Float32BufferAttribute(this.normals, 3));
    g.setAttribute('color', new THREE.Float32BufferAttribute(this.colors, 3));
    g.setIndex(this.vertexCount > 65535 ? new THREE.Uint32BufferAttribute(this.indices, 1) : new THREE.Uint16BufferAttribute(this.indices, 1));
    g.computeBoundingSphere();
    return g;
  }

  // Scenery built this way stands still: it casts sun shadows (opt out with castShadow = false, as
  // a ceiling must) and is drawn into the shadow map once for the whole clip.
  mesh(material?: THREE.Material): THREE.Mesh {
    const mesh = new THREE.Mesh(this.build(), material ?? new THREE.MeshLambertMaterial({ vertexColors: true }));
    mesh.castShadow = true;
    mesh.userData.static = true;
    return mesh;
  }
}

export const UNIT_BOX = new THREE.BoxGeometry(1, 1, 1);

// A flat ribbon on a horizontal plane (height y) along a 2D polyline in (x, z): how court lines,
// lane markings and paths are drawn. Normals point up.
export function ribbonGeometry(points: readonly (readonly [number, number])[], width: number, y: number, closed = false): THREE.BufferGeometry {
  const pos: number[] = [];
  const idx: number[] = [];
  const n = points.length;
  const h = width / 2;
  for (let i = 0; i < n; i++) {
    const prev = points[closed ? (i - 1 + n) % n : Math.max(0, i - 1)]!;
    const next = points[closed ? (i + 1) % n : Math.min(n - 1, i + 1)]!;
    let dx = next[0] - prev[0];
    let dz = next[1] - prev[1];
    const len = Math.hypot(dx, dz) || 1;
    dx /= len; dz /= len;
    const p = points[i]!;
    // Left/right offsets perpendicular to the local direction.
    pos.push(p[0] - dz * h, y, p[1] + dx * h, p[0] + dz * h, y, p[1] - dx * h);
  }
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const a = i * 2, b = ((i + 1) % n) * 2;
    // Wound so the face points up (+y) in three's counter-clockwise convention.
    idx.push(a, b, a + 1, a + 1, b, b + 1);
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  const up = new Float32Array(pos.length);
  for (let i = 1; i < up.length; i += 3) up[i] = 1;
  g.setAttribute('normal', new THREE.BufferAttribute(up, 3));
  g.setIndex(idx);
  return g;
}

export function arcPoints(cx: number, cz: number, r: number, a0: number, a1: number, segments: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const a = a0 + ((a1 - a0) * i) / segments;
    out.push([cx + Math.cos(a) * r, cz + Math.sin(a) * r]);
  }
  return out;
}

// Deterministic PRNG for scenery scatter: the same plan must always draw the same trees.
export function rng(seed: number): () => number {
  return mulberry32(seed).next;
}

export function color(hex: number): THREE.Color {
  return new THREE.Color(hex);
}

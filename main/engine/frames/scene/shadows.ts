// Soft contact shadows: a dark radial-gradient disc on the surface under each ball and person,
// growing and fading with height and nudged away from the key light. Far cheaper than shadow maps and
// it is the cue that tells the eye where a ball is relative to the floor.
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import { rampGeometry, tableGeometry } from '../../simulate/fixtures';
import { stairsGeometry } from '../../simulate/stairs';

const RINGS = [0, 0.35, 0.65, 1] as const;
const RING_ALPHA = [1, 0.8, 0.35, 0] as const;
const SEGMENTS = 24;

// Unit-radius disc on the xz plane, alpha falling from the centre to 0 at the rim.
function blobGeometry(): THREE.BufferGeometry {
  const pos: number[] = [];
  const col: number[] = [];
  const idx: number[] = [];
  pos.push(0, 0, 0);
  col.push(0, 0, 0, RING_ALPHA[0]);
  for (let r = 1; r < RINGS.length; r++) {
    for (let s = 0; s < SEGMENTS; s++) {
      const a = (s / SEGMENTS) * Math.PI * 2;
      pos.push(Math.cos(a) * RINGS[r]!, 0, Math.sin(a) * RINGS[r]!);
      col.push(0, 0, 0, RING_ALPHA[r]!);
    }
  }
  const ring = (r: number, s: number): number => 1 + (r - 1) * SEGMENTS + (s % SEGMENTS);
  for (let s = 0; s < SEGMENTS; s++) idx.push(0, ring(1, s + 1), ring(1, s));
  for (let r = 1; r + 1 < RINGS.length; r++) {
    for (let s = 0; s < SEGMENTS; s++) {
      idx.push(ring(r, s), ring(r, s + 1), ring(r + 1, s + 1), ring(r, s), ring(r + 1, s + 1), ring(r + 1, s));
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('normal', new THREE.Float32BufferAttribute(pos.map((_, i) => (i % 3 === 1 ? 1 : 0)), 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(col, 4));
  g.setIndex(idx);
  return g;
}

const BLOB = blobGeometry();

export interface Blob {
  mesh: THREE.Mesh;
  // Places the shadow for an object whose lowest point is at `p` (x, z) with height p.y above the floor
  // plane, of footprint radius `radius`.
  place(p: THREE.Vector3, radius: number): void;
}

// Height of whatever static surface is under (x, z): tables and ramps, else the floor.
export function surfaceHeight(plan: ScenePlan): (x: number, z: number) => number {
  const tops = plan.entities.flatMap((e) => {
    if (e.kind === 'table') {
      const g = tableGeometry(e);
      const [cx, , cz] = g.top.center;
      const [hx, , hz] = g.top.halfExtents;
      return [(x: number, z: number) => (Math.abs(x - cx) <= hx && Math.abs(z - cz) <= hz ? g.topY : 0)];
    }
    if (e.kind === 'stairs') {
      const g = stairsGeometry(e);
      const hz = e.size[2] ?? 0.6;
      return [(x: number, z: number) => (Math.abs(z - e.position[2]) <= hz ? g.treadY(x) : 0)];
    }
    if (e.kind === 'ramp') {
      const g = rampGeometry(e);
      const [cx, , cz] = e.position;
      const hx = e.size[0] ?? 1, hz = e.size[2] ?? 0.4;
      return [(x: number, z: number) => (Math.abs(x - cx) <= hx && Math.abs(z - cz) <= hz ? g.surfaceY(x) : 0)];
    }
    return [];
  });
  return (x, z) => tops.reduce((m, f) => Math.max(m, f(x, z)), 0);
}

export function createBlob(keyDir: THREE.Vector3, strength: number, ground: (x: number, z: number) => number): Blob {
  const mat = new THREE.MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, opacity: strength });
  const mesh = new THREE.Mesh(BLOB, mat);
  mesh.name = 'blob-shadow';
  mesh.renderOrder = 1;
  // Shadows fall away from the light, by at most a couple of radii, so low suns don't fling them far.
  const dy = Math.max(keyDir.y, 0.25);
  return {
    mesh,
    place(p, radius) {
      const floorY = ground(p.x, p.z);
      const h = Math.max(0, p.y - floorY);
      const maxShift = radius * 2;
      let sx = (-keyDir.x / dy) * h;
      let sz = (-keyDir.z / dy) * h;
      const sl = Math.hypot(sx, sz);
      if (sl > maxShift) { sx *= maxShift / sl; sz *= maxShift / sl; }
      const spread = radius * (1.1 + h * 0.6);
      mesh.position.set(p.x + sx, floorY + 0.008, p.z + sz);
      mesh.scale.set(spread, 1, spread);
      mat.opacity = strength * Math.max(0, 1 - h / (6 + radius * 10)) / (1 + h * 0.5);
      mesh.visible = mat.opacity > 0.01;
    },
  };
}

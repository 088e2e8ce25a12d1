// A hoop's net: a diamond lattice of thin ribbons between rings hung from the rim, its vertices
// recomputed per frame, so it swishes (pulled down and swung towards the board, ringing out) when the
// trace says the ball scored through it, and jiggles when the ball hits the rim.
import * as THREE from 'three';
import type { TraceEvent } from '../../../contract/world-trace-types';
import type { HoopGeometry } from '../../simulate/fixtures';

const NET_SEGMENTS = 12;
// Rings of the net as fractions of its length (y) and of the rim radius (r).
const NET_LEVELS = [
  { y: 0, r: 1 },
  { y: -0.27, r: 0.9 },
  { y: -0.52, r: 0.78 },
  { y: -0.76, r: 0.68 },
  { y: -1, r: 0.6 },
] as const;
// Half the width of a ribbon, in metres.
const RIBBON_HALF_WIDTH = 0.006;

type Strand = [level0: number, around0: number, level1: number, around1: number];

export interface NetView {
  mesh: THREE.Mesh;
  update(t: number): void;
}

// Each ribbon joins a point on one ring to the two nearest on the next, half a segment round.
function netStrands(): Strand[] {
  const strands: Strand[] = [];
  for (let k = 0; k + 1 < NET_LEVELS.length; k++) {
    for (let j = 0; j < NET_SEGMENTS; j++) {
      const a0 = j + (k % 2) * 0.5;
      strands.push([k, a0, k + 1, a0 + 0.5], [k, a0, k + 1, a0 - 0.5]);
    }
  }
  return strands;
}

// How far the net swings towards the board (push) and stretches (a share of its length) at time t.
function netMotion(t: number, swishTimes: readonly number[], hits: readonly { t: number; k: number }[]): { push: number; stretch: number } {
  let push = 0;
  let stretch = 0;
  for (const ts of swishTimes) {
    const dt = t - ts;
    if (dt >= -0.06 && dt < 2.5) {
      const d = Math.max(0, dt);
      push += 0.09 * Math.exp(-d * 3.2) * Math.sin(d * 11 + 0.4);
      stretch += 0.14 * Math.exp(-d * 6) * Math.min(1, (dt + 0.06) / 0.06);
    }
  }
  for (const h of hits) {
    const dt = t - h.t;
    if (dt >= 0 && dt < 1.5) push += 0.035 * h.k * Math.exp(-dt * 4) * Math.sin(dt * 14);
  }
  return { push, stretch };
}

// Writes every ribbon's quad (positions and outward normals) for the net swung by `push` and `len` long.
function writeRibbons(strands: readonly Strand[], rimR: number, push: number, len: number, pos: Float32Array, nor: Float32Array): void {
  const pt = (level: number, a: number): [number, number, number] => {
    const L = NET_LEVELS[level]!;
    const ang = (a / NET_SEGMENTS) * Math.PI * 2;
    const depth = -L.y;
    const r = rimR * L.r;
    return [Math.cos(ang) * r + push * depth * depth, L.y * len, Math.sin(ang) * r];
  };
  let o = 0;
  for (const [k0, a0, k1, a1] of strands) {
    const p = pt(k0, a0);
    const q = pt(k1, a1);
    // Ribbon width runs around the net; its normal points outwards.
    const mid = ((a0 + a1) / 2 / NET_SEGMENTS) * Math.PI * 2;
    const tx = -Math.sin(mid) * RIBBON_HALF_WIDTH, tz = Math.cos(mid) * RIBBON_HALF_WIDTH;
    const nx = Math.cos(mid), nz = Math.sin(mid);
    const quad = [p[0] - tx, p[1], p[2] - tz, p[0] + tx, p[1], p[2] + tz, q[0] - tx, q[1], q[2] - tz, q[0] + tx, q[1], q[2] + tz];
    for (let v = 0; v < 4; v++) {
      pos[o + v * 3] = quad[v * 3]!;
      pos[o + v * 3 + 1] = quad[v * 3 + 1]!;
      pos[o + v * 3 + 2] = quad[v * 3 + 2]!;
      nor[o + v * 3] = nx;
      nor[o + v * 3 + 1] = 0;
      nor[o + v * 3 + 2] = nz;
    }
    o += 12;
  }
}

export function buildNet(g: HoopGeometry, hoopId: string | null, events: readonly TraceEvent[]): NetView {
  const strands = netStrands();
  const pos = new Float32Array(strands.length * 12);
  const nor = new Float32Array(strands.length * 12);
  const index: number[] = [];
  for (let s = 0; s < strands.length; s++) index.push(s * 4, s * 4 + 1, s * 4 + 2, s * 4 + 2, s * 4 + 1, s * 4 + 3);
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  geometry.setAttribute('normal', new THREE.BufferAttribute(nor, 3));
  geometry.setIndex(index);
  const mesh = new THREE.Mesh(geometry, new THREE.MeshLambertMaterial({ color: 0xf2f2f2, side: THREE.DoubleSide }));
  mesh.name = 'net';
  // It swishes: never cached in a static shadow map.
  mesh.userData.dynamic = true;
  mesh.position.set(...g.rimCenter);
  mesh.frustumCulled = false;

  const swishTimes = events.flatMap((e) => (e.kind === 'score' && e.target === hoopId ? [e.t] : []));
  const hits = events.flatMap((e) => (e.kind === 'contact' && (e.a === hoopId || e.b === hoopId) ? [{ t: e.t, k: Math.min(1, e.impulse / 3) }] : []));
  const update = (t: number): void => {
    const { push, stretch } = netMotion(t, swishTimes, hits);
    writeRibbons(strands, g.rimRadius, push, g.netLength * (1 + stretch), pos, nor);
    geometry.getAttribute('position').needsUpdate = true;
    geometry.getAttribute('normal').needsUpdate = true;
  };
  return { mesh, update };
}

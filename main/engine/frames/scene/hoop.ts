// A basketball hoop drawn from the simulator's HoopGeometry (main/engine/simulate/fixtures), so the
// rim and board the ball bounces off are exactly where they are drawn: pole with padding, arm, white
// backboard with its markings, orange rim, and a net that swishes when the trace says it scored.
import * as THREE from 'three';
import type { TraceEvent } from '../../../contract/world-trace-types';
import type { BoxPart, HoopGeometry } from '../../simulate/fixtures';
import { GeometryBuilder } from './builder';

export interface HoopView {
  group: THREE.Group;
  update(t: number): void;
}

const NET_SEGMENTS = 12;
// Rings of the net as fractions of its length (y) and of the rim radius (r).
const NET_LEVELS = [
  { y: 0, r: 1 },
  { y: -0.27, r: 0.9 },
  { y: -0.52, r: 0.78 },
  { y: -0.76, r: 0.68 },
  { y: -1, r: 0.6 },
] as const;

function addPart(b: GeometryBuilder, p: BoxPart, color: number): void {
  b.box({ x: p.center[0], y: p.center[1], z: p.center[2] }, { x: 2 * p.halfExtents[0], y: 2 * p.halfExtents[1], z: 2 * p.halfExtents[2] }, color);
}

// The hoop's geometry faces -x (board on the +x side of the rim). The returned group is positioned in
// world space; callers may rotate it about the rim (the decorative far basket in a gym does).
export function buildHoop(g: HoopGeometry, hoopId: string | null, events: readonly TraceEvent[]): HoopView {
  const group = new THREE.Group();
  group.name = `hoop:${hoopId ?? 'decor'}`;
  const [rx, ry, rz] = g.rimCenter;
  const b = new GeometryBuilder();
  // Pole, its padding, and a base plate.
  const [px, , pz] = g.pole.base;
  b.add(new THREE.CylinderGeometry(g.pole.radius, g.pole.radius, g.pole.height, 14), new THREE.Matrix4().makeTranslation(px, g.pole.height / 2, pz), 0x34495e);
  b.box({ x: px, y: 0.9, z: pz }, { x: g.pole.radius * 3.6, y: 1.8, z: g.pole.radius * 3.6 }, 0x1f4e8c);
  b.box({ x: px + 0.2, y: 0.08, z: pz }, { x: 1.4, y: 0.16, z: 1.0 }, 0x2c3e50);
  addPart(b, g.arm, 0x34495e);
  addPart(b, g.board, 0xf4f6f7);
  addPart(b, g.bracket, 0xd35400);
  // Board markings on its front (-x) face: border and the shooter's square above the rim.
  const face = g.board.center[0] - g.board.halfExtents[0] - 0.003;
  const lw = 0.05;
  const rect = (cy: number, cz: number, h: number, w: number): void => {
    b.box({ x: face, y: cy + h / 2 - lw / 2, z: cz }, { x: 0.006, y: lw, z: w }, 0x111111);
    b.box({ x: face, y: cy - h / 2 + lw / 2, z: cz }, { x: 0.006, y: lw, z: w }, 0x111111);
    b.box({ x: face, y: cy, z: cz - w / 2 + lw / 2 }, { x: 0.006, y: h, z: lw }, 0x111111);
    b.box({ x: face, y: cy, z: cz + w / 2 - lw / 2 }, { x: 0.006, y: h, z: lw }, 0x111111);
  };
  rect(g.board.center[1], g.board.center[2], 2 * g.board.halfExtents[1], 2 * g.board.halfExtents[2]);
  rect(ry + 0.225, rz, 0.45, 0.59);
  const structure = b.mesh();
  structure.name = 'hoop-structure';
  group.add(structure);

  // Drawn a little thicker than the collider's steel tube so it stays visible at video resolution.
  const rim = new THREE.Mesh(
    new THREE.TorusGeometry(g.rimRadius, Math.max(g.tubeRadius, 0.012), 8, 40),
    new THREE.MeshPhongMaterial({ color: 0xe4571b, specular: 0x888888, shininess: 40 }),
  );
  rim.rotation.x = Math.PI / 2;
  rim.position.set(rx, ry, rz);
  rim.name = 'rim';
  group.add(rim);

  // Net: a diamond lattice of thin ribbons between rings; its vertices are recomputed per frame.
  const strands: [number, number, number, number][] = [];
  for (let k = 0; k + 1 < NET_LEVELS.length; k++) {
    for (let j = 0; j < NET_SEGMENTS; j++) {
      const a0 = j + (k % 2) * 0.5;
      strands.push([k, a0, k + 1, a0 + 0.5], [k, a0, k + 1, a0 - 0.5]);
    }
  }
  const netPos = new Float32Array(strands.length * 12);
  const netNor = new Float32Array(strands.length * 12);
  const netIdx: number[] = [];
  for (let s = 0; s < strands.length; s++) netIdx.push(s * 4, s * 4 + 1, s * 4 + 2, s * 4 + 2, s * 4 + 1, s * 4 + 3);
  const netGeo = new THREE.BufferGeometry();
  netGeo.setAttribute('position', new THREE.BufferAttribute(netPos, 3));
  netGeo.setAttribute('normal', new THREE.BufferAttribute(netNor, 3));
  netGeo.setIndex(netIdx);
  const net = new THREE.Mesh(netGeo, new THREE.MeshLambertMaterial({ color: 0xf2f2f2, side: THREE.DoubleSide }));
  net.name = 'net';
  // It swishes: never cached in a static shadow map.
  net.userData.dynamic = true;
  net.position.set(rx, ry, rz);
  net.frustumCulled = false;
  group.add(net);

  const swishTimes = events.flatMap((e) => (e.kind === 'score' && e.target === hoopId ? [e.t] : []));
  const hits = events.flatMap((e) => (e.kind === 'contact' && (e.a === hoopId || e.b === hoopId) ? [{ t: e.t, k: Math.min(1, e.impulse / 3) }] : []));
  const rimR = g.rimRadius;

  const update = (t: number): void => {
    // A swish pulls the net down and swings it towards the board, ringing out; rim hits jiggle it.
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
    const len = g.netLength * (1 + stretch);
    const hw = 0.006;
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
      const tx = -Math.sin(mid) * hw, tz = Math.cos(mid) * hw;
      const nx = Math.cos(mid), nz = Math.sin(mid);
      const quad = [p[0] - tx, p[1], p[2] - tz, p[0] + tx, p[1], p[2] + tz, q[0] - tx, q[1], q[2] - tz, q[0] + tx, q[1], q[2] + tz];
      for (let v = 0; v < 4; v++) {
        netPos[o + v * 3] = quad[v * 3]!;
        netPos[o + v * 3 + 1] = quad[v * 3 + 1]!;
        netPos[o + v * 3 + 2] = quad[v * 3 + 2]!;
        netNor[o + v * 3] = nx;
        netNor[o + v * 3 + 1] = 0;
        netNor[o + v * 3 + 2] = nz;
      }
      o += 12;
    }
    netGeo.getAttribute('position').needsUpdate = true;
    netGeo.getAttribute('normal').needsUpdate = true;
  };
  update(-1);
  return { group, update };
}

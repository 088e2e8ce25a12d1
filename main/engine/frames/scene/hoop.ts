// A basketball hoop drawn from the simulator's HoopGeometry (main/engine/simulate/fixtures), so the
// rim and board the ball bounces off are exactly where they are drawn: pole with padding, arm, white
// backboard with its markings, orange rim, and a net that swishes when the trace says it scored
// (hoop-net.ts).
import * as THREE from 'three';
import type { TraceEvent } from '../../../contract/world-trace-types';
import type { BoxPart, HoopGeometry } from '../../simulate/fixtures';
import { GeometryBuilder } from './builder';
import { buildNet } from './hoop-net';

export interface HoopView {
  group: THREE.Group;
  update(t: number): void;
}

function addPart(b: GeometryBuilder, p: BoxPart, color: number): void {
  b.box({ x: p.center[0], y: p.center[1], z: p.center[2] }, { x: 2 * p.halfExtents[0], y: 2 * p.halfExtents[1], z: 2 * p.halfExtents[2] }, color);
}

// Board markings on its front (-x) face: the border and the shooter's square above the rim.
function addBoardMarkings(b: GeometryBuilder, g: HoopGeometry): void {
  const face = g.board.center[0] - g.board.halfExtents[0] - 0.003;
  const lw = 0.05;
  const rect = (cy: number, cz: number, h: number, w: number): void => {
    b.box({ x: face, y: cy + h / 2 - lw / 2, z: cz }, { x: 0.006, y: lw, z: w }, 0x111111);
    b.box({ x: face, y: cy - h / 2 + lw / 2, z: cz }, { x: 0.006, y: lw, z: w }, 0x111111);
    b.box({ x: face, y: cy, z: cz - w / 2 + lw / 2 }, { x: 0.006, y: h, z: lw }, 0x111111);
    b.box({ x: face, y: cy, z: cz + w / 2 - lw / 2 }, { x: 0.006, y: h, z: lw }, 0x111111);
  };
  rect(g.board.center[1], g.board.center[2], 2 * g.board.halfExtents[1], 2 * g.board.halfExtents[2]);
  rect(g.rimCenter[1] + 0.225, g.rimCenter[2], 0.45, 0.59);
}

// Everything that stands still: pole, its padding and base plate, arm, board, bracket, markings.
function buildStructure(g: HoopGeometry): THREE.Mesh {
  const b = new GeometryBuilder();
  const [px, , pz] = g.pole.base;
  b.add(new THREE.CylinderGeometry(g.pole.radius, g.pole.radius, g.pole.height, 14), new THREE.Matrix4().makeTranslation(px, g.pole.height / 2, pz), 0x34495e);
  b.box({ x: px, y: 0.9, z: pz }, { x: g.pole.radius * 3.6, y: 1.8, z: g.pole.radius * 3.6 }, 0x1f4e8c);
  b.box({ x: px + 0.2, y: 0.08, z: pz }, { x: 1.4, y: 0.16, z: 1.0 }, 0x2c3e50);
  addPart(b, g.arm, 0x34495e);
  addPart(b, g.board, 0xf4f6f7);
  addPart(b, g.bracket, 0xd35400);
  addBoardMarkings(b, g);
  const structure = b.mesh();
  structure.name = 'hoop-structure';
  return structure;
}

// Drawn a little thicker than the collider's steel tube so it stays visible at video resolution.
function buildRim(g: HoopGeometry): THREE.Mesh {
  const rim = new THREE.Mesh(
    new THREE.TorusGeometry(g.rimRadius, Math.max(g.tubeRadius, 0.012), 8, 40),
    new THREE.MeshPhongMaterial({ color: 0xe4571b, specular: 0x888888, shininess: 40 }),
  );
  rim.rotation.x = Math.PI / 2;
  rim.position.set(...g.rimCenter);
  rim.name = 'rim';
  return rim;
}

// The hoop's geometry faces -x (board on the +x side of the rim). The returned group is positioned in
// world space; callers may rotate it about the rim (the decorative far basket in a gym does).
export function buildHoop(g: HoopGeometry, hoopId: string | null, events: readonly TraceEvent[]): HoopView {
  const group = new THREE.Group();
  group.name = `hoop:${hoopId ?? 'decor'}`;
  const net = buildNet(g, hoopId, events);
  group.add(buildStructure(g), buildRim(g), net.mesh);
  net.update(-1);
  return { group, update: net.update };
}

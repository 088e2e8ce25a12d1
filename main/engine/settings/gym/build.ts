// Indoor gym: maple plank floor with a court, padded walls with a stripe and high windows, a dark
// ceiling with light panels, bleachers on the far side, scoreboard, and a second hoop at the other end.
import * as THREE from 'three';
import { GeometryBuilder } from '../../frames/scene/builder';
import { buildCourtMarkings, courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import { buildHoop } from '../../frames/scene/hoop';
import { hoopGeometry } from '../../simulate/fixtures';
import { COURT, courtToWorld, type SceneLayout } from '../../frames/scene/layout';
import { paintSurface, patternedMaterial, woodSurface } from '../../frames/shading/surfaces';

type Interior = NonNullable<SceneLayout['interior']>;

// Floor: maple boards along the court (drawn per pixel by the wood surface), a lighter stain on
// the court and a darker one on the apron round it, varnished to a soft gloss.
function buildFloor(layout: SceneLayout, interior: Interior): THREE.Mesh {
  const floor = new GeometryBuilder();
  const plane = new THREE.PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
  const inCourt = 0xdcaa6c, apron = 0xb27a45;
  const { halfLength: HL, halfWidth: HW } = interior;
  const L = COURT.halfLength, Wc = COURT.halfWidth;
  floor.add(plane, new THREE.Matrix4().compose(new THREE.Vector3(0, 0, 0), new THREE.Quaternion(), new THREE.Vector3(2 * L, 1, 2 * Wc)), inCourt);
  for (const [cx, cz, sx, sz] of [[0, -(HW + Wc) / 2, 2 * HL, HW - Wc], [0, (HW + Wc) / 2, 2 * HL, HW - Wc], [-(HL + L) / 2, 0, HL - L, 2 * Wc], [(HL + L) / 2, 0, HL - L, 2 * Wc]] as const) {
    floor.add(plane, new THREE.Matrix4().compose(new THREE.Vector3(cx, 0, cz), new THREE.Quaternion(), new THREE.Vector3(sx, 1, sz)), apron);
  }
  const u = layout.court.u;
  const boards = woodSurface({ along: [u[0], u[2]], boardWidthM: 0.057, boardLengthM: 2.4, roughness: 0.32, seed: 7 });
  const floorMesh = floor.mesh(patternedMaterial(boards, { roughness: 0.32 }));
  floorMesh.name = 'floor';
  // Flat on the ground: it receives shadows but has nothing to cast them on.
  floorMesh.castShadow = false;
  return floorMesh;
}

// Walls (inward facing), with a padded lower band, a team stripe and windows up high.
function buildWalls(interior: Interior, env: Environment): THREE.Mesh {
  const { halfLength: HL, halfWidth: HW, height: H } = interior;
  const walls = new GeometryBuilder();
  const wallC = 0xd8d0bf, padC = 0x24427a, stripeC = 0xc0392b, trimC = 0x6d6a64;
  const windowC = env.night ? 0x16203a : 0xcfe6fa;
  const wallThick = 0.2;
  const sides: { c: [number, number]; len: number; yaw: number }[] = [
    { c: [0, -HW], len: 2 * HL, yaw: 0 },
    { c: [0, HW], len: 2 * HL, yaw: Math.PI },
    { c: [-HL, 0], len: 2 * HW, yaw: Math.PI / 2 },
    { c: [HL, 0], len: 2 * HW, yaw: -Math.PI / 2 },
  ];
  for (const w of sides) {
    // Offsets along the wall and out from it, in the wall's own frame.
    const along = new THREE.Vector3(Math.cos(w.yaw), 0, -Math.sin(w.yaw));
    const inward = new THREE.Vector3(Math.sin(w.yaw), 0, Math.cos(w.yaw));
    const at = (a: number, y: number, d: number): THREE.Vector3 =>
      new THREE.Vector3(w.c[0], y, w.c[1]).addScaledVector(along, a).addScaledVector(inward, d);
    walls.box(at(0, H / 2, -wallThick / 2), { x: w.len, y: H, z: wallThick }, wallC, w.yaw);
    walls.box(at(0, 1.0, 0.06), { x: w.len, y: 2.0, z: 0.12 }, padC, w.yaw);
    walls.box(at(0, 2.35, 0.02), { x: w.len, y: 0.3, z: 0.04 }, stripeC, w.yaw);
    walls.box(at(0, H - 0.6, 0.03), { x: w.len, y: 1.2, z: 0.06 }, trimC, w.yaw);
    const nWin = Math.floor(w.len / 4.5);
    for (let i = 0; i < nWin; i++) {
      const a = -w.len / 2 + (i + 0.5) * (w.len / nWin);
      walls.box(at(a, H - 2.6, 0.02), { x: 2.6, y: 1.6, z: 0.04 }, windowC, w.yaw);
    }
  }
  const wallMesh = walls.mesh(patternedMaterial(paintSurface(), { roughness: 0.75 }));
  wallMesh.name = 'walls';
  // The lights hang inside the hall: its walls and roof only bound it.
  wallMesh.castShadow = false;
  return wallMesh;
}

// Ceiling and trusses.
function buildCeiling(interior: Interior): THREE.Mesh[] {
  const { halfLength: HL, halfWidth: HW, height: H } = interior;
  const ceil = new GeometryBuilder();
  ceil.box({ x: 0, y: H + 0.1, z: 0 }, { x: 2 * HL, y: 0.2, z: 2 * HW }, 0x3b3f46);
  for (let s = -HL + 3; s < HL; s += 6) ceil.box({ x: s, y: H - 0.5, z: 0 }, { x: 0.3, y: 0.8, z: 2 * HW }, 0x55595f);
  const ceilMesh = ceil.mesh();
  ceilMesh.name = 'ceiling';
  // The key light stands for the ceiling's own lamps: the roof must not shade the hall.
  ceilMesh.castShadow = false;
  // Light panels glow (unlit), which is what makes the ceiling read as a lit gym.
  const panels = new GeometryBuilder();
  for (let s = -HL + 6; s < HL - 3; s += 6) {
    for (let t = -HW + 4; t < HW - 2; t += 6) panels.box({ x: s, y: H - 0.02, z: t }, { x: 2.2, y: 0.05, z: 1.0 }, 0xfff8e8);
  }
  const panelMesh = panels.mesh(new THREE.MeshBasicMaterial({ vertexColors: true }));
  panelMesh.name = 'light-panels';
  panelMesh.castShadow = false;
  return [ceilMesh, panelMesh];
}

// Bleachers along the far long side (+v, behind the action from the default camera), team seats.
function buildBleachers(interior: Interior): THREE.Mesh {
  const HW = interior.halfWidth;
  const bl = new GeometryBuilder();
  const rows = 6;
  const depth = Math.max(0.8, (HW - COURT.halfWidth - 1.2) / rows);
  for (let r = 0; r < rows; r++) {
    const t = COURT.halfWidth + 1.4 + r * depth + depth / 2;
    if (t > HW - 0.1) break;
    const y = 0.45 * (r + 1);
    bl.box({ x: 0, y: y / 2, z: t }, { x: 2 * COURT.halfLength - 4, y, z: depth }, r % 2 === 0 ? 0x8a6a48 : 0x7a5c3e);
    bl.box({ x: 0, y: y + 0.12, z: t - depth * 0.25 }, { x: 2 * COURT.halfLength - 4.2, y: 0.24, z: 0.3 }, r % 2 === 0 ? 0x2f5fa8 : 0xd9dde2);
  }
  const blMesh = bl.mesh();
  blMesh.name = 'bleachers';
  return blMesh;
}

// Scoreboard on the end wall opposite the main hoop; its digits glow.
function buildScoreboard(interior: Interior): THREE.Mesh[] {
  const HL = interior.halfLength;
  const sb = new GeometryBuilder();
  sb.box({ x: HL - 0.3, y: 6.2, z: 0 }, { x: 0.4, y: 1.8, z: 4.2 }, 0x1b1d22);
  const sbMesh = sb.mesh();
  sbMesh.name = 'scoreboard';
  const digits = new GeometryBuilder();
  digits.box({ x: HL - 0.52, y: 6.4, z: -1.1 }, { x: 0.05, y: 0.7, z: 1.3 }, 0xff3b2f);
  digits.box({ x: HL - 0.52, y: 6.4, z: 1.1 }, { x: 0.05, y: 0.7, z: 1.3 }, 0xffb02e);
  const digitMesh = digits.mesh(new THREE.MeshBasicMaterial({ vertexColors: true }));
  digitMesh.name = 'scoreboard-digits';
  return [sbMesh, digitMesh];
}

// The far basket, purely decorative: the simulator's hoop geometry turned to face back down the court.
function buildFarHoop(layout: SceneLayout): THREE.Group {
  const u = layout.court.u;
  const far = courtToWorld(layout, COURT.halfLength - COURT.rimFromBaseline, 0);
  const decor = buildHoop(hoopGeometry({ position: [0, 3.05, 0], size: [0.2286] }), null, []);
  const holder = new THREE.Group();
  holder.position.set(far[0], 0, far[2]);
  // Same rotation as the court frame: local x -> u, so the hoop's facing (local -x) becomes -u.
  holder.rotation.y = Math.atan2(-u[2], u[0]);
  holder.add(decor.group);
  return holder;
}

export function buildGym(layout: SceneLayout, env: Environment): THREE.Group {
  const group = new THREE.Group();
  group.name = 'gym';
  const interior = layout.interior ?? { halfLength: 18, halfWidth: 12.5, height: 10 };
  const local = courtFrame(layout);
  group.add(local);
  local.add(buildFloor(layout, interior));
  local.add(buildCourtMarkings(layout, { line: 0xf7f4ee, paint: 0x9b2d2a, centerFill: 0x9b2d2a, half: false }));
  local.add(buildWalls(interior, env), ...buildCeiling(interior), buildBleachers(interior), ...buildScoreboard(interior));
  group.add(buildFarHoop(layout));
  return group;
}

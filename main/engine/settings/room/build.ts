// A living room sized around the action: plank floor, painted walls with a skirting board, a window
// showing the time of day, a rug under the action, a sofa and a bookshelf against the back wall.
import * as THREE from 'three';
import { GeometryBuilder, rng } from '../../frames/scene/builder';
import { courtFrame } from '../../frames/scene/court';
import type { Environment } from '../../frames/scene/environment';
import type { SceneLayout } from '../../frames/scene/layout';
import { clothSurface, paintSurface, withPattern, woodSurface } from '../../frames/shading/surfaces';

export function buildRoom(layout: SceneLayout, env: Environment): THREE.Group {
  const group = new THREE.Group();
  group.name = 'room';
  const local = courtFrame(layout);
  group.add(local);
  const interior = layout.interior ?? { halfLength: 4.5, halfWidth: 3.5, height: 2.8 };
  const HL = interior.halfLength, HW = interior.halfWidth, H = interior.height;
  const rand = rng(5);

  // Oak boards along the room (drawn per pixel by the wood surface), oiled to a low sheen.
  const floor = new GeometryBuilder();
  floor.add(new THREE.PlaneGeometry(2 * HL, 2 * HW).rotateX(-Math.PI / 2), new THREE.Matrix4(), 0x9a6b43);
  const u = layout.court.u;
  const boards = woodSurface({ along: [u[0], u[2]], boardWidthM: 0.14, boardLengthM: 1.6, roughness: 0.45, seed: 5 });
  const floorMesh = floor.mesh(withPattern(new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.45 }), boards));
  floorMesh.name = 'floor';
  // Flat on the ground: it receives shadows but has nothing to cast them on.
  floorMesh.castShadow = false;
  local.add(floorMesh);

  // Walls: the lamp hangs inside the room, so they bound it without shading it.
  const walls = new GeometryBuilder();
  const wallC = 0xe6dccb;
  walls.box({ x: 0, y: H / 2, z: -HW - 0.1 }, { x: 2 * HL, y: H, z: 0.2 }, wallC);
  walls.box({ x: 0, y: H / 2, z: HW + 0.1 }, { x: 2 * HL, y: H, z: 0.2 }, wallC);
  walls.box({ x: -HL - 0.1, y: H / 2, z: 0 }, { x: 0.2, y: H, z: 2 * HW }, 0xd9cdb8);
  walls.box({ x: HL + 0.1, y: H / 2, z: 0 }, { x: 0.2, y: H, z: 2 * HW }, 0xd9cdb8);
  const wallMesh = walls.mesh(withPattern(new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.8 }), paintSurface()));
  wallMesh.name = 'walls';
  wallMesh.castShadow = false;
  local.add(wallMesh);
  const b = new GeometryBuilder();
  // Skirting boards.
  b.box({ x: 0, y: 0.06, z: -HW + 0.01 }, { x: 2 * HL, y: 0.12, z: 0.02 }, 0xf5f2ea);
  b.box({ x: 0, y: 0.06, z: HW - 0.01 }, { x: 2 * HL, y: 0.12, z: 0.02 }, 0xf5f2ea);
  b.box({ x: -HL + 0.01, y: 0.06, z: 0 }, { x: 0.02, y: 0.12, z: 2 * HW }, 0xf5f2ea);
  b.box({ x: HL - 0.01, y: 0.06, z: 0 }, { x: 0.02, y: 0.12, z: 2 * HW }, 0xf5f2ea);
  // Window frame on the back wall (+v, behind the action from the default camera).
  b.box({ x: -1.2, y: 1.6, z: HW - 0.02 }, { x: 1.9, y: 1.5, z: 0.04 }, 0xf8f8f8);
  // Rug under the action (woven), sofa and bookshelf at the back.
  const rug = new GeometryBuilder();
  rug.box({ x: 0, y: 0.005, z: 0 }, { x: Math.min(3.2, HL), y: 0.01, z: Math.min(2.2, HW) }, 0x8e3b46);
  const rugMesh = rug.mesh(withPattern(new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.95 }), clothSurface(0.95)));
  rugMesh.name = 'rug';
  rugMesh.castShadow = false;
  local.add(rugMesh);
  b.box({ x: 1.8, y: 0.25, z: HW - 0.55 }, { x: 2.2, y: 0.5, z: 0.9 }, 0x4a6076);
  b.box({ x: 1.8, y: 0.65, z: HW - 0.2 }, { x: 2.2, y: 0.6, z: 0.25 }, 0x4a6076);
  for (const dx of [-1.05, 1.05]) b.box({ x: 1.8 + dx, y: 0.55, z: HW - 0.55 }, { x: 0.2, y: 0.3, z: 0.9 }, 0x43566a);
  b.box({ x: -HL + 0.25, y: 0.9, z: -0.5 }, { x: 0.4, y: 1.8, z: 1.4 }, 0x6e4b2e);
  const bookC = [0xb03a2e, 0x2874a6, 0xd4ac0d, 0x239b56, 0x7d3c98, 0xeeeeee];
  for (let shelf = 0; shelf < 4; shelf++) {
    let z = -1.1;
    while (z < 0.1) {
      const w = 0.04 + rand() * 0.05;
      const h = 0.22 + rand() * 0.12;
      b.box({ x: -HL + 0.3, y: 0.2 + shelf * 0.42 + h / 2, z: z + w / 2 }, { x: 0.25, y: h, z: w }, bookC[Math.floor(rand() * bookC.length)]!);
      z += w + 0.005;
    }
  }
  const scenery = b.mesh();
  scenery.name = 'room-scenery';
  local.add(scenery);

  // The ceiling only faces the floor, so direct light never reaches it; real ceilings are lit by
  // bounce light, approximated with a self-glow so it reads as white paint rather than brown.
  const ceiling = new GeometryBuilder();
  ceiling.box({ x: 0, y: H + 0.05, z: 0 }, { x: 2 * HL + 0.4, y: 0.1, z: 2 * HW + 0.4 }, 0xf3efe8);
  const ceilingMesh = ceiling.mesh(new THREE.MeshLambertMaterial({ vertexColors: true, emissive: env.night ? 0x3a3630 : 0x6a665e }));
  ceilingMesh.name = 'ceiling';
  // The key light stands for the ceiling lamp: the ceiling must not shade the room.
  ceilingMesh.castShadow = false;
  local.add(ceilingMesh);

  // The glass shows the sky (unlit, so a day window glows and a night window is dark).
  const glass = new GeometryBuilder();
  const sky = env.night ? 0x1a2438 : env.skyHorizon.getHex();
  glass.box({ x: -1.62, y: 1.6, z: HW - 0.05 }, { x: 0.8, y: 1.3, z: 0.02 }, sky);
  glass.box({ x: -0.78, y: 1.6, z: HW - 0.05 }, { x: 0.8, y: 1.3, z: 0.02 }, sky);
  glass.box({ x: 0, y: H - 0.02, z: 0 }, { x: 0.6, y: 0.03, z: 0.6 }, 0xfff6e0);
  const glassMesh = glass.mesh(new THREE.MeshBasicMaterial({ vertexColors: true }));
  glassMesh.name = 'window-glass';
  glassMesh.castShadow = false;
  local.add(glassMesh);
  return group;
}

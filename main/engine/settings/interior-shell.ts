// The shell every room-like setting shares (settings/room, settings/kitchen): a floor with its own
// surface, painted walls with skirting boards, a ceiling lit by bounce light, a window on the back
// wall (+v, behind the action from the default camera) showing the time of day, and the ceiling
// lamp. Each setting furnishes it.
import * as THREE from 'three';
import { GeometryBuilder } from '../frames/scene/builder';
import { courtFrame } from '../frames/scene/court';
import type { Environment } from '../frames/scene/environment';
import type { SceneLayout } from '../frames/scene/layout';
import { paintSurface, patternedMaterial, type SurfacePattern } from '../frames/shading/surfaces';

export interface ShellOptions {
  name: string;
  floor: { color: number; roughness: number; pattern: SurfacePattern };
  wallColor: number;
  // The side walls' colour (a little darker: they face the light less).
  sideWallColor: number;
  // The window on the back wall: centre along it and height of its middle, full size (m).
  window: { x: number; y: number; width: number; height: number };
}

export interface InteriorShell {
  group: THREE.Group;
  // The frame the room is built in (u along the room, v across it), for the setting's furniture.
  local: THREE.Group;
  halfLength: number;
  halfWidth: number;
  height: number;
}

const WINDOW_FRAME_COLOR = 0xf8f8f8;
const SKIRTING_COLOR = 0xf5f2ea;

function unshadowed(mesh: THREE.Mesh, name: string): THREE.Mesh {
  mesh.name = name;
  mesh.castShadow = false;
  return mesh;
}

export function buildInteriorShell(layout: SceneLayout, env: Environment, o: ShellOptions): InteriorShell {
  const group = new THREE.Group();
  group.name = o.name;
  const local = courtFrame(layout);
  group.add(local);
  const interior = layout.interior ?? { halfLength: 4.5, halfWidth: 3.5, height: 2.8 };
  const HL = interior.halfLength, HW = interior.halfWidth, H = interior.height;

  // Flat on the ground: it receives shadows but has nothing to cast them on.
  const floor = new GeometryBuilder().add(new THREE.PlaneGeometry(2 * HL, 2 * HW).rotateX(-Math.PI / 2), new THREE.Matrix4(), o.floor.color);
  local.add(unshadowed(floor.mesh(patternedMaterial(o.floor.pattern, { roughness: o.floor.roughness })), 'floor'));

  // Walls: the lamp hangs inside the room, so they bound it without shading it.
  const walls = new GeometryBuilder();
  walls.box({ x: 0, y: H / 2, z: -HW - 0.1 }, { x: 2 * HL, y: H, z: 0.2 }, o.wallColor);
  walls.box({ x: 0, y: H / 2, z: HW + 0.1 }, { x: 2 * HL, y: H, z: 0.2 }, o.wallColor);
  walls.box({ x: -HL - 0.1, y: H / 2, z: 0 }, { x: 0.2, y: H, z: 2 * HW }, o.sideWallColor);
  walls.box({ x: HL + 0.1, y: H / 2, z: 0 }, { x: 0.2, y: H, z: 2 * HW }, o.sideWallColor);
  local.add(unshadowed(walls.mesh(patternedMaterial(paintSurface(), { roughness: 0.8 })), 'walls'));

  const trim = new GeometryBuilder();
  trim.box({ x: 0, y: 0.06, z: -HW + 0.01 }, { x: 2 * HL, y: 0.12, z: 0.02 }, SKIRTING_COLOR);
  trim.box({ x: 0, y: 0.06, z: HW - 0.01 }, { x: 2 * HL, y: 0.12, z: 0.02 }, SKIRTING_COLOR);
  trim.box({ x: -HL + 0.01, y: 0.06, z: 0 }, { x: 0.02, y: 0.12, z: 2 * HW }, SKIRTING_COLOR);
  trim.box({ x: HL - 0.01, y: 0.06, z: 0 }, { x: 0.02, y: 0.12, z: 2 * HW }, SKIRTING_COLOR);
  const w = o.window;
  trim.box({ x: w.x, y: w.y, z: HW - 0.02 }, { x: w.width + 0.1, y: w.height + 0.1, z: 0.04 }, WINDOW_FRAME_COLOR);
  const trimMesh = trim.mesh();
  trimMesh.name = `${o.name}-trim`;
  local.add(trimMesh);

  // The ceiling only faces the floor, so direct light never reaches it; real ceilings are lit by
  // bounce light, approximated with a self-glow so it reads as white paint rather than brown.
  const ceiling = new GeometryBuilder().box({ x: 0, y: H + 0.05, z: 0 }, { x: 2 * HL + 0.4, y: 0.1, z: 2 * HW + 0.4 }, 0xf3efe8);
  // The key light stands for the ceiling lamp: the ceiling must not shade the room.
  local.add(unshadowed(ceiling.mesh(new THREE.MeshLambertMaterial({ vertexColors: true, emissive: env.night ? 0x3a3630 : 0x6a665e })), 'ceiling'));

  // The glass shows the sky (unlit, so a day window glows and a night window is dark), in two
  // panes; and the lamp's glowing shade.
  const glass = new GeometryBuilder();
  const sky = env.night ? 0x1a2438 : env.skyHorizon.getHex();
  const pane = (w.width - 0.2) / 2;
  for (const side of [-1, 1]) glass.box({ x: w.x + side * (pane / 2 + 0.02), y: w.y, z: HW - 0.05 }, { x: pane, y: w.height - 0.1, z: 0.02 }, sky);
  glass.box({ x: 0, y: H - 0.02, z: 0 }, { x: 0.6, y: 0.03, z: 0.6 }, 0xfff6e0);
  local.add(unshadowed(glass.mesh(new THREE.MeshBasicMaterial({ vertexColors: true })), 'window-glass'));
  return { group, local, halfLength: HL, halfWidth: HW, height: H };
}

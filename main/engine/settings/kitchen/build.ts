// A kitchen sized around the action (interior-shell.ts), furnished along the back wall: base
// cabinets under a stone worktop with a sink and tap below the window, tiles between worktop and
// wall cabinets, and a fridge at the end. The action happens in the open middle of the room (the
// kitchen table or counter the prompt names is an entity of its own), so nothing here stands in it.
import type * as THREE from 'three';
import { GeometryBuilder } from '../../frames/scene/builder';
import type { Environment } from '../../frames/scene/environment';
import type { SceneLayout } from '../../frames/scene/layout';
import { brushedSurface, patternedMaterial, tileSurface } from '../../frames/shading/surfaces';
import { buildInteriorShell } from '../interior-shell';
import { CABINET_COLOR, cabinetMaterial, doors, handleMaterial, HANDLE_COLOR, PLINTH, PLINTH_COLOR, WORKTOP_COLOR, worktopMaterial, type Run } from './cabinets';

// Standard kitchen heights and depths (m): worktop 90 cm up, 60 cm deep; wall cabinets from
// 1.45 m to 2.15 m, 35 cm deep; doors 60 cm wide.
const WORKTOP_Y = 0.9;
const WORKTOP_THICK = 0.04;
const BASE_DEPTH = 0.6;
const WALL_CAB_Y0 = 1.45;
const WALL_CAB_Y1 = 2.15;
const WALL_CAB_DEPTH = 0.35;
const FRIDGE = { width: 0.7, height: 1.85, depth: 0.68 };
const SINK_X = -1.2;

const SPLASH_COLOR = 0xeef0ec;

export function buildKitchen(layout: SceneLayout, env: Environment): THREE.Group {
  const shell = buildInteriorShell(layout, env, {
    name: 'kitchen',
    floor: { color: 0xcfc6b8, roughness: 0.3, pattern: tileSurface({ tileM: 0.3, groutM: 0.004, roughness: 0.3 }) },
    wallColor: 0xebe6da,
    sideWallColor: 0xded8ca,
    window: { x: SINK_X, y: 1.85, width: 1.2, height: 0.8 },
  });
  const { local, halfLength: HL, halfWidth: HW } = shell;
  const back = HW;
  const base: Run = { x0: -HL + 0.3, x1: HL - 0.35 - FRIDGE.width };
  const wall: Run = { x0: SINK_X + 0.8, x1: base.x1 };

  // Carcasses and doors (painted wood: the wood pattern under a pale paint colour shows its grain
  // faintly, as a lacquered door does), a plinth set back under them.
  const cab = new GeometryBuilder();
  const handles = new GeometryBuilder();
  const face = back - BASE_DEPTH;
  cab.box({ x: (base.x0 + base.x1) / 2, y: (PLINTH + WORKTOP_Y - WORKTOP_THICK) / 2, z: back - BASE_DEPTH / 2 }, { x: base.x1 - base.x0, y: WORKTOP_Y - WORKTOP_THICK - PLINTH, z: BASE_DEPTH }, CABINET_COLOR);
  cab.box({ x: (base.x0 + base.x1) / 2, y: PLINTH / 2, z: back - BASE_DEPTH / 2 + 0.05 }, { x: base.x1 - base.x0, y: PLINTH, z: BASE_DEPTH - 0.1 }, PLINTH_COLOR);
  doors(cab, handles, base, PLINTH + 0.01, WORKTOP_Y - WORKTOP_THICK - 0.01, face, true);
  const wallFace = back - WALL_CAB_DEPTH;
  cab.box({ x: (wall.x0 + wall.x1) / 2, y: (WALL_CAB_Y0 + WALL_CAB_Y1) / 2, z: back - WALL_CAB_DEPTH / 2 }, { x: wall.x1 - wall.x0, y: WALL_CAB_Y1 - WALL_CAB_Y0, z: WALL_CAB_DEPTH }, CABINET_COLOR);
  doors(cab, handles, wall, WALL_CAB_Y0 + 0.005, WALL_CAB_Y1 - 0.005, wallFace, false);
  const cabMesh = cab.mesh(cabinetMaterial());
  cabMesh.name = 'kitchen-cabinets';
  local.add(cabMesh);

  // The worktop (stone), the sink's steel under the window, and the tap behind it.
  const top = new GeometryBuilder();
  top.box({ x: (base.x0 + base.x1) / 2, y: WORKTOP_Y - WORKTOP_THICK / 2, z: back - (BASE_DEPTH + 0.03) / 2 }, { x: base.x1 - base.x0 + 0.02, y: WORKTOP_THICK, z: BASE_DEPTH + 0.03 }, WORKTOP_COLOR);
  const topMesh = top.mesh(worktopMaterial());
  topMesh.name = 'kitchen-worktop';
  local.add(topMesh);
  const steel = new GeometryBuilder();
  steel.box({ x: SINK_X, y: WORKTOP_Y + 0.001, z: back - BASE_DEPTH / 2 }, { x: 0.6, y: 0.004, z: 0.42 }, 0x8d9299);
  steel.box({ x: SINK_X, y: WORKTOP_Y + 0.12, z: back - 0.08 }, { x: 0.035, y: 0.24, z: 0.035 }, 0xcfd3d8);
  steel.box({ x: SINK_X, y: WORKTOP_Y + 0.235, z: back - 0.16 }, { x: 0.03, y: 0.03, z: 0.17 }, 0xcfd3d8);
  // The fridge: a tall brushed-steel box with a long handle.
  const fx = HL - 0.3 - FRIDGE.width / 2;
  steel.box({ x: fx, y: FRIDGE.height / 2, z: back - FRIDGE.depth / 2 }, { x: FRIDGE.width, y: FRIDGE.height, z: FRIDGE.depth }, 0xc9ccd0);
  steel.box({ x: fx, y: 1.25, z: back - FRIDGE.depth - 0.003 }, { x: FRIDGE.width - 0.01, y: 0.006, z: 0.006 }, 0x8d9299);
  const steelMesh = steel.mesh(patternedMaterial(brushedSurface(0.3), { roughness: 0.3, metalness: 1 }));
  steelMesh.name = 'kitchen-steel';
  local.add(steelMesh);
  handles.box({ x: fx - FRIDGE.width / 2 + 0.06, y: 1.0, z: back - FRIDGE.depth - 0.03 }, { x: 0.02, y: 0.5, z: 0.02 }, HANDLE_COLOR);
  const handleMesh = handles.mesh(handleMaterial());
  handleMesh.name = 'kitchen-handles';
  local.add(handleMesh);

  // Glazed tiles on the wall between the worktop and the wall cabinets (below the window).
  const splash = new GeometryBuilder();
  splash.box({ x: (base.x0 + base.x1) / 2, y: (WORKTOP_Y + WALL_CAB_Y0) / 2, z: back - 0.006 }, { x: base.x1 - base.x0, y: WALL_CAB_Y0 - WORKTOP_Y, z: 0.012 }, SPLASH_COLOR);
  const splashMesh = splash.mesh(patternedMaterial(tileSurface({ tileM: 0.1, groutM: 0.003, roughness: 0.2, seed: 23 }), { roughness: 0.2 }));
  splashMesh.name = 'kitchen-tiles';
  splashMesh.castShadow = false;
  local.add(splashMesh);
  return shell.group;
}

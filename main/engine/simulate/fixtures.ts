// Geometry of the static scenery (hoop, ramp, table) and of the ground, derived from a ScenePlan
// entity. The simulator builds colliders from these and the renderer can draw from the very same
// numbers, so what you see is what the ball hits.
//
// Conventions (entities carry a position and a size but no rotation):
// - hoop:  position = centre of the rim ring; size[0] = rim radius. The hoop faces -x: the backboard
//          is on the +x side of the rim, so a shooter stands at -x looking towards +x.
// - ramp:  position = centre of its bounding box; size = half extents [hx, hy, hz]. A wedge whose
//          high end is at -x and which slopes down to floor level at +x.
// - table: position = centre of its bounding box (so it stands on the floor when y = hy); size =
//          half extents. A top slab and four legs.
// - box:   position = centre, size = half extents (a dynamic body, not a fixture).
import type { Entity, Material, Vec3 } from '../../contract/world-trace-types';

export interface BoxPart {
  center: Vec3;
  halfExtents: Vec3;
}

// Regulation numbers (metres).
export const RIM_HEIGHT = 3.05;
export const RIM_RADIUS = 0.2286;
export const RIM_TUBE_RADIUS = 0.009;
// From the backboard's face to the rim's centre.
const BOARD_TO_RIM_CENTRE = 0.381;
const BOARD_HALF = { thickness: 0.025, height: 0.535, width: 0.915 };
// The rim sits 15 cm above the backboard's bottom edge.
const RIM_ABOVE_BOARD_BOTTOM = 0.15;
const POLE_BEHIND_BOARD = 1.0;
const POLE_RADIUS = 0.09;

export interface HoopGeometry {
  rimCenter: Vec3;
  rimRadius: number;
  tubeRadius: number;
  // Small plate holding the rim to the board.
  bracket: BoxPart;
  board: BoxPart;
  // Horizontal arm from the board back to the pole.
  arm: BoxPart;
  // Vertical pole standing on the floor (drawn as a cylinder, simulated as a square post).
  pole: { base: Vec3; height: number; radius: number };
  // How far the (purely visual) net hangs below the rim.
  netLength: number;
}

export function hoopGeometry(entity: Pick<Entity, 'position' | 'size'>): HoopGeometry {
  const [x, y, z] = entity.position;
  const rimRadius = entity.size[0] ?? RIM_RADIUS;
  const boardFace = x + Math.max(BOARD_TO_RIM_CENTRE, rimRadius + 0.12);
  const boardCentre: Vec3 = [boardFace + BOARD_HALF.thickness, y - RIM_ABOVE_BOARD_BOTTOM + BOARD_HALF.height, z];
  const rimBack = x + rimRadius + RIM_TUBE_RADIUS;
  const poleX = boardFace + 2 * BOARD_HALF.thickness + POLE_BEHIND_BOARD;
  const armY = boardCentre[1] + 0.1;
  return {
    rimCenter: [x, y, z],
    rimRadius,
    tubeRadius: RIM_TUBE_RADIUS,
    bracket: {
      center: [(rimBack + boardFace) / 2, y - 0.02, z],
      halfExtents: [Math.max((boardFace - rimBack) / 2, 0.005), 0.02, 0.06],
    },
    board: { center: boardCentre, halfExtents: [BOARD_HALF.thickness, BOARD_HALF.height, BOARD_HALF.width] },
    arm: {
      center: [(boardFace + 2 * BOARD_HALF.thickness + poleX) / 2, armY, z],
      halfExtents: [(poleX - boardFace - 2 * BOARD_HALF.thickness) / 2, 0.05, 0.05],
    },
    pole: { base: [poleX, 0, z], height: armY + 0.05, radius: POLE_RADIUS },
    netLength: 0.4,
  };
}

export interface RampGeometry {
  // The six corners of the wedge: bottom face (4) then the two top corners at the high (-x) end.
  vertices: Vec3[];
  // Slope angle in radians (the surface falls towards +x).
  angle: number;
  // Height of the sloped surface above the floor at world x (clamped to the ramp's extent).
  surfaceY(x: number): number;
}

export function rampGeometry(entity: Pick<Entity, 'position' | 'size'>): RampGeometry {
  const [cx, cy, cz] = entity.position;
  const hx = entity.size[0] ?? 1;
  const hy = entity.size[1] ?? 0.4;
  const hz = entity.size[2] ?? 0.4;
  const bottom = cy - hy;
  const vertices: Vec3[] = [
    [cx - hx, bottom, cz - hz],
    [cx + hx, bottom, cz - hz],
    [cx + hx, bottom, cz + hz],
    [cx - hx, bottom, cz + hz],
    [cx - hx, cy + hy, cz - hz],
    [cx - hx, cy + hy, cz + hz],
  ];
  return {
    vertices,
    angle: Math.atan2(2 * hy, 2 * hx),
    surfaceY: (x) => {
      const u = Math.min(Math.max((cx + hx - x) / (2 * hx), 0), 1);
      return bottom + 2 * hy * u;
    },
  };
}

export interface TableGeometry {
  top: BoxPart;
  // What holds the top up: a table's four legs, or a counter's cabinet (one block under its top, set
  // in from the edges as a worktop overhangs its cupboards), so what rolls off a counter meets its
  // doors, not air between legs.
  legs: BoxPart[];
  // Height of the table's upper surface.
  topY: number;
}

const TABLE_TOP_HALF_THICKNESS = 0.02;
const TABLE_LEG_HALF_WIDTH = 0.025;
// How far (m) a counter's top overhangs its cabinet.
export const COUNTER_OVERHANG_M = 0.04;

export function tableGeometry(entity: Pick<Entity, 'position' | 'size' | 'label'>): TableGeometry {
  const [cx, cy, cz] = entity.position;
  const hx = entity.size[0] ?? 0.7;
  const hy = entity.size[1] ?? 0.375;
  const hz = entity.size[2] ?? 0.45;
  const topY = cy + hy;
  const legHalfHeight = hy - TABLE_TOP_HALF_THICKNESS;
  const top: BoxPart = { center: [cx, topY - TABLE_TOP_HALF_THICKNESS, cz], halfExtents: [hx, TABLE_TOP_HALF_THICKNESS, hz] };
  if (entity.label === 'counter') {
    const cabinet: BoxPart = { center: [cx, cy - TABLE_TOP_HALF_THICKNESS, cz], halfExtents: [hx - COUNTER_OVERHANG_M, legHalfHeight, hz - COUNTER_OVERHANG_M] };
    return { top, legs: [cabinet], topY };
  }
  const inset = TABLE_LEG_HALF_WIDTH + 0.04;
  const legs: BoxPart[] = [];
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      legs.push({
        center: [cx + sx * (hx - inset), cy - TABLE_TOP_HALF_THICKNESS, cz + sz * (hz - inset)],
        halfExtents: [TABLE_LEG_HALF_WIDTH, legHalfHeight, TABLE_LEG_HALF_WIDTH],
      });
    }
  }
  return { top, legs, topY };
}

// The ground is not a plan entity; contacts with it name this id.
export const FLOOR_ID = 'floor';

export type { Ground } from '../physics/ground';

// Rolling-resistance coefficient of a fixture's surface (a table top, a ramp) by its material.
export function surfaceRollingResistance(material: Material): number {
  switch (material) {
    case 'metal':
    case 'glass':
    case 'ceramic':
    case 'ice':
      return 0.007;
    case 'wood':
    case 'plastic':
      return 0.012;
    case 'concrete':
      return 0.015;
    case 'rubber':
    case 'leather':
      return 0.03;
    case 'cloth':
      return 0.05;
    case 'flesh':
      return 0.1;
  }
}

// How much the ball itself adds: a soft rubber ball flattens more at the contact and loses more
// than a hard plastic (bowling, golf) or metal one. Multiplies the surface's coefficient.
export function ballRollingFactor(material: Material): number {
  switch (material) {
    case 'rubber':
    case 'cloth':
    case 'flesh':
      return 1.2;
    case 'leather':
      return 1;
    case 'plastic':
    case 'wood':
    case 'concrete':
      return 0.8;
    case 'metal':
    case 'glass':
    case 'ceramic':
    case 'ice':
      return 0.7;
  }
}

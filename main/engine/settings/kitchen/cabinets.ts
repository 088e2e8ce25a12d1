// Kitchen cabinetry, shared by the kitchen's own run of cupboards along its back wall and by a
// counter the prompt names (frames/scene/counter.ts): painted doors with steel handles under a stone
// worktop, in one set of colours and materials.
import type * as THREE from 'three';
import type { GeometryBuilder } from '../../frames/scene/builder';
import { concreteSurface, patternedMaterial, woodSurface } from '../../frames/shading/surfaces';

export const CABINET_COLOR = 0xd8cfc0;
export const WORKTOP_COLOR = 0x4c4f55;
export const HANDLE_COLOR = 0xb8bcc2;
export const PLINTH_COLOR = 0x6f6a62;
// Doors are 60 cm wide; the plinth under the cupboards is 10 cm tall (m).
export const DOOR_W = 0.6;
export const PLINTH = 0.1;

// A run of cupboards along x.
export interface Run {
  x0: number;
  x1: number;
}

// Painted wood: the wood pattern under a pale paint colour shows its grain faintly, as a lacquered
// door does.
export const cabinetMaterial = (): THREE.MeshStandardMaterial => patternedMaterial(woodSurface({ along: [0, 1], boardWidthM: DOOR_W, boardLengthM: 3, roughness: 0.35, seed: 21 }), { roughness: 0.35 });
// Steel door handles: polished, no pattern.
export const handleMaterial = (): THREE.MeshStandardMaterial => patternedMaterial(null, { roughness: 0.3, metalness: 1 });
export const worktopMaterial = (): THREE.MeshStandardMaterial => patternedMaterial(concreteSurface(41), { roughness: 0.4 });

// Doors (each a panel a little proud of the carcass, a handle near its top or bottom edge) across a
// run, on a face at z = `face` whose outside is towards `out` (+1: +z, -1: -z).
export function doors(cab: GeometryBuilder, handles: GeometryBuilder, run: Run, y0: number, y1: number, face: number, handleAtTop: boolean, out: 1 | -1 = -1): void {
  const count = Math.max(1, Math.round((run.x1 - run.x0) / DOOR_W));
  const w = (run.x1 - run.x0) / count;
  for (let k = 0; k < count; k++) {
    const x = run.x0 + (k + 0.5) * w;
    cab.box({ x, y: (y0 + y1) / 2, z: face + out * 0.01 }, { x: w - 0.006, y: y1 - y0 - 0.006, z: 0.02 }, CABINET_COLOR);
    const hy = handleAtTop ? y1 - 0.06 : y0 + 0.06;
    handles.box({ x, y: hy, z: face + out * 0.035 }, { x: 0.16, y: 0.012, z: 0.012 }, HANDLE_COLOR);
  }
}

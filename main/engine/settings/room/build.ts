// A living room sized around the action (interior-shell.ts: plank floor, painted walls, a window
// showing the time of day), furnished with a rug under the action, a sofa and a bookshelf.
import type * as THREE from 'three';
import { GeometryBuilder, rng } from '../../frames/scene/builder';
import type { Environment } from '../../frames/scene/environment';
import type { SceneLayout } from '../../frames/scene/layout';
import { clothSurface, patternedMaterial, woodSurface } from '../../frames/shading/surfaces';
import { buildInteriorShell } from '../interior-shell';

const RUG_M = 0.0015;
const BOOK_COLORS = [0xb03a2e, 0x2874a6, 0xd4ac0d, 0x239b56, 0x7d3c98, 0xeeeeee];

export function buildRoom(layout: SceneLayout, env: Environment): THREE.Group {
  const u = layout.court.u;
  // Oak boards along the room (drawn per pixel by the wood surface), oiled to a low sheen.
  const boards = woodSurface({ along: [u[0], u[2]], boardWidthM: 0.14, boardLengthM: 1.6, roughness: 0.45, seed: 5 });
  const shell = buildInteriorShell(layout, env, {
    name: 'room',
    floor: { color: 0x9a6b43, roughness: 0.45, pattern: boards },
    wallColor: 0xe6dccb,
    sideWallColor: 0xd9cdb8,
    window: { x: -1.2, y: 1.6, width: 1.8, height: 1.4 },
  });
  const { local, halfLength: HL, halfWidth: HW } = shell;
  const rand = rng(5);

  // Rug under the action (woven), sofa and bookshelf at the back. The rug is only drawn (things
  // rest on the floor's collider at y = 0), so it is drawn 1.5 mm thin: at 1 cm a coin lying flat
  // on it was hidden in it, and a domino sank by a centimetre.
  const rug = new GeometryBuilder().box({ x: 0, y: RUG_M / 2, z: 0 }, { x: Math.min(3.2, HL), y: RUG_M, z: Math.min(2.2, HW) }, 0x8e3b46);
  const rugMesh = rug.mesh(patternedMaterial(clothSurface(0.95), { roughness: 0.95 }));
  rugMesh.name = 'rug';
  rugMesh.castShadow = false;
  local.add(rugMesh);
  const b = new GeometryBuilder();
  b.box({ x: 1.8, y: 0.25, z: HW - 0.55 }, { x: 2.2, y: 0.5, z: 0.9 }, 0x4a6076);
  b.box({ x: 1.8, y: 0.65, z: HW - 0.2 }, { x: 2.2, y: 0.6, z: 0.25 }, 0x4a6076);
  for (const dx of [-1.05, 1.05]) b.box({ x: 1.8 + dx, y: 0.55, z: HW - 0.55 }, { x: 0.2, y: 0.3, z: 0.9 }, 0x43566a);
  b.box({ x: -HL + 0.25, y: 0.9, z: -0.5 }, { x: 0.4, y: 1.8, z: 1.4 }, 0x6e4b2e);
  for (let shelf = 0; shelf < 4; shelf++) {
    let z = -1.1;
    while (z < 0.1) {
      const w = 0.04 + rand() * 0.05;
      const h = 0.22 + rand() * 0.12;
      b.box({ x: -HL + 0.3, y: 0.2 + shelf * 0.42 + h / 2, z: z + w / 2 }, { x: 0.25, y: h, z: w }, BOOK_COLORS[Math.floor(rand() * BOOK_COLORS.length)]!);
      z += w + 0.005;
    }
  }
  const scenery = b.mesh();
  scenery.name = 'room-scenery';
  local.add(scenery);
  return shell.group;
}

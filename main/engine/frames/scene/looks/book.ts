// A hardback as it is seen up close: two cover boards and a spine in the book's colour, wrapped
// round a lighter block of pages that shows its page edges on the three open sides, set back a
// few millimetres under the boards; two gilt bands across the spine. The collider is the whole
// book's box; the spine is on its -x side, the long way along z.
import * as THREE from 'three';
import { GeometryBuilder } from '../builder';
import { clothSurface } from '../../shading/surfaces';
import { pageEdgeSurface } from '../../shading/surfaces/paper';
import { group, lookPart, type ObjectLook } from './types';

// A board's thickness, and how far the boards stand out past the pages (m).
const BOARD_M = 0.0025;
const SQUARE_M = 0.003;
const PAPER = 0xf1ead6;
const GILT = 0xc8a040;

export const bookLook: ObjectLook = (e, o) => {
  const [hx, hy, hz] = o.parts![0]!.half;
  const cover = new GeometryBuilder();
  for (const y of [hy - BOARD_M / 2, -hy + BOARD_M / 2]) cover.box({ x: 0, y, z: 0 }, { x: 2 * hx, y: BOARD_M, z: 2 * hz }, e.color);
  cover.box({ x: -hx + BOARD_M / 2, y: 0, z: 0 }, { x: BOARD_M, y: 2 * hy, z: 2 * hz }, e.color);
  // Gilt bands on the spine, a hair proud of it.
  for (const z of [-0.75 * hz, 0.75 * hz]) cover.box({ x: -hx - 0.0001, y: 0, z }, { x: BOARD_M, y: 1.6 * hy, z: 0.004 }, GILT);
  const pages = new GeometryBuilder().box(
    { x: (BOARD_M - SQUARE_M) / 2, y: 0, z: 0 },
    { x: 2 * hx - BOARD_M - SQUARE_M, y: 2 * (hy - BOARD_M), z: 2 * (hz - SQUARE_M) },
    new THREE.Color(PAPER),
  );
  return group(lookPart('cover', cover, clothSurface(0.7), { roughness: 0.7 }), lookPart('pages', pages, pageEdgeSurface(), { roughness: 0.9 }));
};

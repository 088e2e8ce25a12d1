// A domino as it is seen up close: an ivory tile with a line across its middle and black pips in
// each half, on both broad faces (the ±x faces: a chain stands face to face). Each domino shows
// its own pair of numbers, picked from its id, so a row is not twelve copies of one tile.
import * as THREE from 'three';
import { hashBits } from '../../shading/noise';
import { GeometryBuilder } from '../builder';
import { group, lookPart, type ObjectLook } from './types';

const PIP = 0x141414;
// How far the pips and the line stand proud of the face (m): a hair, as the paint does.
const PROUD_M = 0.0001;
// A pip's radius, as a share of the face's width, and the pips' places in a half (a 3 x 3 grid,
// as shares of the half's half size, across then up) for 0 to 6.
const PIP_SHARE = 0.085;
const LAYOUTS: readonly (readonly (readonly [number, number])[])[] = [
  [],
  [[0, 0]],
  [[-1, -1], [1, 1]],
  [[-1, -1], [0, 0], [1, 1]],
  [[-1, -1], [1, -1], [-1, 1], [1, 1]],
  [[-1, -1], [1, -1], [0, 0], [-1, 1], [1, 1]],
  [[-1, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [1, 1]],
];
const DISC = new THREE.CylinderGeometry(1, 1, 1, 14, 1).rotateZ(Math.PI / 2);

// The two numbers a domino shows, from its id.
function numbers(id: string): [number, number] {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = hashBits(h, id.charCodeAt(i), 91);
  return [h % 7, Math.floor(h / 7) % 7];
}

export const dominoLook: ObjectLook = (e, o) => {
  const [hx, hy, hz] = o.parts![0]!.half;
  const tile = new GeometryBuilder().box({ x: 0, y: 0, z: 0 }, { x: 2 * hx, y: 2 * hy, z: 2 * hz }, e.color);
  const marks = new GeometryBuilder();
  const r = PIP_SHARE * 2 * hz;
  const step = 0.55 * hz;
  for (const side of [-1, 1]) {
    const x = side * (hx + PROUD_M / 2);
    marks.box({ x, y: 0, z: 0 }, { x: PROUD_M, y: 0.0007, z: 1.6 * hz }, PIP);
    numbers(e.id).forEach((n, half) => {
      const cy = (half === 0 ? -1 : 1) * hy / 2;
      for (const [u, v] of LAYOUTS[n]!) {
        const m = new THREE.Matrix4().compose(new THREE.Vector3(x, cy + v * step, u * step), new THREE.Quaternion(), new THREE.Vector3(PROUD_M, r, r));
        marks.add(DISC, m, PIP);
      }
    });
  }
  return group(lookPart('tile', tile, null, { roughness: 0.3 }), lookPart('pips', marks, null, { roughness: 0.4 }));
};

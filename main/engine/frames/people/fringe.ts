// A fringe (bangs): hair combed forward from the crown and cut across the forehead above the brows.
// A shell grown out of the skull's own surface (skull.ts), as the cap is (hair-cap.ts): from inside
// the cap on top, where the cap hides its start, down over the hairline to a hem a little above the
// brows. The hem is cut, not ruled: it rises a little towards the temples, where the fringe thins into
// the hair at the sides, and comes to the points of its strand groups, each a little longer or
// shorter than its neighbours. Its depth rounds it over the forehead and thins to the hem.
import * as THREE from 'three';
import { hash2, smoothstep } from '../shading/noise';
import { CAP_EDGE } from './hair-cap';
import { skullPoint } from './skull';
import type { FaceKind } from './types';

// Degrees round from the face either side it spans; unit heights (sine of latitude) of its top and
// of its hem in the middle (the brows are at about 0.25-0.3, the lids' tops under them) and how much higher the hem is at its
// ends; its strand groups across it and how far their points hang (unit heights).
const SPAN_DEG = 62;
export const FRINGE_TOP = 0.9, FRINGE_HEM = 0.37;
const HEM_RISE = 0.22, GROUPS = 13, POINTS = 0.06;
// Its depth off the skin (unit radii) where it leaves the cap, and at the hem.
const DEPTH_TOP = 0.1, DEPTH_HEM = 0.03;
const COLS = 64, ROWS = 14;

// The hem's height at column position x (-1 at one end .. 1 at the other).
export function fringeHem(x: number): number {
  const g = (x + 1) * 0.5 * GROUPS, group = Math.floor(g), t = g - group;
  // Each group comes to a point in its middle, hangs its own length.
  const point = POINTS * (1 - Math.abs(2 * t - 1)) * (0.5 + hash2(group, 7, 71));
  return FRINGE_HEM + HEM_RISE * x * x - point;
}

export function fringeGeometry(kind: FaceKind): THREE.BufferGeometry {
  const pos: number[] = [];
  const s = new THREE.Vector3();
  for (let i = 0; i <= COLS; i++) {
    const x = (2 * i) / COLS - 1;
    const lon = THREE.MathUtils.degToRad(SPAN_DEG * x);
    const hem = fringeHem(x);
    // Thinner at its ends, where it meets the hair at the temples.
    const ends = 1 - 0.6 * x * x;
    for (let r = 0; r <= ROWS; r++) {
      const k = r / ROWS;
      const dy = FRINGE_TOP + (hem - FRINGE_TOP) * k;
      const lat = Math.asin(dy);
      const dx = Math.sin(lon) * Math.cos(lat), dz = Math.cos(lon) * Math.cos(lat);
      skullPoint(kind, dx, dy, dz, s);
      // Rounded over the forehead, thinning into the hem's cut ends.
      const out = CAP_EDGE + ends * (DEPTH_TOP + (DEPTH_HEM - DEPTH_TOP) * smoothstep(0.2, 1, k));
      pos.push(s.x + dx * out, s.y + dy * out, s.z + dz * out);
    }
  }
  const idx: number[] = [];
  for (let i = 0; i < COLS; i++) {
    for (let r = 0; r < ROWS; r++) {
      const a = i * (ROWS + 1) + r, b = a + ROWS + 1;
      idx.push(a, a + 1, b, b, a + 1, b + 1);
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

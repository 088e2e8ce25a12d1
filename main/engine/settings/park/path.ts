// The park's gravel path as one ribbon along its centre line (trees.ts parkPathT), its edges offset
// square to the curve every half metre: edges that run smooth and parallel, which the frame's
// antialiasing then softens like any other line. (It was 2 m tiles turned to the curve's slope and
// overlapped, whose corners stuck out of its edges as a saw.)
import * as THREE from 'three';
import { parkPathT } from './trees';

const HALF_WIDTH_M = 1.1;
const STEP_M = 0.5;
// Just above the grass, so it is drawn over it.
const LIFT_M = 0.004;

// The ribbon from s = fromM to toM (m along the court's u), in the court frame.
export function pathRibbon(fromM: number, toM: number): THREE.BufferGeometry {
  const positions: number[] = [];
  const indices: number[] = [];
  const n = Math.round((toM - fromM) / STEP_M);
  for (let i = 0; i <= n; i++) {
    const s = fromM + i * STEP_M;
    const t = parkPathT(s);
    // The curve's tangent (1, dt/ds), and its normal in the ground's plane.
    const slope = (parkPathT(s + 0.01) - parkPathT(s - 0.01)) / 0.02;
    const l = Math.hypot(1, slope);
    const ns = -slope / l, nt = 1 / l;
    positions.push(s - ns * HALF_WIDTH_M, LIFT_M, t - nt * HALF_WIDTH_M, s + ns * HALF_WIDTH_M, LIFT_M, t + nt * HALF_WIDTH_M);
    if (i > 0) {
      const a = 2 * (i - 1);
      // Wound to face up (+y).
      indices.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
    }
  }
  const geo = new THREE.BufferGeometry();
  geo.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  geo.setIndex(indices);
  geo.computeVertexNormals();
  return geo;
}

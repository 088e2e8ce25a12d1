// An ear: a thin flat plate the shape of an ear (taller than wide, broad at the top, a narrower lobe
// below), leaning back from the side of the head and standing further off it at its back edge, with a
// raised rim round its edge and a hollow bowl in front of it (an ellipsoid stuck on the side of the
// head read as a handle). Built once, in head radii (x out from the side of the head, y up, z
// forward), for each side.
import * as THREE from 'three';

// Where the ear sits (head radii from the skull's centre: forward, up, out to the side): behind the
// jaw's corner, its top level with the brow and its lobe level with the nose's base.
export const EAR_AT = { f: -0.14, u: -0.07, out: 0.84 } as const;
// Its half-height and half-width, and how far back it leans (radians).
const HALF_H = 0.29, HALF_W = 0.16, LEAN = 0.22;
const RINGS = 7, SEG = 28;

// How far the plate's middle stands off the head at `a` (forward, -HALF_W..HALF_W): the back edge
// stands out, the front is set into the cheek.
const stand = (a: number): number => 0.02 + 0.11 * (0.5 - 0.5 * a / HALF_W);
// The raised rim round the edge and the bowl in front of the middle, at ring share rho and angle t.
// The bowl is a dip centred a little forward and up of the middle, a function of the point alone:
// scaled by the angle round the middle, it stood at a different depth for every angle at the middle
// itself, which the ring there drew as a crease down the ear.
const BOWL = { r: 0.55, off: 0.12, towardsRad: 0.3 } as const;
const relief = (rho: number, t: number): number => {
  const rim = 0.05 * Math.exp(-(((rho - 0.84) / 0.1) ** 2)) * (1 - rho ** 10);
  const du = rho * Math.cos(t) - BOWL.off * Math.cos(BOWL.towardsRad), dv = rho * Math.sin(t) - BOWL.off * Math.sin(BOWL.towardsRad);
  const bowl = 0.045 * Math.exp(-(du * du + dv * dv) / BOWL.r ** 2);
  return rim - bowl;
};
const thickness = (rho: number): number => 0.05 * (1 - rho ** 3) + 0.004;

// One point of the plate at ring share rho and angle t, on its outer (face 1) or inner (-1) face.
function pushPoint(pos: number[], side: 1 | -1, face: 1 | -1, rho: number, t: number): void {
  // Broader at the top than at the lobe.
  const w = HALF_W * (1 + 0.22 * Math.sin(t));
  const a0 = rho * w * Math.cos(t), b0 = rho * HALF_H * Math.sin(t);
  const a = a0 * Math.cos(LEAN) - b0 * Math.sin(LEAN), b = a0 * Math.sin(LEAN) + b0 * Math.cos(LEAN);
  const mid = stand(a0);
  const x = face > 0 ? mid + thickness(rho) / 2 + relief(rho, t) : mid - thickness(rho) / 2;
  pos.push(side * x, b, a);
}

// side: +1 the head's left (x toward its left), -1 its right.
export function earGeometry(side: 1 | -1): THREE.BufferGeometry {
  const pos: number[] = [];
  const idx: number[] = [];
  for (const face of [1, -1] as const) {
    const base = pos.length / 3;
    // The middle is one vertex (a ring of copies there each took its normal from its one triangle,
    // and the fan of different normals shaded as a pinched star); the rings round it.
    pushPoint(pos, side, face, 0, 0);
    for (let r = 1; r <= RINGS; r++) for (let s = 0; s < SEG; s++) pushPoint(pos, side, face, r / RINGS, (2 * Math.PI * s) / SEG);
    const at = (r: number, s: number): number => (r === 0 ? base : base + 1 + (r - 1) * SEG + (s % SEG));
    const wind = (tri: number[]): number[] => (face * side < 0 ? [tri[0]!, tri[2]!, tri[1]!] : tri);
    for (let s = 0; s < SEG; s++) idx.push(...wind([at(0, 0), at(1, s + 1), at(1, s)]));
    for (let r = 1; r < RINGS; r++) {
      for (let s = 0; s < SEG; s++) {
        // Each face wound to look out of its own side (the outer one away from the head).
        idx.push(...wind([at(r, s), at(r, s + 1), at(r + 1, s + 1)]), ...wind([at(r, s), at(r + 1, s + 1), at(r + 1, s)]));
      }
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

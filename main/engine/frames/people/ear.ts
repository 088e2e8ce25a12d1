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
const relief = (rho: number, t: number): number => {
  const rim = 0.05 * Math.exp(-(((rho - 0.84) / 0.1) ** 2)) * (1 - rho ** 10);
  const bowl = 0.045 * Math.exp(-((rho / 0.55) ** 2)) * (0.6 + 0.4 * Math.cos(t - 0.3));
  return rim - bowl;
};
const thickness = (rho: number): number => 0.05 * (1 - rho ** 3) + 0.004;

// side: +1 the head's left (x toward its left), -1 its right.
export function earGeometry(side: 1 | -1): THREE.BufferGeometry {
  const pos: number[] = [];
  const idx: number[] = [];
  for (const face of [1, -1] as const) {
    const base = pos.length / 3;
    for (let r = 0; r <= RINGS; r++) {
      const rho = r / RINGS;
      for (let s = 0; s < SEG; s++) {
        const t = (2 * Math.PI * s) / SEG;
        // Broader at the top than at the lobe.
        const w = HALF_W * (1 + 0.22 * Math.sin(t));
        const a0 = rho * w * Math.cos(t), b0 = rho * HALF_H * Math.sin(t);
        const a = a0 * Math.cos(LEAN) - b0 * Math.sin(LEAN), b = a0 * Math.sin(LEAN) + b0 * Math.cos(LEAN);
        const mid = stand(a0);
        const x = face > 0 ? mid + thickness(rho) / 2 + relief(rho, t) : mid - thickness(rho) / 2;
        pos.push(side * x, b, a);
      }
    }
    for (let r = 0; r < RINGS; r++) {
      for (let s = 0; s < SEG; s++) {
        const p = base + r * SEG + s, q = base + r * SEG + ((s + 1) % SEG);
        const tri = [p, q, q + SEG, p, q + SEG, p + SEG];
        // Each face wound to look out of its own side (the outer one away from the head).
        if (face * side < 0) for (let i = 0; i < 6; i += 3) [tri[i + 1], tri[i + 2]] = [tri[i + 2]!, tri[i + 1]!];
        idx.push(...tri);
      }
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

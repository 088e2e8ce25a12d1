// Hair under a chef's hat: the hat's band comes down round the crown to a brim above the ears, and
// the hair inside it is pressed flat against the head, as a real band presses it: none stands out
// through the band (a short back and sides' longer top, a curly head's curls did, 206 and 52 pixels
// above the brim in a close-up). Below the brim the hair comes free again over a short way.
import type * as THREE from 'three';
import { SKULL_RADII } from './skull';

// The chef's hat in head radii from the skull's centre (head.ts draws it): its band's axis this far
// forward, its brim this high and its top this high, its radius; the puff on top.
export const CHEF_HAT = { f: -0.05, brimU: 0.55, topU: 1.5, radius: 0.85, puffU: 1.6, puff: { rx: 1.05, ry: 0.55 } } as const;
// How far inside the band the pressed hair lies, and how quickly (per head radius below the brim)
// it is let out again.
const INSIDE = 0.06;
const LOOSEN = 0.8;

// Presses hair geometry inside the chef's hat's band, in place: a cap built in the skull's unit
// space (hair-cap.ts; placed scaled by SKULL_RADII, the default), or long hair's fall built in head
// units (long-hair.ts: radii 1), whose top rose up the back of the band to the hat's top.
export function pressUnderChefHat(geo: THREE.BufferGeometry, radii: { rx: number; ry: number; rz: number } = SKULL_RADII): void {
  const pos = geo.getAttribute('position') as THREE.BufferAttribute;
  const { rx, ry, rz } = radii;
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i) * rx, y = pos.getY(i) * ry, z = pos.getZ(i) * rz - CHEF_HAT.f;
    const allowed = CHEF_HAT.radius - INSIDE + LOOSEN * Math.max(0, CHEF_HAT.brimU - y);
    const rho = Math.hypot(x, z);
    if (rho <= allowed) continue;
    const s = allowed / rho;
    pos.setXYZ(i, (x * s) / rx, pos.getY(i), (z * s + CHEF_HAT.f) / rz);
  }
  pos.needsUpdate = true;
  geo.computeVertexNormals();
}

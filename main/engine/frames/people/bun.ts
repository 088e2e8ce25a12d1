// A bun: the hair pulled smooth over the head to one point (the cap's strands run to it: hair.ts's
// gather) and wound there into a round knot, a rope of hair coiled from its outside in, rising to a
// dome, its strands running round with the coil. High on the back of the crown or low at the nape,
// the person's own (PersonLook's hair.cut). A plain ball read as a bump on the skull, not hair.
import * as THREE from 'three';
import { hairSurface, patternedMaterial } from '../shading/surfaces';
import { capOuter } from './hair-cap';
import { Loft } from './loft';
import { placeEllipsoid, posedMesh } from './place';
import { SKULL_RADII } from './skull';
import type { FaceKind, PersonLook } from './types';

// Where it sits: degrees up from straight back, on the back midline, for a bun high on the crown and
// one low at the nape.
const HIGH_DEG = 52, LOW_DEG = -28;
// The coil (head radii): the rope's radius, the spiral's outer and inner radius and turns, and how
// high its middle rises off the cap (an 8-9 cm bun on a 10 cm head radius).
const ROPE = 0.12, OUTER = 0.31, INNER = 0.04, TURNS = 2.4, DOME = 0.3;
// Rings along the rope (per turn) and round it.
const PER_TURN = 26, SEGMENTS = 12;
// How far into the cap the coil's base sinks (head radii), so no gap shows under its outer turn.
const SINK = 0.05;

export interface BunSeat {
  // The bun's base on the cap and its axis (head units: x left, y up, z forward; axis unit length).
  base: THREE.Vector3;
  axis: THREE.Vector3;
  // The same point in the cap's unit skull space, where the cap's strands run to (hair.ts gather).
  gather: { up: number; fwd: number };
}

// The draw (PersonLook's hair.cut) from which a bun sits low at the nape rather than high on the
// crown (under a hat it always does: appearance.ts).
export const LOW_BUN_CUT = 0.5;

// Where the bun sits on this person's head: high or low by their draw (PersonLook's hair.cut).
export function bunSeat(kind: FaceKind, cut = LOW_BUN_CUT): BunSeat {
  const e = THREE.MathUtils.degToRad(cut < LOW_BUN_CUT ? HIGH_DEG : LOW_DEG);
  const cap = capOuter(kind, 'bun', 0, Math.sin(e), -Math.cos(e), new THREE.Vector3());
  const base = new THREE.Vector3(cap.x * SKULL_RADII.rx, cap.y * SKULL_RADII.ry, cap.z * SKULL_RADII.rz);
  // The skull's normal there (an ellipsoid's: the point divided by the radii squared).
  const axis = new THREE.Vector3(base.x / SKULL_RADII.rx ** 2, base.y / SKULL_RADII.ry ** 2, base.z / SKULL_RADII.rz ** 2).normalize();
  return { base, axis, gather: { up: cap.y, fwd: cap.z } };
}

// The coil in its own frame (head radii; y its axis, out of the head; its base at y = 0).
function coilGeometry(): Loft {
  const rings = Math.round(PER_TURN * TURNS);
  const loft = new Loft(rings, SEGMENTS, () => new THREE.Color(1, 1, 1));
  loft.rings.forEach((ring, r) => {
    const s = r / (rings - 1);
    const th = 2 * Math.PI * TURNS * s;
    const rho = OUTER + (INNER - OUTER) * s;
    // Rising to the middle as a dome (its outer turn on the cap), the rope thinning at its tucked end.
    const y = ROPE - SINK + DOME * Math.sqrt(Math.max(0, 1 - (rho / (OUTER + ROPE)) ** 2)) - DOME * Math.sqrt(1 - (OUTER / (OUTER + ROPE)) ** 2);
    const rad = ROPE * (1 - 0.45 * Math.max(0, (s - 0.7) / 0.3));
    // The rope's first axis points out from the bun's middle: wide across the coil, a little flat.
    Object.assign(ring, { cx: rho * Math.cos(th), cy: y, cz: rho * Math.sin(th), ax: Math.cos(th), ay: 0, az: Math.sin(th), ra: rad, rb: 0.85 * rad });
  });
  loft.commit();
  return loft;
}

export class Bun {
  private readonly mesh: THREE.Mesh;
  private readonly seat: BunSeat;
  private readonly c = new THREE.Vector3();
  private readonly fwd = new THREE.Vector3();
  private readonly ax = new THREE.Vector3();
  private readonly across = new THREE.Vector3();

  constructor(group: THREE.Group, look: PersonLook, private readonly hr: number) {
    this.seat = bunSeat(look.face, look.hair.cut);
    const material = patternedMaterial(hairSurface(hr, { flow: 'coil', parting: 0 }), { color: look.hair.color, roughness: 0.7 });
    this.mesh = posedMesh(group, coilGeometry().geometry, material, 'bun');
  }

  // head: the skull's centre; left, up: the head's axes. A bun is tied tight: it does not swing.
  update(head: THREE.Vector3, left: THREE.Vector3, up: THREE.Vector3): void {
    const { hr, seat, c, fwd, ax, across } = this;
    fwd.crossVectors(left, up).normalize();
    const at = (v: THREE.Vector3, out: THREE.Vector3): THREE.Vector3 => out.copy(left).multiplyScalar(v.x).addScaledVector(up, v.y).addScaledVector(fwd, v.z);
    at(seat.axis, ax);
    c.copy(head).addScaledVector(at(seat.base, across), hr);
    // Its frame: across it the head's left (square to its axis), its y the axis.
    across.copy(left).addScaledVector(ax, -left.dot(ax)).normalize();
    placeEllipsoid(this.mesh, c, across, ax, hr, hr, hr);
  }
}

// A drawn hand: a palm that is a rounded slab (wider at the knuckles than at the wrist), four fingers
// of three rounded bones each with a knuckle where it leaves the palm, and a thumb of three bones that swings
// out from the heel of the hand and, when the hand holds something, round to its far side from the
// fingertips (opposing them), so a held handle is pinched between the two. The same hand is drawn
// for a hand at work (free-hand.ts) and at a person's side (people/extremities.ts).
// Frame: x along the fingers, y out of the back of the hand, z towards the thumb (hand-shape.ts).
import * as THREE from 'three';
import { FINGERS_M, PALM_HALF } from '../../hands/hand-shape';
import { Loft } from '../people/loft';

// The four fingers across the palm (share of its half width, from the thumb side) and lengths.
const FINGERS = [
  { across: 0.68, lengthM: FINGERS_M },
  { across: 0.22, lengthM: FINGERS_M * 1.08 },
  { across: -0.24, lengthM: FINGERS_M },
  { across: -0.68, lengthM: FINGERS_M * 0.82 },
];
// Each finger's three bones (shares of its length), how the curl is shared between its joints, and
// their radii (m, an adult's): thick at the knuckle, slimmer to the tip.
const BONES = [
  { length: 0.45, bend: 0.4, radiusM: 0.0088 },
  { length: 0.3, bend: 0.35, radiusM: 0.0078 },
  { length: 0.25, bend: 0.25, radiusM: 0.007 },
];
// The thumb's three bones (m): the metacarpal inside the heel of the hand, then two phalanges.
const THUMB = [
  { lengthM: 0.04, radiusM: 0.0125 },
  { lengthM: 0.032, radiusM: 0.0098 },
  { lengthM: 0.027, radiusM: 0.0088 },
];
// The curl (rad) of a hand at rest; a fully held grip is this much more.
export const RELAXED_CURL = 0.5;
const FULL_GRIP = 1.1;

// A rounded slab for the palm in its own unit frame (x -1..1 wrist to knuckles, y thickness, z across),
// narrower and thinner at the wrist, its knuckle end closed off round.
const PALM = (() => {
  // (closed at both ends by a ring of almost nothing: an open end showed a dark hole at the wrist)
  const rows: [number, number, number][] = [[-1.08, 0.05, 0.05], [-1.06, 0.55, 0.6], [-1, 0.72, 0.85], [-0.6, 0.82, 0.98], [0, 0.95, 1], [0.6, 1, 0.98], [0.92, 0.98, 0.86], [1.02, 0.8, 0.6], [1.08, 0.45, 0.3], [1.09, 0.05, 0.05]];
  const loft = new Loft(rows.length, 14, () => new THREE.Color(1, 1, 1));
  rows.forEach(([x, w, t], i) => Object.assign(loft.rings[i]!, { cx: x, cy: 0, cz: 0, ax: 0, ay: 0, az: 1, ra: w, rb: t, n: 3 }));
  loft.commit();
  return loft.geometry;
})();

const KNUCKLE = new THREE.SphereGeometry(1, 8, 6);
type Part = THREE.Mesh;
// What a hand holds: a point on its axis (which runs along the palm's z) and its radius (m).
export interface Held {
  axis: THREE.Vector3;
  radiusM: number;
}

export class HandMesh {
  private readonly palm: Part;
  private readonly fingers: Part[][];
  private readonly knuckles: Part[];
  private readonly thumb: Part[];
  private readonly v = new THREE.Vector3();
  private readonly w = new THREE.Vector3();
  private readonly along = new THREE.Vector3();
  private readonly normal = new THREE.Vector3();
  private readonly side = new THREE.Vector3();

  // scale: the hand's size against an adult's; name: each part's name (e.g. 'palm', 'finger1.2').
  constructor(add: (geometry: THREE.BufferGeometry, name: string) => Part, private readonly scale: number) {
    const bone = (r: number, len: number): THREE.BufferGeometry => new THREE.CapsuleGeometry(r * scale, Math.max(1e-4, len * scale - r * scale), 2, 8);
    const knuckle = KNUCKLE;
    this.palm = add(PALM, 'palm');
    this.fingers = FINGERS.map((f, k) => BONES.map((b, j) => add(bone(b.radiusM * (f.lengthM / FINGERS_M) ** 0.5, b.length * f.lengthM), `finger${k}.${j}`)));
    this.knuckles = FINGERS.map((_, k) => add(knuckle, `knuckle${k}`));
    this.thumb = THUMB.map((t, j) => add(bone(t.radiusM, t.lengthM), `thumb.${j}`));
  }

  get parts(): Part[] {
    return [this.palm, ...this.fingers.flat(), ...this.knuckles, ...this.thumb];
  }

  // p: the palm's centre; x, y, z its unit axes (z = x cross y for a hand like the trace's; the
  // opposite for its mirror image, a right hand drawn at a person's side); curl: the fingers' curl
  // (rad, knuckle to tip); held: what the hand holds (a point on its axis, which runs along z, and
  // its radius), or null. Every part's matrix is built right-handed (a mirrored one turns it inside out).
  update(p: THREE.Vector3, x: THREE.Vector3, y: THREE.Vector3, z: THREE.Vector3, curl: number, held: Held | null): void {
    const s = this.scale;
    const [hx, hy, hz] = PALM_HALF;
    // (the palm is the same either side of its middle, so its own right-handed frame will do)
    place(this.palm, p, x, y, this.side.crossVectors(x, y), hx * s, hy * s, hz * s);
    const middleTip = new THREE.Vector3();
    FINGERS.forEach((f, k) => {
      const at = this.v.copy(p).addScaledVector(x, hx * 0.88 * s).addScaledVector(y, -0.002 * s).addScaledVector(z, f.across * hz * s);
      let bent = 0;
      BONES.forEach((b, j) => {
        bent += b.bend * curl;
        this.along.copy(x).multiplyScalar(Math.cos(bent)).addScaledVector(y, -Math.sin(bent));
        this.normal.copy(x).multiplyScalar(Math.sin(bent)).addScaledVector(y, Math.cos(bent));
        // The knuckle where the finger leaves the palm: a little fuller than the bone (the joints
        // further on are the rounded ends of their bones).
        const r = b.radiusM * s * (f.lengthM / FINGERS_M) ** 0.5;
        if (j === 0) place(this.knuckles[k]!, at, this.along, this.normal, this.side.crossVectors(this.along, this.normal), r * 1.12, r * 1.05, r * 1.12);
        const len = b.length * f.lengthM * s;
        placeBone(this.fingers[k]![j]!, this.w.copy(at).addScaledVector(this.along, len / 2), this.along, this.normal);
        at.addScaledVector(this.along, len);
      });
      if (k === 1) middleTip.copy(at);
    });
    this.placeThumb(p, x, y, z, curl, held, middleTip);
  }

  // The thumb from the heel of the hand on its thumb side: at rest it lies out and forward, beside
  // the palm; holding, its tip goes to the held thing's far side from the middle fingertip.
  private placeThumb(p: THREE.Vector3, x: THREE.Vector3, y: THREE.Vector3, z: THREE.Vector3, curl: number, held: Held | null, middleTip: THREE.Vector3): void {
    const s = this.scale;
    const [hx, hy, hz] = PALM_HALF;
    const base = new THREE.Vector3().copy(p).addScaledVector(x, -0.55 * hx * s).addScaledVector(z, 0.6 * hz * s).addScaledVector(y, -0.2 * hy * s);
    const reach = (THUMB[0]!.lengthM + THUMB[1]!.lengthM + THUMB[2]!.lengthM) * s;
    const rest = new THREE.Vector3().copy(base).addScaledVector(this.side.copy(x).multiplyScalar(0.72).addScaledVector(z, 0.55).addScaledVector(y, -0.42).normalize(), reach * 0.92);
    const grip = Math.min(1, Math.max(0, (curl - RELAXED_CURL) / FULL_GRIP));
    const tip = rest;
    if (held && grip > 0) {
      // Opposite the middle fingertip about the held thing's axis, just beyond the index finger
      // (pressing the handle from its side, as one holds a stick).
      const fromAxis = this.w.copy(middleTip).sub(held.axis);
      fromAxis.addScaledVector(z, -fromAxis.dot(z));
      if (fromAxis.lengthSq() > 1e-10) {
        const level = z.dot(this.v.copy(p).sub(held.axis)) + 1.0 * hz * s;
        const opposite = held.axis.clone().addScaledVector(fromAxis.normalize(), -(held.radiusM + THUMB[2]!.radiusM * s)).addScaledVector(z, level);
        tip.lerp(opposite, grip);
      }
    }
    // Two bends: the metacarpal heads from the base towards the tip, bowed out from the palm; the
    // phalanges run on to the tip.
    const mid = new THREE.Vector3().copy(base).lerp(tip, 0.45).addScaledVector(z, 0.012 * s).addScaledVector(y, 0.004 * s);
    const knee = new THREE.Vector3().copy(base).lerp(tip, 0.72).addScaledVector(z, 0.006 * s);
    const joints = [base, mid, knee, tip];
    this.thumb.forEach((m, j) => {
      const a = joints[j]!, b = joints[j + 1]!;
      this.along.copy(b).sub(a).normalize();
      this.normal.copy(y).addScaledVector(this.along, -y.dot(this.along)).normalize();
      placeBone(m, this.w.copy(a).lerp(b, 0.5), this.along, this.normal, a.distanceTo(b) / (THUMB[j]!.lengthM * s));
    });
  }
}

// Writes a unit shape's matrix: columns x, y, z scaled by rx, ry, rz, at c.
export function place(m: THREE.Object3D, c: THREE.Vector3, x: THREE.Vector3, y: THREE.Vector3, z: THREE.Vector3, rx: number, ry: number, rz: number): void {
  m.matrix.set(x.x * rx, y.x * ry, z.x * rz, c.x, x.y * rx, y.y * ry, z.y * rz, c.y, x.z * rx, y.z * ry, z.z * rz, c.z, 0, 0, 0, 1);
  m.matrixWorldNeedsUpdate = true;
}

const across = new THREE.Vector3();
// A bone (a capsule along its local y) centred at c along `along`, its local z along `normal`, its
// length stretched by `stretch`.
function placeBone(m: THREE.Object3D, c: THREE.Vector3, along: THREE.Vector3, normal: THREE.Vector3, stretch = 1): void {
  across.crossVectors(along, normal).normalize();
  place(m, c, across, along, normal, 1, stretch, 1);
}

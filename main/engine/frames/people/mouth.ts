// The open mouth: the dark between the lips, lying on the face's skin just under them (cut from the
// skull's surface like the lips, face-features.ts), from under the upper lip down to under the lower
// lip wherever the jaw has turned it. A dark ellipsoid stood out of the face by a fixed depth while
// the face below the mouth curves back to the chin, so seen side on an open mouth stood out of the
// face's outline as a dark lump on the chin (0.055 head radii proud of the skin, fully open).
import * as THREE from 'three';
import { band, LIP_GAP, LOWER_LIP_DROP_RAD, MOUTH_U } from './face-features';
import { FACES, SKULL_RADII, skullPoint } from './skull';
import type { FaceKind } from './types';

// How far under each lip the dark reaches (head radii), so no skin shows at their edges.
const TUCK = 0.012;
// Its half-width, a share of the lips' (their rounded corners close over its ends).
const WIDTH = 1;
const COLS = 12, ROWS = 2;

// How far the lower lip's top edge has gone down (head radii) with the jaw turned by `rad`: the lip
// turns about the skull's across axis through its centre (head.ts places it so).
function lipDrop(kind: FaceKind, rad: number): number {
  const y = (MOUTH_U - LIP_GAP) / SKULL_RADII.ry;
  const p = skullPoint(kind, 0, y, Math.sqrt(Math.max(0, 1 - y * y)), new THREE.Vector3());
  const u = p.y * SKULL_RADII.ry, f = p.z * SKULL_RADII.rz;
  return u - (u * Math.cos(rad) - f * Math.sin(rad));
}

// The band at t across and s down, with the lower edge `drop` below the closed lower lip's.
function opening(kind: FaceKind, drop: number): (t: number, s: number) => [number, number] {
  const halfW = WIDTH * FACES[kind].lipHalfW;
  return (t, s) => {
    // A lens: as wide open in the middle as the jaw has turned, closing towards the corners.
    const round = Math.sqrt(Math.max(0, 1 - (2 * t - 1) ** 2));
    const top = MOUTH_U + LIP_GAP + TUCK * round, bottom = MOUTH_U - LIP_GAP - (TUCK + drop) * round;
    return [(2 * t - 1) * halfW, top + (bottom - top) * s];
  };
}

export class MouthOpening {
  readonly geometry: THREE.BufferGeometry;
  private open = 0;
  private readonly v = new THREE.Vector3();

  constructor(private readonly kind: FaceKind) {
    this.geometry = band(kind, COLS, ROWS, opening(kind, 0));
  }

  // Reshapes it for the jaw open from 0 to 1 (the lower lip turned LOWER_LIP_DROP_RAD at 1).
  update(open: number): void {
    if (open === this.open) return;
    this.open = open;
    const at = opening(this.kind, lipDrop(this.kind, LOWER_LIP_DROP_RAD * open));
    const pos = this.geometry.getAttribute('position') as THREE.BufferAttribute;
    for (let r = 0; r <= ROWS; r++) {
      for (let c = 0; c <= COLS; c++) {
        const [l, u] = at(c / COLS, r / ROWS);
        const x = l / SKULL_RADII.rx, y = u / SKULL_RADII.ry;
        skullPoint(this.kind, x, y, Math.sqrt(Math.max(0, 1 - x * x - y * y)), this.v);
        pos.setXYZ(r * (COLS + 1) + c, this.v.x, this.v.y, this.v.z);
      }
    }
    pos.needsUpdate = true;
    this.geometry.computeVertexNormals();
    this.geometry.computeBoundingSphere();
  }
}

// How much further out of the skull (a fraction of its radii) the lower lip must lie, turned `rad`
// down with the jaw, to stay on the skin: it turns about the skull's centre, but the face under the
// mouth stands further out than the lip's own line (the chin is drawn up and forward, skull.ts), so
// a turned lip sank into the chin and an open mouth showed hardly any lower lip (0-5 px side on
// against 17 shut). Checked at the lip's middle and its lower edge, whichever sinks more.
export function lowerLipOut(kind: FaceKind, rad: number): number {
  if (rad <= 0) return 0;
  let out = 0;
  for (const share of [0.5, 1]) out = Math.max(out, sunk(kind, MOUTH_U - LIP_GAP - share * FACES[kind].lowerLip, rad));
  return out;
}

const lipAt = new THREE.Vector3(), skinAt = new THREE.Vector3(), dir = new THREE.Vector3(), ray = new THREE.Vector3();
// The lip's middle line at u (head radii) turned `rad` about the across axis: how far (a fraction of
// its distance from the skull's centre) the skin lies beyond it along the same ray from the centre.
function sunk(kind: FaceKind, u: number, rad: number): number {
  const y = u / SKULL_RADII.ry;
  skullPoint(kind, 0, y, Math.sqrt(Math.max(0, 1 - y * y)), lipAt).multiply(RADII);
  lipAt.set(0, lipAt.y * Math.cos(rad) - lipAt.z * Math.sin(rad), lipAt.y * Math.sin(rad) + lipAt.z * Math.cos(rad));
  const len = lipAt.length();
  ray.copy(lipAt).normalize();
  // The skin's point on that ray: the unit direction whose skin point lies along it, found by
  // nudging the direction by how far its skin point's bearing is off.
  dir.copy(lipAt).divide(RADII).normalize();
  for (let i = 0; i < 6; i++) {
    skullPoint(kind, dir.x, dir.y, dir.z, skinAt).multiply(RADII);
    dir.addScaledVector(skinAt.normalize().sub(ray), -1).normalize();
  }
  skullPoint(kind, dir.x, dir.y, dir.z, skinAt).multiply(RADII);
  return Math.max(0, skinAt.length() / len - 1);
}
const RADII = new THREE.Vector3(SKULL_RADII.rx, SKULL_RADII.ry, SKULL_RADII.rz);

// Eyes set into the face: the white, the iris and an upper lid are thin shells cut from the skull's
// own surface (patches of its unit sphere), lying a hair proud of it. Seen from the front the white
// shows round the iris under the lid's edge; seen from the side the eye adds barely a pixel to the
// face's outline. (Ellipsoids 0.12 head radii deep standing out of the skull read, in profile, as
// white beads on the cheek.) A blink brings the lid down over the whole eye.
import * as THREE from 'three';
import { SKULL_RADII, skullPoint } from './skull';
import type { FaceKind } from './types';

// Where an eye sits and how big it is, in head radii: l out from the middle of the face, u up from
// the skull's centre; the white's half-width and half-height (an almond), the iris's radius and how
// far out from the middle it sits (a little outward of the white's centre: the eyes look ahead, not
// cross-eyed).
export const EYE = { l: 0.32, u: 0.1, halfW: 0.15, halfH: 0.085, iris: 0.058, irisL: 0.33 } as const;
// How far out of the skull each layer lies, as a fraction of its radii; and how far up the lid sits
// with the eye open (radians of the skull's sphere: its lower edge across the top quarter of the white).
export const EYE_PROUD = { white: 0.012, iris: 0.02, lid: 0.028 } as const;
const LID_OPEN_RAD = 0.145;

type Outline = (t: number) => [number, number];
// An almond: an ellipse whose ends narrow to corners.
const almond = (w: number, h: number): Outline => (t) => [w * Math.cos(t), h * Math.sin(t) * (1 - 0.3 * Math.cos(t) ** 2)];
const circle = (r: number): Outline => (t) => [r * Math.cos(t), r * Math.sin(t)];

// A patch of the unit skull (skull.ts) that its radii stretch onto its surface: the region inside
// `outline` (offsets in head radii) round the point l across, u up.
function patch(kind: FaceKind, l: number, u: number, outline: Outline, rings = 4, segments = 20): THREE.BufferGeometry {
  const pos: number[] = [], nor: number[] = [];
  const v = new THREE.Vector3();
  const onSkull = (dl: number, du: number): void => {
    const x = (l + dl) / SKULL_RADII.rx, y = (u + du) / SKULL_RADII.ry, z = Math.sqrt(Math.max(0, 1 - x * x - y * y));
    skullPoint(kind, x, y, z, v);
    pos.push(v.x, v.y, v.z);
    nor.push(x, y, z);
  };
  onSkull(0, 0);
  for (let r = 1; r <= rings; r++) {
    for (let s = 0; s < segments; s++) {
      const [dl, du] = outline((s / segments) * Math.PI * 2);
      onSkull((dl * r) / rings, (du * r) / rings);
    }
  }
  const idx: number[] = [];
  const at = (r: number, s: number): number => (r === 0 ? 0 : 1 + (r - 1) * segments + (s % segments));
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      if (r === 0) idx.push(0, at(1, s), at(1, s + 1));
      else idx.push(at(r, s), at(r + 1, s), at(r + 1, s + 1), at(r, s), at(r + 1, s + 1), at(r, s + 1));
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  // The eyes lie where the face has no relief: the sphere's own normal.
  g.setAttribute('normal', new THREE.Float32BufferAttribute(nor, 3));
  // Wound to face outward (counter-clockwise seen from outside).
  const a = new THREE.Vector3().fromArray(pos, 0), b = new THREE.Vector3().fromArray(pos, idx[1]! * 3), c = new THREE.Vector3().fromArray(pos, idx[2]! * 3);
  if (b.sub(a).cross(c.sub(a)).dot(a) < 0) for (let i = 0; i < idx.length; i += 3) [idx[i + 1], idx[i + 2]] = [idx[i + 2]!, idx[i + 1]!];
  g.setIndex(idx);
  return g;
}

export interface EyeShapes {
  white: THREE.BufferGeometry;
  iris: THREE.BufferGeometry;
  lid: THREE.BufferGeometry;
}

// The eye's shells on each side (k: +1 on the head's left, -1 on its right) for this kind of face.
export function eyeShapes(kind: FaceKind, k: 1 | -1): EyeShapes {
  // The lid is the white's almond a little larger, so it covers the white's ends when it comes down.
  return {
    white: patch(kind, EYE.l * k, EYE.u, almond(EYE.halfW, EYE.halfH)),
    iris: patch(kind, EYE.irisL * k, EYE.u, circle(EYE.iris), 2, 16),
    lid: patch(kind, EYE.l * k, EYE.u, almond(EYE.halfW * 1.1, EYE.halfH * 1.15)),
  };
}

// How far the lid is turned up the skull (radians) for eyes shut from 0 (open) to 1.
export function lidRaise(shut: number): number {
  return LID_OPEN_RAD * (1 - Math.max(0, Math.min(1, shut)));
}

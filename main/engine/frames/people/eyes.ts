// Eyes set into the face: the white, the iris (a pupil, and a dark limbal ring at its rim) with a
// catchlight on it, an upper lid and its lash line are thin shells cut from the skull's own surface
// (patches of its unit sphere), lying a hair proud of it. Seen from the front the white shows round
// the iris under the lid's dark edge; seen from the side the eye adds barely a pixel to the face's
// outline. (Ellipsoids 0.12 head radii deep standing out of the skull read, in profile, as white
// beads on the cheek.) A blink brings the lid and its lashes down over the whole eye.
import * as THREE from 'three';
import { band } from './face-features';
import { SKULL_RADII, skinTint, skullPoint } from './skull';
import type { FaceKind } from './types';

// Where an eye sits and how big it is, in head radii: l out from the middle of the face, u up from
// the skull's centre; the white's half-width and half-height (an almond), the iris's radius and how
// far out from the middle it sits (a little outward of the white's centre: the eyes look ahead, not
// cross-eyed).
export const EYE = { l: 0.32, u: 0.1, halfW: 0.15, halfH: 0.085, iris: 0.058, irisL: 0.33 } as const;
// How far out of the skull each layer lies, as a fraction of its radii; and how far up the lid turns
// with the eye open (radians of the skull's sphere: its edge then along the white's upper edge).
export const EYE_PROUD = { white: 0.012, iris: 0.02, catchlight: 0.024, lid: 0.028, lash: 0.031 } as const;
const LID_OPEN_RAD = 0.18;
// The lid: how far past the white's corners it reaches (of the white's half-width), how far its edge
// comes over the white's upper edge with the eye open, and how tall it is (head radii): tall enough
// that, shut, it still covers the white's top.
const LID = { wide: 1.06, over: 0.008, tall: 0.19 } as const;
// The lash line's thickness along the lid, its extra at the outer corner and how far it hangs below
// the lid's edge (head radii).
const LASH = { thick: 0.016, flick: 0.016, over: 0.014 } as const;
// The catchlight: where it sits from the iris's middle (towards the upper light) and its radius.
const CATCHLIGHT = { l: 0.018, u: 0.024, r: 0.014 } as const;

type Outline = (t: number) => [number, number];
// An almond: an ellipse whose ends narrow to corners.
const almond = (w: number, h: number): Outline => (t) => [w * Math.cos(t), h * Math.sin(t) * (1 - 0.3 * Math.cos(t) ** 2)];
const circle = (r: number): Outline => (t) => [r * Math.cos(t), r * Math.sin(t)];

// Rings of a patch from its middle out (fractions of its outline) and the grey each is tinted with.
interface Rings {
  at: readonly number[];
  shade: readonly number[];
  middle: number;
}
const PLAIN = (n: number): Rings => ({ at: Array.from({ length: n }, (_, r) => (r + 1) / n), shade: [], middle: 1 });
// The iris: a black pupil (about two fifths of its width), the iris's colour lighter round the pupil
// and a dark limbal ring at its rim (an even disc read, at 480p, as a dark dot with no life in it).
const IRIS_RINGS: Rings = { at: [0.3, 0.4, 0.5, 0.72, 0.86, 1], shade: [0.03, 0.05, 1, 0.85, 0.55, 0.22], middle: 0.03 };
// The white is greyer into its corners, where the lids shade it.
const WHITE_RINGS: Rings = { at: [0.45, 0.8, 1], shade: [1, 0.94, 0.72], middle: 1 };

// A patch of the unit skull (skull.ts) that its radii stretch onto its surface: the region inside
// `outline` (offsets in head radii) round the point l across, u up, tinted ring by ring when the
// rings give shades (a colour attribute the material multiplies).
function patch(kind: FaceKind, l: number, u: number, outline: Outline, rings: Rings, segments = 20): THREE.BufferGeometry {
  const pos: number[] = [], nor: number[] = [], col: number[] = [];
  const v = new THREE.Vector3();
  const onSkull = (dl: number, du: number, shade: number): void => {
    const x = (l + dl) / SKULL_RADII.rx, y = (u + du) / SKULL_RADII.ry, z = Math.sqrt(Math.max(0, 1 - x * x - y * y));
    skullPoint(kind, x, y, z, v);
    pos.push(v.x, v.y, v.z);
    nor.push(x, y, z);
    col.push(shade, shade, shade);
  };
  onSkull(0, 0, rings.middle);
  rings.at.forEach((f, r) => {
    for (let s = 0; s < segments; s++) {
      const [dl, du] = outline((s / segments) * Math.PI * 2);
      onSkull(dl * f, du * f, rings.shade[r] ?? 1);
    }
  });
  const idx: number[] = [];
  const at = (r: number, s: number): number => (r === 0 ? 0 : 1 + (r - 1) * segments + (s % segments));
  for (let r = 0; r < rings.at.length; r++) {
    for (let s = 0; s < segments; s++) {
      if (r === 0) idx.push(0, at(1, s), at(1, s + 1));
      else idx.push(at(r, s), at(r + 1, s), at(r + 1, s + 1), at(r, s), at(r + 1, s + 1), at(r, s + 1));
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  // The eyes lie where the face has no relief: the sphere's own normal.
  g.setAttribute('normal', new THREE.Float32BufferAttribute(nor, 3));
  if (rings.shade.length) g.setAttribute('color', new THREE.Float32BufferAttribute(col, 3));
  // Wound to face outward (counter-clockwise seen from outside).
  const a = new THREE.Vector3().fromArray(pos, 0), b = new THREE.Vector3().fromArray(pos, idx[1]! * 3), c = new THREE.Vector3().fromArray(pos, idx[2]! * 3);
  if (b.sub(a).cross(c.sub(a)).dot(a) < 0) for (let i = 0; i < idx.length; i += 3) [idx[i + 1], idx[i + 2]] = [idx[i + 2]!, idx[i + 1]!];
  g.setIndex(idx);
  return g;
}

// The white's upper edge (head radii up from its middle) at o from its inner corner (-1) to its outer
// (+1); nothing past its corners.
const upperEdge = (o: number): number => (Math.abs(o) >= 1 ? 0 : EYE.halfH * Math.sqrt(1 - o * o) * (1 - 0.3 * o * o));

// Lid and lashes ride on the lid's turn up the skull (LID_OPEN_RAD about its across axis), so they
// are built turned back down from where they sit with the eye open: (l, u) on the face, in head radii.
function turnedBack(l: number, u: number): [number, number] {
  const x = l / SKULL_RADII.rx, y = u / SKULL_RADII.ry, z = Math.sqrt(Math.max(0, 1 - x * x - y * y));
  return [l, (y * Math.cos(LID_OPEN_RAD) - z * Math.sin(LID_OPEN_RAD)) * SKULL_RADII.ry];
}

// The upper lid: skin from just over the white's upper edge (the iris's top tucked under it, as in
// life) up towards the brow, a little wider than the white. Its lower edge has the white's arch, so
// mid-blink it comes down as one curve over the eye (a lid cut as an almond showed the white's
// corners above its edge); shut, it covers the white down to its lower edge.
function lidShell(kind: FaceKind, k: 1 | -1): THREE.BufferGeometry {
  const open = (along: number, s: number): [number, number] => {
    const o = LID.wide * (2 * along - 1);
    return [k * (EYE.l + EYE.halfW * o), EYE.u + upperEdge(o) - LID.over + s * LID.tall];
  };
  // Coloured as the skin it lies on with the eye open (the socket's shade), a little darker still
  // along its edge.
  return band(kind, 20, 4, (along, s) => turnedBack(...open(along, s)), (along, s) => {
    const [l, u] = open(along, s);
    const x = l / SKULL_RADII.rx, y = u / SKULL_RADII.ry;
    const edge = 0.85 + 0.15 * Math.min(1, s * 4);
    return skinTint(x, y, Math.sqrt(Math.max(0, 1 - x * x - y * y))).map((c) => c * edge) as [number, number, number];
  });
}

// The upper lid's line with its lashes: a dark band along the lid's edge, heavier towards the outer
// corner, hanging a little over the white (skin on white alone read as a heavy lid).
function lashLine(kind: FaceKind, k: 1 | -1): THREE.BufferGeometry {
  return band(kind, 18, 2, (along, s) => {
    const o = 2 * along - 1;
    const thick = LASH.thick * (0.5 + 0.5 * Math.sqrt(1 - o * o)) + LASH.flick * Math.max(0, o) ** 3;
    return turnedBack(k * (EYE.l + EYE.halfW * o * (1 + 0.06 * s)), EYE.u + upperEdge(o) - LASH.over + s * (thick + LASH.over));
  });
}

export interface EyeShapes {
  white: THREE.BufferGeometry;
  iris: THREE.BufferGeometry;
  catchlight: THREE.BufferGeometry;
  lid: THREE.BufferGeometry;
  lash: THREE.BufferGeometry;
}

// The eye's shells on each side (k: +1 on the head's left, -1 on its right) for this kind of face.
export function eyeShapes(kind: FaceKind, k: 1 | -1): EyeShapes {
  // The catchlight is on the same side of both eyes: the light is.
  return {
    white: patch(kind, EYE.l * k, EYE.u, almond(EYE.halfW, EYE.halfH), WHITE_RINGS),
    iris: patch(kind, EYE.irisL * k, EYE.u, circle(EYE.iris), IRIS_RINGS, 18),
    catchlight: patch(kind, EYE.irisL * k + CATCHLIGHT.l, EYE.u + CATCHLIGHT.u, circle(CATCHLIGHT.r), PLAIN(1), 10),
    lid: lidShell(kind, k),
    lash: lashLine(kind, k),
  };
}

// What colour the irises are: brown in most people; blue, green or hazel now and then in fair ones.
export function irisColor(skin: THREE.Color, pick: number): THREE.Color {
  const fair = skin.getHSL({ h: 0, s: 0, l: 0 }).l > 0.62;
  const colours = fair ? [0x5b3a22, 0x3f5f7a, 0x4f6248, 0x6a5030] : [0x4a2e1a, 0x3a2414, 0x52341e];
  return new THREE.Color(colours[Math.floor(pick * colours.length) % colours.length]!);
}

// How far the lid is turned up the skull (radians) for eyes shut from 0 (open) to 1.
export function lidRaise(shut: number): number {
  return LID_OPEN_RAD * (1 - Math.max(0, Math.min(1, shut)));
}

// The skull with the face modelled into it: a nose (a ridge from between the eyes down to a rounded
// tip, with wings either side of its base), a brow ridge, cheekbones, full lips and a chin, all
// raised out of one smooth surface so the nose's profile runs on from the forehead and into the upper
// lip (a ball stuck on the face read as a clown's nose). Men, women and children differ in jaw, brow,
// nose and lips. Everything laid on the face (eyes, brows, lips, beard, a bald man's fringe) is cut
// from this same surface, so it lies on it.
import * as THREE from 'three';
import { BODY } from '../../body/skeleton';
import type { FaceKind } from './types';

// The skull's radii (head radii) across, up and forward, as it is placed.
export const SKULL_RADII = { rx: 0.9, ry: 1.08, rz: 1 } as const;

export interface FaceShape {
  // How much the lower half narrows into the jaw by the chin, and how late it starts narrowing (a
  // power of the depth below the middle: a man's squarer jaw keeps its width down to its corners).
  jaw: number;
  jawCurve: number;
  // The front of the lower face in profile: a superellipse of this power from the nose down to the
  // chin (2 would be the plain sphere, whose front turned down so early that the whole of it, lips to
  // chin, faced away from any light above the horizon and read as a beard).
  chinFront: number;
  brow: number;
  nose: number;
  lips: number;
  chin: number;
  cheek: number;
  // The eyebrows' thickness at their inner end and how high they arch (head radii); the lips'
  // half-width and the upper and lower lip's heights (head radii).
  browThick: number;
  browArch: number;
  lipHalfW: number;
  upperLip: number;
  lowerLip: number;
}

export const FACES: Record<FaceKind, FaceShape> = {
  masc: { jaw: 0.3, jawCurve: 1.9, chinFront: 4.5, brow: 1, nose: 1, lips: 0.75, chin: 1, cheek: 0.8, browThick: 0.06, browArch: 0.025, lipHalfW: 0.2, upperLip: 0.045, lowerLip: 0.06 },
  fem: { jaw: 0.32, jawCurve: 1, chinFront: 4, brow: 0.25, nose: 0.78, lips: 1.25, chin: 0.35, cheek: 1, browThick: 0.04, browArch: 0.06, lipHalfW: 0.2, upperLip: 0.065, lowerLip: 0.085 },
  child: { jaw: 0.26, jawCurve: 1.2, chinFront: 3.5, brow: 0, nose: 0.55, lips: 0.9, chin: 0.2, cheek: 1.3, browThick: 0.035, browArch: 0.035, lipHalfW: 0.17, upperLip: 0.045, lowerLip: 0.06 },
};

// The nose down the middle of the face, in the unit skull's heights: where its bridge leaves the
// brow, its tip, and its base (where it meets the upper lip); its tip stands `out` proud.
const NOSE = { top: 0.16, tip: -0.235, base: -0.37, out: 0.2 } as const;
// The lips' middle height in the unit skull (the mouth: BODY.mouthDown head radii under the centre).
const LIPS_Y = -BODY.mouthDown / SKULL_RADII.ry;
// How far the chin is drawn up: the square of the depth below the lips, times this (unit skull).
const CHIN_UP = 0.4;

const smooth = (a: number, b: number, x: number): number => {
  const k = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return k * k * (3 - 2 * k);
};
const bump = (dx: number, sx: number, dy: number, sy: number): number => Math.exp(-((dx / sx) ** 2) - (dy / sy) ** 2);

// How far forward (unit skull z) the face stands out of the plain skull at unit-sphere point (x, y).
function relief(f: FaceShape, x: number, y: number): number {
  const ax = Math.abs(x);
  let h = 0;
  if (y < NOSE.top && y > NOSE.base) {
    // A straight ridge rising from the bridge to the tip, then rounding under it back to the lip.
    const rise = (NOSE.top - y) / (NOSE.top - NOSE.tip);
    const under = (NOSE.tip - y) / (NOSE.tip - NOSE.base);
    const ridge = y > NOSE.tip ? rise ** 1.5 : Math.max(0, 1 - under * under) ** 0.7;
    const width = (0.05 + 0.03 * Math.min(1, rise)) * Math.sqrt(f.nose);
    h += NOSE.out * f.nose * ridge * Math.exp(-((x / width) ** 2));
  }
  // The nostrils' wings either side of the base.
  h += 0.07 * f.nose * bump(ax - 0.07 * f.nose, 0.045, y + 0.3, 0.05);
  h += 0.03 * f.brow * bump(x, 0.55, y - 0.25, 0.06) * smooth(0.6, 0.35, ax);
  h += 0.03 * f.cheek * bump(ax - 0.42, 0.13, y + 0.1, 0.1);
  h += 0.032 * f.lips * Math.exp(-((x / 0.2) ** 4)) * bump(0, 1, y - LIPS_Y, 0.06);
  h += 0.035 * f.chin * bump(x, 0.2, y + 0.8, 0.1);
  return h;
}

// How much further forward the lower face's front stands than the sphere's at depth `low` below the
// middle: its superellipse's depth over the circle's (finite as low nears 1: z shrinks faster there).
function chinFill(power: number, low: number): number {
  if (low <= 0) return 1;
  const circle = Math.sqrt(Math.max(1e-6, 1 - low * low));
  return Math.min(4, (1 - low ** power) ** (1 / power) / circle);
}

// The skull's surface (unit skull space, before its radii) at the unit-sphere direction (x, y, z),
// written into out.
export function skullPoint(kind: FaceKind, x: number, y: number, z: number, out: THREE.Vector3): THREE.Vector3 {
  const f = FACES[kind];
  const low = Math.max(0, -y);
  // The lower half narrows into the jaw and chin; the crown behind bulges back a little.
  const back = -0.05 * y * smooth(0.12, 0.28, y) * smooth(0, -0.15, z);
  const chinOut = 1 + (chinFill(f.chinFront, low) - 1) * smooth(0, 0.35, z) - 0.1 * low * smooth(0.1, -0.1, z);
  // The face below the mouth is drawn up towards it (the sphere's chin, a full radius down, read long).
  const chinUp = CHIN_UP * Math.max(0, LIPS_Y - y) ** 2 * smooth(-0.2, 0.4, z);
  return out.set(x * (1 - f.jaw * low ** f.jawCurve), y + chinUp, z * chinOut + back + relief(f, x, y) * smooth(0.25, 0.65, z));
}

// The skin's colour across the face at unit-sphere direction (x, y, z), as multipliers of the skin's
// own (one hue all over read as a painted mask): warmer, redder cheeks and nose tip; darker round the
// eyes and under the brow; the nose's underside and the fold under the lower lip in shadow.
export function skinTint(x: number, y: number, z: number): [number, number, number] {
  const front = smooth(0.1, 0.45, z);
  const ax = Math.abs(x);
  const flush = bump(ax - 0.42, 0.17, y + 0.16, 0.14) + 0.7 * bump(x, 0.08, y + 0.22, 0.07);
  const socket = bump(ax - 0.33, 0.19, y - 0.12, 0.1);
  const under = bump(x, 0.11, y + 0.37, 0.035) + 0.5 * bump(x, 0.16, y - LIPS_Y + 0.15, 0.035);
  return [
    1 + front * (0.05 * flush - 0.17 * socket - 0.22 * under),
    1 - front * (0.1 * flush + 0.2 * socket + 0.25 * under),
    1 - front * (0.09 * flush + 0.15 * socket + 0.22 * under),
  ];
}

// Columns and rows of the skull's grid. They crowd towards the face (the middle of the front), so
// the nose and lips get vertices a few hundredths of a radius apart while the back of the head
// stays coarse.
const COLS = 48, ROWS = 36;

function buildSkull(kind: FaceKind): THREE.BufferGeometry {
  const pos: number[] = [], col: number[] = [];
  const v = new THREE.Vector3();
  for (let r = 0; r <= ROWS; r++) {
    const s = -Math.PI / 2 + (Math.PI * r) / ROWS;
    const lat = s - (0.45 * Math.sin(2 * s)) / 2;
    for (let c = 0; c < COLS; c++) {
      const t = -Math.PI + (2 * Math.PI * c) / COLS;
      const lon = t - 0.55 * Math.sin(t);
      const x = Math.sin(lon) * Math.cos(lat), y = Math.sin(lat), z = Math.cos(lon) * Math.cos(lat);
      skullPoint(kind, x, y, z, v);
      pos.push(v.x, v.y, v.z);
      col.push(...skinTint(x, y, z));
    }
  }
  // One ring of shared vertices all the way round (no seam to crack open or shade apart).
  const idx: number[] = [];
  const at = (r: number, c: number): number => r * COLS + (c % COLS);
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) idx.push(at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r, c), at(r + 1, c + 1), at(r + 1, c));
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(col, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

const SKULLS = new Map<FaceKind, THREE.BufferGeometry>();

// One geometry per kind of face, shared by everyone with that face.
export function skullGeometry(kind: FaceKind): THREE.BufferGeometry {
  let g = SKULLS.get(kind);
  if (!g) SKULLS.set(kind, (g = buildSkull(kind)));
  return g;
}

// Where the skin is at (l across, u up) in head radii on the face, in head radii (x across, y up,
// z forward from the skull's centre), into out.
export function facePoint(kind: FaceKind, l: number, u: number, out: THREE.Vector3): THREE.Vector3 {
  const x = l / SKULL_RADII.rx, y = u / SKULL_RADII.ry;
  skullPoint(kind, x, y, Math.sqrt(Math.max(0, 1 - x * x - y * y)), out);
  return out.set(out.x * SKULL_RADII.rx, out.y * SKULL_RADII.ry, out.z * SKULL_RADII.rz);
}

// What lies on the face's skin, cut from the skull's own surface (skull.ts) so it follows the
// brow ridge and the lips' fullness: arched eyebrows, an upper and a lower lip either side of the
// mouth's line (the lower one turns down off it as the jaw opens), the nostrils.
import * as THREE from 'three';
import { BODY } from '../../body/skeleton';
import { FACES, SKULL_RADII, skullGeometry, skullPoint } from './skull';
import type { FaceKind } from './types';

// A band of skin on the face: `at(t, s)` gives the point (l across, u up, head radii) for t and s in
// 0..1; built as a grid of cols x rows on the skull, in the unit skull space. `tint(t, s)`, when
// given, colours it (multipliers of the material's colour).
type Tint = (t: number, s: number) => [number, number, number];
export function band(kind: FaceKind, cols: number, rows: number, at: (t: number, s: number) => [number, number], tint?: Tint): THREE.BufferGeometry {
  const pos: number[] = [], col: number[] = [];
  const v = new THREE.Vector3();
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= cols; c++) {
      const [l, u] = at(c / cols, r / rows);
      const x = l / SKULL_RADII.rx, y = u / SKULL_RADII.ry;
      skullPoint(kind, x, y, Math.sqrt(Math.max(0, 1 - x * x - y * y)), v);
      pos.push(v.x, v.y, v.z);
      if (tint) col.push(...tint(c / cols, r / rows));
    }
  }
  const idx: number[] = [];
  const k = (r: number, c: number): number => r * (cols + 1) + c;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) idx.push(k(r, c), k(r, c + 1), k(r + 1, c + 1), k(r, c), k(r + 1, c + 1), k(r + 1, c));
  // Wound to face outward (away from the skull's centre), whichever way t and s run: as most of its
  // triangles say (one picked cell can be a corner folded over on itself).
  const p = (i: number): THREE.Vector3 => new THREE.Vector3().fromArray(pos, idx[i]! * 3);
  let outward = 0;
  for (let i = 0; i < idx.length; i += 3) {
    const a = p(i), b = p(i + 1), c = p(i + 2);
    outward += Math.sign(b.sub(a).cross(c.sub(a)).dot(a));
  }
  if (outward < 0) for (let i = 0; i < idx.length; i += 3) [idx[i + 1], idx[i + 2]] = [idx[i + 2]!, idx[i + 1]!];
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  if (tint) g.setAttribute('color', new THREE.Float32BufferAttribute(col, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

// An eyebrow (k: +1 on the head's left, -1 on its right): from beside the nose's bridge out over the
// eye's outer corner, highest two-thirds of the way out, tapering outward.
function brow(kind: FaceKind, k: 1 | -1): THREE.BufferGeometry {
  const f = FACES[kind];
  // Rising a little to its height two-thirds of the way out, then falling below where it started
  // (an inner end lower than the outer read as a frown).
  const arch = (t: number): number => (t < 0.65 ? 0.45 + 0.55 * Math.sin(((Math.PI / 2) * t) / 0.65) : 1 - 1.6 * ((t - 0.65) / 0.35) ** 2);
  return band(kind, 10, 2, (t, s) => [k * (0.13 + 0.36 * t), 0.245 + f.browArch * arch(t) + s * f.browThick * (1 - 0.55 * t)]);
}

// The mouth's line (head radii up from the skull's centre) and the gap left open between the lips.
export const MOUTH_U = -BODY.mouthDown;
export const LIP_GAP = 0.006;

// The upper lip (a bow, dipping at its middle) and the lower (fuller), both rounded at the corners.
function lips(kind: FaceKind): { upper: THREE.BufferGeometry; lower: THREE.BufferGeometry } {
  const f = FACES[kind];
  const across = (t: number): number => (2 * t - 1) * f.lipHalfW;
  const round = (t: number): number => Math.sqrt(Math.max(0, 1 - (2 * t - 1) ** 2));
  // The upper lip faces down and is darker, most of all along the mouth's line, with a crisp edge
  // against the skin above (its vermilion border); the lower lip catches the light across its middle.
  const grey = (k: number): [number, number, number] => [k, k, k];
  return {
    upper: band(kind, 16, 3, (t, s) => [across(t), MOUTH_U + LIP_GAP + s * f.upperLip * round(t) * (1 - 0.3 * Math.exp(-(((2 * t - 1) / 0.14) ** 2)))], (_t, s) => grey(0.62 + 0.2 * s)),
    lower: band(kind, 16, 3, (t, s) => [across(t), MOUTH_U - LIP_GAP - s * f.lowerLip * round(t)], (t, s) => grey((0.8 + 0.25 * Math.sin(Math.PI * s)) * (0.85 + 0.15 * round(t)))),
  };
}

// A nostril (k: +1 on the head's left, -1 on its right): a dark oval under the nose's tip, either
// side of its middle.
function nostril(kind: FaceKind, k: 1 | -1): THREE.BufferGeometry {
  const { l, u, halfW, halfH } = NOSTRIL;
  const w = halfW * Math.sqrt(FACES[kind].nose);
  return band(kind, 12, 2, (t, s) => [k * (l * Math.sqrt(FACES[kind].nose) + w * s * Math.cos(2 * Math.PI * t)), u + halfH * s * Math.sin(2 * Math.PI * t)]);
}
// Where the nostrils are (head radii: out from the middle, up) and their half-sizes.
const NOSTRIL = { l: 0.05, u: -0.37, halfW: 0.032, halfH: 0.017 } as const;

export interface FaceFeatures {
  skull: THREE.BufferGeometry;
  browL: THREE.BufferGeometry;
  browR: THREE.BufferGeometry;
  upperLip: THREE.BufferGeometry;
  lowerLip: THREE.BufferGeometry;
  nostrilL: THREE.BufferGeometry;
  nostrilR: THREE.BufferGeometry;
}

const CACHE = new Map<FaceKind, FaceFeatures>();

// Shared by everyone with this kind of face.
export function faceFeatures(kind: FaceKind): FaceFeatures {
  const hit = CACHE.get(kind);
  if (hit) return hit;
  const skull = skullGeometry(kind);
  const { upper, lower } = lips(kind);
  const made = { skull, browL: brow(kind, 1), browR: brow(kind, -1), upperLip: upper, lowerLip: lower, nostrilL: nostril(kind, 1), nostrilR: nostril(kind, -1) };
  CACHE.set(kind, made);
  return made;
}

// How far the lower lip turns down off the mouth's line (radians about the skull's centre) with the
// jaw open from 0 to 1: as far as the open mouth's lower edge.
export const LOWER_LIP_DROP_RAD = 0.13;
// How far each layer on the skin lies out of the skull, as a fraction of its radii.
// The brows lie over the upper lids (eyes.ts EYE_PROUD), which turn up under them as the eyes open.
// The open mouth's dark (mouth.ts) lies under the lips, which cover its edges.
export const FEATURE_PROUD = { brow: 0.034, lip: 0.012, nostril: 0.006, mouth: 0.002 } as const;

// The colour of lips on this skin: a little darker and rosier.
export function lipColor(skin: THREE.Color): THREE.Color {
  return skin.clone().lerp(new THREE.Color(0xa8545a), 0.4).multiplyScalar(0.82);
}

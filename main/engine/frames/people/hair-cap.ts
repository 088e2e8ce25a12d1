// The hair on the skull: a shell grown out of the skull's own surface (skull.ts) down to a hairline
// that follows the head the way a real one does: across the forehead, back at the temples, down in
// front of the ears as sideburns, up and over each ear, and low at the nape. It is thick on the crown
// and thins to nothing at the hairline, its height rises and falls in locks (an even shell read as a
// helmet), and its last rows fade into the skin's colour so the hairline is soft, not a hard rim.
// Built in the unit skull's space, so it is placed exactly as the skull is.
import * as THREE from 'three';
import { CURL_CELL, nearestCurl, type CurlHit } from '../shading/curl-lattice';
import { fbm2, smoothstep } from '../shading/noise';
import { skullPoint } from './skull';
import { smoothTable } from './smooth-table';
import type { FaceKind, HairStyle } from './types';

export interface CapStyle {
  // The hairline: [degrees round from the face (0) to the back (180), height of the line on the
  // unit sphere (sine of its latitude)], the same either side.
  line: readonly (readonly [number, number])[];
  // How far the hair stands off the skull on the crown (unit skull radii), and how much its locks
  // vary that (a share of it).
  thick: number;
  locks: number;
  // How much of the skin's colour shows through the hair everywhere (a buzz cut is mostly skin).
  skinShow: number;
  // Curls: bumps over the shell (one per curl of curl-lattice.ts), as a share of `thick`.
  curls: number;
  // Clipped sides and back: below this height (unit sphere) the hair is cut to `thick` deep with
  // `skinShow` of the skin through it, changing over `soft` either side of the line.
  clip?: { at: number; thick: number; skinShow: number; soft: number };
  // The parting runs on over the crown and down the back to the nape (hair split in two for two
  // braids); otherwise it stops at the crown.
  partThrough?: boolean;
}

// Ears (lon ~81-99 degrees, unit heights -0.2..0.2): short hair comes down in front of them as a
// sideburn, goes over them, and down again behind them to the nape.
const SHORT_LINE = [[0, 0.72], [25, 0.7], [45, 0.6], [62, 0.45], [70, 0.1], [75, -0.14], [79, -0.14], [83, 0.26], [100, 0.3], [108, 0.05], [118, -0.3], [145, -0.5], [180, -0.56]] as const;
// Long hair covers the ears and comes down the sides of the face.
const LONG_LINE = [[0, 0.7], [25, 0.67], [45, 0.5], [62, 0.2], [75, -0.25], [95, -0.4], [130, -0.55], [180, -0.6]] as const;
// Receding: bare temples and a high brow, the rest as a short cut.
const RECEDING_LINE = [[0, 0.92], [40, 0.9], [58, 0.62], [68, 0.3], [74, 0.0], [79, -0.12], [83, 0.26], [100, 0.3], [108, 0.05], [118, -0.3], [145, -0.48], [180, -0.52]] as const;
// Curls stand out over the ears and the temples without sideburns (whose steep edges, drawn out by
// the curls' depth, left long straight triangles in the outline).
const CURLY_LINE = [[0, 0.7], [25, 0.68], [45, 0.58], [62, 0.42], [80, 0.22], [100, 0.22], [118, -0.25], [145, -0.5], [180, -0.56]] as const;

// Hair stands well off the skull (a real head of hair is 1-3 cm deep on the crown, 0.1-0.25 head
// radii): thinner, it read as a painted helmet. Hair pulled back into a tail or a bun lies flatter.
export const CAP_STYLES: Record<Exclude<HairStyle, 'bald'>, CapStyle> = {
  short: { line: SHORT_LINE, thick: 0.13, locks: 0.45, skinShow: 0, curls: 0 },
  buzz: { line: SHORT_LINE, thick: 0.012, locks: 0, skinShow: 0.35, curls: 0 },
  receding: { line: RECEDING_LINE, thick: 0.07, locks: 0.4, skinShow: 0.1, curls: 0 },
  long: { line: LONG_LINE, thick: 0.17, locks: 0.35, skinShow: 0, curls: 0 },
  ponytail: { line: SHORT_LINE, thick: 0.07, locks: 0.2, skinShow: 0, curls: 0 },
  bun: { line: SHORT_LINE, thick: 0.07, locks: 0.2, skinShow: 0, curls: 0 },
  braid: { line: SHORT_LINE, thick: 0.07, locks: 0.2, skinShow: 0, curls: 0 },
  braids: { line: SHORT_LINE, thick: 0.07, locks: 0.2, skinShow: 0, curls: 0, partThrough: true },
  // Short back and sides: clipped close up to the temples and round the back of the head (a line
  // about a third of the way up from the ears to the crown), longer on top.
  'short-sides': { line: SHORT_LINE, thick: 0.14, locks: 0.4, skinShow: 0, curls: 0, clip: { at: 0.55, thick: 0.018, skinShow: 0.42, soft: 0.035 } },
  curly: { line: CURLY_LINE, thick: 0.2, locks: 0.3, skinShow: 0, curls: 0.35 },
  // Long curly hair: curls on the crown, down over the ears into its fall (long-hair.ts).
  'long-curly': { line: LONG_LINE, thick: 0.2, locks: 0.3, skinShow: 0, curls: 0.35 },
};
// The parting: a groove this wide (unit radii) from the brow back over the crown, this deep (a share
// of the hair's depth), where the hair falls away either side. Only hair worn down shows one, and
// two braids' (buzzed, curly and pulled-back hair none: on a thin tail's cap it read as a bald stripe).
const PART_WIDTH = 0.06, PART_DEPTH = 0.6;
const PARTED = new Set<HairStyle>(['short', 'long', 'receding', 'braids']);

// How far the hair's edge stands off the skin (unit radii): just proud of it, as brows are.
export const CAP_EDGE = 0.014;
// The share of the way from the crown to the hairline where the hair starts thinning, and where its
// colour starts giving way to the skin's.
const THIN_FROM = 0.62;
const FADE_FROM = 0.86;
const COLS = 96, ROWS = 24;

// The hairline's height at `deg` round from the face (smoothly between the table's points).
export const hairlineAt = (line: CapStyle['line'], deg: number): number => smoothTable(line, Math.abs(deg));

// A curl's dome at the skull point p: high over the nearest curl's centre (curl-lattice.ts, where
// the strands' spirals wind), low between curls, so the outline is a row of bumps. -0.5..1.1.
const hit: CurlHit = { cx: 0, cy: 0, cz: 0, id: 0, d2: 0 };
function curlBump(p: THREE.Vector3): number {
  nearestCurl(p.x, p.y, p.z, hit);
  const t = Math.max(0, 1 - hit.d2 / (0.55 * CURL_CELL) ** 2);
  return 1.6 * t * t * (3 - 2 * t) - 0.5;
}

// How much of the hair's depth is left at (dx, dy, dz) on the unit sphere: the parting's groove
// (on top, from the front back to the crown) where the hair falls away from `parting`.
function partingAt(style: Exclude<HairStyle, 'bald'>, parting: number | null, dx: number, dy: number, dz: number): number {
  if (!PARTED.has(style) || parting === null) return 1;
  const across = (dx - parting) / PART_WIDTH;
  const along = CAP_STYLES[style].partThrough ? 1 : smoothstep(0.35, 0.7, dy) * smoothstep(-0.45, 0.1, dz);
  return 1 - PART_DEPTH * Math.exp(-across * across) * along;
}

// How far the cap stands off the skull (unit radii) at its row k (0 at the crown, 1 at the hairline)
// and height dy, before its locks, curls and parting.
const capOut = (st: CapStyle, k: number, dy: number): number => CAP_EDGE + thickAt(st, dy) * (1 - smoothstep(THIN_FROM, 1, k)) * (1 + 0.35 * smoothstep(0.2, 0.9, dy));
// How clipped the hair is at height dy (1 below a clipper's line, 0 above it or with no line).
const clippedAt = (st: CapStyle, dy: number): number => (st.clip ? 1 - smoothstep(st.clip.at - st.clip.soft, st.clip.at + st.clip.soft, dy) : 0);
const thickAt = (st: CapStyle, dy: number): number => st.thick + ((st.clip?.thick ?? st.thick) - st.thick) * clippedAt(st, dy);
// How far (a share) a lock raises the cap at most (fbm2 keeps within about 0.25 of its middle), and
// a curl (curlBump's highest).
const LOCK_RISE = 2 * 0.25, CURL_RISE = 1.1;

// The cap's outer surface in the direction (dx, dy, dz) of the unit sphere, at its locks' highest
// (hair laid over it, long hair's fall, clears every lock), in the unit skull's space; into out.
export function capOuter(kind: FaceKind, style: Exclude<HairStyle, 'bald'>, dx: number, dy: number, dz: number, out: THREE.Vector3): THREE.Vector3 {
  const st = CAP_STYLES[style];
  const lat = Math.asin(Math.max(-1, Math.min(1, dy)));
  const edge = Math.asin(Math.max(-0.95, Math.min(0.95, hairlineAt(st.line, THREE.MathUtils.radToDeg(Math.atan2(dx, dz))))));
  const k = Math.min(1, (Math.PI / 2 - lat) / (Math.PI / 2 - edge));
  const o = capOut(st, k, dy) * (1 + LOCK_RISE * st.locks + CURL_RISE * st.curls);
  skullPoint(kind, dx, dy, dz, out);
  return out.set(out.x + dx * o, out.y + dy * o, out.z + dz * o);
}

// The cap's geometry, with vertex colours from the hair's colour fading into the skin's at its edge;
// parting as PersonLook's, or null for hair combed forward into a fringe (fringe.ts), which has none.
export function hairCapGeometry(kind: FaceKind, style: Exclude<HairStyle, 'bald'>, hair: THREE.Color, skin: THREE.Color, parting: number | null = 0.25): THREE.BufferGeometry {
  const st = CAP_STYLES[style];
  // Curls need a finer grid: a few vertices across each bump.
  const fine = st.curls > 0 ? 2 : 1, cols = COLS * fine, rows = ROWS * fine;
  const pos: number[] = [], col: number[] = [];
  const s = new THREE.Vector3(), c = new THREE.Color();
  for (let r = 0; r <= rows; r++) {
    // Rows crowd towards the hairline, where the shell thins and the colour fades.
    const k = 1 - (1 - r / rows) ** 1.4;
    for (let i = 0; i < cols; i++) {
      const lon = -Math.PI + (2 * Math.PI * i) / cols;
      const deg = THREE.MathUtils.radToDeg(lon);
      // A slightly ragged line (a few hundredths), not a ruled edge.
      const edge = hairlineAt(st.line, deg) + 0.05 * (fbm2((i / fine) * 0.5, 3.1, 2, 41) - 0.5);
      const lat = Math.PI / 2 - k * (Math.PI / 2 - Math.asin(Math.max(-0.95, Math.min(0.95, edge))));
      const dx = Math.sin(lon) * Math.cos(lat), dy = Math.sin(lat), dz = Math.cos(lon) * Math.cos(lat);
      skullPoint(kind, dx, dy, dz, s);
      // Locks: long along the fall from the crown (slow in k), narrow across it.
      // (none at the crown, where every column meets and their noise would stand up in a tuft)
      const lock = (fbm2(lon * 5 + 7, k * 2.2, 3, 53) - 0.5) * smoothstep(0, 0.4, k);
      const curl = st.curls > 0 ? st.curls * curlBump(s) : 0;
      // (thinning towards the hairline; more lift on the crown than at the sides, where hair lies
      // down against the head)
      const clipped = clippedAt(st, dy);
      const out = CAP_EDGE + (capOut(st, k, dy) - CAP_EDGE) * partingAt(style, parting, dx, dy, dz) * (1 + 2 * st.locks * lock * (1 - clipped) + curl);
      pos.push(s.x + dx * out, s.y + dy * out, s.z + dz * out);
      const skinShow = st.skinShow + ((st.clip?.skinShow ?? 0) - st.skinShow) * clipped;
      const show = skinShow + (1 - skinShow) * 0.7 * smoothstep(FADE_FROM, 1, k);
      c.copy(hair).lerp(skin, show);
      col.push(c.r, c.g, c.b);
    }
  }
  const idx: number[] = [];
  const at = (r: number, i: number): number => r * cols + (i % cols);
  for (let r = 0; r < rows; r++) for (let i = 0; i < cols; i++) idx.push(at(r, i), at(r + 1, i + 1), at(r, i + 1), at(r, i), at(r + 1, i), at(r + 1, i + 1));
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(col, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

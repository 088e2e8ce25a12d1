// Long hair's fall: a curtain that hangs from the back and sides of the skull, behind the ears, down
// behind the neck and the shoulders to the shoulder blades. Its front edge tips back as it falls, so
// below the jaw it is always behind the neck and, lower, behind the upper back: seen from front it
// shows as hair either side of the neck that goes on down behind the shoulders (its lower end hidden
// by them), never a rounded patch under the chin that reads as a beard.
// One smooth loft read as a sheet from behind, so the curtain is cut into locks: joined at the head,
// each rounding out and narrowing to its own tip further down, so they part towards the tips and end
// unevenly, with a groove where the parting carries on down the back. Which locks, how wide and how
// long is the person's own (by seed), so two women's hair does not end in the same points.
import * as THREE from 'three';
import { mulberry32 } from '../../seeded-random';
import { smoothstep } from '../shading/noise';
import { capOuter } from './hair-cap';
import { SKULL_RADII, skullPoint } from './skull';
import type { FaceKind, HairStyle } from './types';

// Stations down the fall, in head radii from the skull's centre: u up, f forward (of the ring's
// centre), half-width across and half-depth front to back. Its back stays outside the skull and the
// hair cap (about 1.1 back); its front edge runs behind the ears (tucked behind them) and behind the
// neck's axis at the jaw (-0.23), and behind the back of the neck (its radius is about 0.45) from
// where the neck meets the shoulders down.
// It starts high on the crown, under the cap, and comes out of it hugging it (hugCap): started lower,
// where the cap curves in, its top edge stood off the back of the head as a ridge.
export const LONG_HAIR: readonly { u: number; f: number; w: number; d: number }[] = [
  { u: 0.95, f: -0.25, w: 0.5, d: 0.45 },
  { u: 0.5, f: -0.35, w: 0.72, d: 0.55 },
  { u: 0, f: -0.5, w: 1.06, d: 0.64 },
  { u: -0.4, f: -0.55, w: 1.04, d: 0.55 },
  { u: -0.9, f: -0.65, w: 1.0, d: 0.42 },
  { u: -1.5, f: -0.85, w: 0.98, d: 0.3 },
  { u: -2.1, f: -1.1, w: 0.95, d: 0.24 },
  { u: -2.6, f: -1.15, w: 0.85, d: 0.16 },
  { u: -2.72, f: -1.15, w: 0.3, d: 0.05 },
];

// The cut: about this many locks round the fall (a lock ~4 cm across on the back), rows down each;
// from `PART_FROM` of the way down a lock narrows by up to `PINCH` of its width at its tip (each lock
// its own share of that) and rounds
// out by `ROUND` head radii in its middle; its tip is pointed (its edges `POINT` shorter than its
// middle) and the locks' lengths differ by up to `RAGGED` of the fall. The parting's groove down the
// back is `GROOVE` deep.
const LOCKS = 15, COLS = 72, ROWS = 26;
const PART_FROM = 0.55, PINCH = 0.45, ROUND = 0.06, POINT = 0.14, RAGGED = 0.22, GROOVE = 0.05;

// One station value at s (0 at the top, 1 at the hem), a Catmull-Rom curve through the stations.
function station(key: 'u' | 'f' | 'w' | 'd', s: number): number {
  const n = LONG_HAIR.length - 1, x = Math.max(0, Math.min(1, s)) * n;
  const i = Math.min(n - 1, Math.floor(x)), t = x - i;
  const p = (k: number): number => LONG_HAIR[Math.max(0, Math.min(n, k))]![key];
  const p0 = p(i - 1), p1 = p(i), p2 = p(i + 1), p3 = p(i + 2);
  return p1 + 0.5 * t * (p2 - p0 + t * (2 * p0 - 5 * p1 + 4 * p2 - p3 + t * (3 * (p1 - p2) + p3 - p0)));
}

// The locks round the fall: where each starts (radians round from the middle of the back towards
// the person's left) and its length (a share of the fall), one lock edge on the parting.
function cutLocks(cut: number, parting: number): { from: number; to: number; length: number; pinch: number; phase: number }[] {
  const rng = mulberry32((cut * 4294967296) >>> 0), phases = mulberry32(((cut * 4294967296) >>> 0) ^ 0x9e3779b9);
  const at0 = Math.asin(Math.max(-0.6, Math.min(0.6, parting / LONG_HAIR[0]!.w)));
  const widths = Array.from({ length: LOCKS }, () => 0.7 + 0.6 * rng.next());
  const sum = widths.reduce((a, b) => a + b, 0);
  let from = at0;
  return widths.map((w) => {
    const lock = { from, to: from + (2 * Math.PI * w) / sum, length: 1 - RAGGED * rng.next(), pinch: PINCH * (0.4 + 0.6 * rng.next()), phase: 0 };
    // (from a stream of its own, so each seed's straight locks stay as they were)
    lock.phase = 2 * Math.PI * phases.next();
    from = lock.to;
    return lock;
  });
}

// The fall swings (hair-swing.ts) about this height (head radii): where it leaves the cap, so the part
// lying on it stays on it.
export const FALL_PIVOT_U = 0;
// The styles that hang in a fall (the rest end at the hairline or are tied up).
export type FallStyle = 'long' | 'long-curly';
export const fallsLong = (style: HairStyle): style is FallStyle => style === 'long' || style === 'long-curly';

// Long curly hair's locks wind: each turns round once every `CURL_PITCH` head radii down the fall
// (ringlets 3-4 cm a turn), standing out `CURL_OUT` on its front and swaying `CURL_SWAY` of its
// width from side to side as it turns, so its outline has a bump at each turn; from `CURL_FROM` of
// the way down (above, it lies on the cap).
const CURL_PITCH = 0.36, CURL_OUT = 0.14, CURL_SWAY = 0.3, CURL_FROM = [0.18, 0.32] as const;
// The fall's length in head radii, near enough (the curls' phase runs along it).
const FALL_LENGTH = LONG_HAIR[0]!.u - LONG_HAIR[LONG_HAIR.length - 1]!.u;

// Over the back of the head the fall lies on the cap (hair-cap.ts capOuter, its locks' highest), just
// clear of it: its top edge `HUG_IN` under the cap, out of it by `HUG_OUT` a share `HUG_BAND` of
// the way down; rounding off the larger of the two over `HUG_SOFT` (head radii), so it leaves
// the cap smoothly where the cap curves in to the nape.
const HUG_IN = 0.05, HUG_OUT = 0.015, HUG_BAND = 0.14, HUG_SOFT = 0.04;
const R = SKULL_RADII;
const cap = new THREE.Vector3();

// Pushes the point p (head units, from the skull's centre) out onto the cap where it lies inside it,
// `back` (0..1) of the way (the ring's front, inside the head, stays put); s: how far down the fall.
function hugCap(kind: FaceKind, style: FallStyle, p: THREE.Vector3, s: number, back: number): void {
  if (back <= 0) return;
  const qx = p.x / R.rx, qy = p.y / R.ry, qz = p.z / R.rz, ql = Math.hypot(qx, qy, qz);
  capOuter(kind, style, qx / ql, qy / ql, qz / ql, cap);
  const rc = Math.hypot(cap.x * R.rx, cap.y * R.ry, cap.z * R.rz) - HUG_IN + (HUG_IN + HUG_OUT) * smoothstep(0, HUG_BAND, s);
  const rp = p.length();
  const rr = (rp + rc + Math.sqrt((rp - rc) ** 2 + HUG_SOFT * HUG_SOFT)) / 2 - HUG_SOFT / 2;
  p.multiplyScalar(1 + back * (Math.max(rp, rr) / rp - 1));
}

// At the sides, in front of the fall's widest (a ring's cz below `LIE_FROM`), its hair lies down on
// the head behind the ear: how far it stands out of the skin falls away to `LIE_OUT` (head radii) by
// `LIE_TO`, down to the jaw (`LIE_DOWN`, head radii below the skull's centre). Standing out to its
// ring's full width to the last, its front edge read as a hard cut with a shadowed gap under the cap.
const LIE_FROM = 0.25, LIE_TO = -0.45, LIE_OUT = 0.012, LIE_DOWN = [-1.1, -0.7] as const;
const skin = new THREE.Vector3();

function lieOnHead(kind: FaceKind, p: THREE.Vector3, cz: number): void {
  const w = smoothstep(LIE_FROM, LIE_TO, cz) * smoothstep(LIE_DOWN[0], LIE_DOWN[1], p.y);
  if (w <= 0) return;
  const qx = p.x / R.rx, qy = p.y / R.ry, qz = p.z / R.rz, ql = Math.hypot(qx, qy, qz);
  skullPoint(kind, qx / ql, qy / ql, qz / ql, skin);
  const rs = Math.hypot(skin.x * R.rx, skin.y * R.ry, skin.z * R.rz) + LIE_OUT;
  const rp = p.length();
  if (rp > rs) p.multiplyScalar((rs + (rp - rs) * (1 - w)) / rp);
}

// The fall's geometry in head units (x across to the person's left, y up, z forward), placed with the
// head's frame scaled by its radius. cut: the person's own draw (0..1) of locks; parting as
// PersonLook's.
export function longHairGeometry(kind: FaceKind, style: FallStyle, cut = 0.5, parting = 0.25): THREE.BufferGeometry {
  const curly = style === 'long-curly';
  const locks = cutLocks(cut, parting);
  const at0 = locks[0]!.from;
  const pos: number[] = [], idx: number[] = [];
  const p = new THREE.Vector3();
  for (const lock of locks) {
    const cols = Math.max(3, Math.round(((lock.to - lock.from) / (2 * Math.PI)) * COLS));
    const mid = (lock.from + lock.to) / 2;
    const base = pos.length / 3;
    for (let c = 0; c <= cols; c++) {
      const rel = (2 * c) / cols - 1;
      const end = lock.length - POINT * rel * rel;
      for (let r = 0; r <= ROWS; r++) {
        const s = (end * r) / ROWS;
        const part = smoothstep(PART_FROM, lock.length, s);
        // A curl's turn: its phase down the lock, and across it half a turn (the ridge runs round).
        const wind = curly ? smoothstep(CURL_FROM[0], CURL_FROM[1], s) : 0;
        const turn = (2 * Math.PI * s * FALL_LENGTH) / CURL_PITCH + lock.phase;
        const half = (lock.to - lock.from) / 2;
        // (its edges stay put: swayed whole, neighbouring locks parted and showed gaps)
        const th = mid + half * (rel * (1 - lock.pinch * part) + wind * CURL_SWAY * (1 - rel * rel) * Math.sin(turn));
        const w = station('w', s), d = station('d', s);
        // Out along the ring's normal: the lock's rounding and its curls, less the parting's groove.
        const fromPart = Math.atan2(Math.sin(th - at0), Math.cos(th - at0)) / 0.09;
        const curl = wind * CURL_OUT * (1 - 0.5 * rel * rel) * (0.5 + 0.5 * Math.cos(turn + (Math.PI / 2) * rel));
        const out = ROUND * (1 - rel * rel) * smoothstep(PART_FROM * 0.8, lock.length, s) - GROOVE * Math.exp(-fromPart * fromPart) + curl;
        const sx = Math.sin(th), cz = Math.cos(th);
        const nl = 1 / Math.hypot(sx / w, cz / d);
        p.set(w * sx + (out * sx * nl) / w, station('u', s), station('f', s) - d * cz - (out * cz * nl) / d);
        hugCap(kind, style, p, s, smoothstep(-0.3, 0.2, cz));
        lieOnHead(kind, p, cz);
        pos.push(p.x, p.y, p.z);
      }
    }
    for (let c = 0; c < cols; c++) {
      for (let r = 0; r < ROWS; r++) {
        const a = base + c * (ROWS + 1) + r, b = a + ROWS + 1;
        idx.push(a, b, a + 1, b, b + 1, a + 1);
      }
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  return g;
}

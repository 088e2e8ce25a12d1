// A suit: a jacket whose lapels open in a V over a shirt and tie, two buttons below the V, pocket
// flaps at the hips, long sleeves with the shirt's cuff showing past them, trousers of the same
// cloth pressed with a crease (cloth-folds.ts), dark wool with a low sheen. A woman's has no tie (her
// shirt's collar open in the V).
import * as THREE from 'three';
import { smoothstep } from '../../shading/noise';
import type { SurfaceSample } from '../../shading/surfaces';
import type { PersonLook } from '../types';
import { button, darken, inside, lineCover, paint } from './marks';
import type { FrontPoint, OutfitModule } from './types';
import { OUTFIT_NOUNS } from '../../../body/outfit-words';

const c = (hex: number): THREE.Color => new THREE.Color(hex);
// Charcoal, navy, black, mid grey, and a brown now and then.
const SUITS = [0x2f3236, 0x1f2a44, 0x1a1a1c, 0x4d5157, 0x24304d, 0x4a3b2e];
const SHIRTS = [0xf2f2ee, 0xf2f2ee, 0xdfe8f3, 0xf4efe4];
const TIES = [0x7a1f2b, 0x1f3a6e, 0xa32b2b, 0x2f4a36, 0x5a2a5e, 0x8a6a2a];

// As fractions of the wearer's height: the V's depth below the collar ring and its half-width at the
// top, the lapel's width beside it at the top, the tie's half-width at its knot and at the V's point,
// the knot's height, the buttons (radius, their first below the V, the next further down), the
// pocket flaps (below the waist, from and to across) and the seams' half-width. A 1.8 m man's V is
// 29 cm deep, the lapels 4 cm wide, the tie 8 cm at its widest.
export const SUIT = {
  vDepthH: 0.16, vHalfH: 0.045, lapelH: 0.026, tieKnotH: 0.0075, tieH: 0.012, knotH: 0.02,
  buttonH: 0.0055, buttonsH: [0.012, 0.07], flapDownH: 0.035, flapH: [0.035, 0.085], seamH: 0.0012,
} as const;

export const suit: OutfitModule = {
  kind: 'suit',
  nouns: OUTFIT_NOUNS.suit,
  cut: { coversWaist: true, hood: false, toKnees: false, roughness: 0.55, cuff: 'shirt' },
  dress(look, i) {
    const cloth = i.color ?? c(i.pick(SUITS));
    const shirt = c(i.pick(SHIRTS)), tie = c(i.pick(TIES));
    look.top = { kind: 'jacket', color: cloth, number: null, neck: look.face === 'fem' ? 'collar' : 'tied' };
    look.bottom = { kind: look.bottom.kind === 'skirt' ? 'skirt' : 'trousers', color: cloth.clone() };
    look.shoes = c(i.pick([0x1a1a1a, 0x3b2418]));
    look.outfit = { kind: 'suit', shirt, tie: look.face === 'fem' ? null : tie, trim: cloth.clone().multiplyScalar(0.35) };
  },
  front: suitFront,
  nativeParams(look) {
    const { shirt, tie, trim } = look.outfit!;
    const S = SUIT;
    return [shirt.r, shirt.g, shirt.b, tie ? 1 : 0, tie?.r ?? 0, tie?.g ?? 0, tie?.b ?? 0, trim.r, trim.g, trim.b,
      S.vDepthH, S.vHalfH, S.lapelH, S.tieKnotH, S.tieH, S.knotH, S.buttonH, ...S.buttonsH, S.flapDownH, ...S.flapH, S.seamH];
  },
};

function suitFront(s: SurfaceSample, at: FrontPoint, look: PersonLook): void {
  const { H, across, up } = at;
  const o = look.outfit!;
  const face = smoothstep(0, 0.03 * H, at.forward);
  if (face <= 0) return;
  const depth = SUIT.vDepthH * H, x = Math.abs(across), fp = s.footprint;
  // The V's half-width at this height (0 at its point), and the lapel's outer edge beside it.
  const down = Math.min(1, Math.max(0, -up / depth));
  const vHalf = SUIT.vHalfH * H * (1 - down);
  const lapel = vHalf + SUIT.lapelH * H * (1 - down) ** 0.7;
  if (up > -depth && up < 0.01 * H) {
    const inV = inside(x - vHalf, fp) * face;
    if (inV > 0) openFront(s, at, look, inV, vHalf);
    // The lapel: rolled, a little lighter, with its edge's seam in shadow.
    const onLapel = inside(x - lapel, fp) * (1 - inside(x - vHalf, fp)) * face;
    if (onLapel > 0) rollLapel(s, at, onLapel * Math.sign(across));
    darken(s, 0.5 * face * lineCover(x - lapel, SUIT.seamH * H, fp));
  }
  // Below the V: the closing edge, two buttons, and the pocket flaps.
  if (up <= -depth + 0.01 * H) {
    darken(s, 0.45 * face * lineCover(across, SUIT.seamH * H, fp) * smoothstep(-depth + 0.01 * H, -depth - 0.005 * H, up));
    for (let b = 0; b < SUIT.buttonsH.length; b++) button(s, across, up + depth + SUIT.buttonsH[b]! * H, SUIT.buttonH * H, o.trim, at.frame.right, at.frame.up);
  }
  const flapY = at.waistUp - SUIT.flapDownH * H;
  if (x > SUIT.flapH[0] * H && x < SUIT.flapH[1] * H) darken(s, 0.45 * face * lineCover(up - flapY, SUIT.seamH * H, fp));
}

// The shirt in the V, the tie down its middle, and the lapel's shadow along the V's edge.
function openFront(s: SurfaceSample, at: FrontPoint, look: PersonLook, k: number, vHalf: number): void {
  const { H, across, up } = at;
  const o = look.outfit!;
  paint(s, o.shirt, k, 0.97);
  s.roughness += (0.75 - s.roughness) * k;
  if (o.tie) {
    const knot = up > -SUIT.knotH * H - 0.012 * H;
    const t = Math.min(1, -up / (SUIT.vDepthH * H));
    const half = knot ? SUIT.tieKnotH * H : (SUIT.tieKnotH + (SUIT.tieH - SUIT.tieKnotH) * t) * H;
    const onTie = inside(Math.abs(across) - half, s.footprint) * k;
    // A silk's diagonal stripes, fading when finer than the pixel.
    const stripe = 0.92 + 0.08 * Math.sin((across + up) * 700) * smoothstep(0.004, 0.0015, s.footprint);
    paint(s, o.tie, onTie, knot ? 0.85 : stripe);
    s.roughness += (0.4 - s.roughness) * onTie;
  }
  darken(s, 0.3 * k * lineCover(Math.abs(across) - vHalf, 0.004 * H, s.footprint));
}

// A lapel rolls outward from the V: its normal tilted out across the body (so it catches the light
// unlike the flat front beside it, which a shade alone on black cloth did not show) and its cloth a
// little lighter. k: how much of the pixel it is, signed by the side.
function rollLapel(s: SurfaceSample, at: FrontPoint, k: number): void {
  const r = at.frame.right, by = 0.45 * k;
  const nx = s.nx + by * r.x, ny = s.ny + by * r.y, nz = s.nz + by * r.z, l = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
  s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
  const light = 1 + 0.12 * Math.abs(k);
  s.r *= light; s.g *= light; s.b *= light;
}

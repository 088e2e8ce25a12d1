// A hoodie: long sleeves gathered in ribbed cuffs, a ribbed hem over the belt, a hood lying down on
// the back round the neck (hood.ts; never up, over the hair), a pouch pocket across the front with
// its openings at the sides, and the hood's drawstrings hanging from the neckline.
import * as THREE from 'three';
import { smoothstep } from '../../shading/noise';
import type { SurfaceSample } from '../../shading/surfaces';
import type { PersonLook } from '../types';
import { darken, inside, lineCover, paint } from './marks';
import type { FrontPoint, OutfitModule } from './types';
import { OUTFIT_NOUNS } from '../../../body/outfit-words';

const c = (hex: number): THREE.Color => new THREE.Color(hex);
const DRAWSTRINGS = [0xf0efe8, 0xf0efe8, 0x1c1c1c, 0xd9d4c7];

// As fractions of the wearer's height: the pocket's top and bottom above the waist, its half-width
// at the top and at the bottom; the drawstrings either side of the middle, their half-width, and how
// far each hangs below the collar ring (one a little longer); the ribbed hem's height; the seams'
// half-width. A 1.8 m man's pocket is 14 cm tall and 27 cm wide at its foot.
export const HOODIE = {
  pocketTopH: 0.1, pocketFootH: 0.022, pocketTopHalfH: 0.05, pocketFootHalfH: 0.075,
  stringAcrossH: 0.016, stringHalfH: 0.0016, stringsH: [0.085, 0.1], ribH: 0.026, seamH: 0.0013,
} as const;
// Rib wales round the body (radians of the angle round it).
const RIB_ROUND = 160;

export const hoodie: OutfitModule = {
  kind: 'hoodie',
  nouns: OUTFIT_NOUNS.hoodie,
  cut: { coversWaist: true, hood: true, toKnees: false, roughness: 0.9, cuff: 'rib' },
  dress(look, i) {
    const cloth = i.color ?? look.top.color;
    look.top = { kind: 'hoodie', color: cloth, number: null, neck: 'crew' };
    if (look.bottom.kind === 'skirt') look.bottom = { kind: 'trousers', color: c(0x2c3446) };
    look.outfit = { kind: 'hoodie', shirt: cloth.clone(), tie: null, trim: c(i.pick(DRAWSTRINGS)) };
  },
  front: hoodieFront,
  nativeParams(look) {
    const { trim } = look.outfit!;
    const K = HOODIE;
    return [trim.r, trim.g, trim.b, K.pocketTopH, K.pocketFootH, K.pocketTopHalfH, K.pocketFootHalfH, K.stringAcrossH, K.stringHalfH, ...K.stringsH, K.ribH, K.seamH, RIB_ROUND];
  },
};

function hoodieFront(s: SurfaceSample, at: FrontPoint, look: PersonLook): void {
  const { H, across, up, forward, waistUp } = at;
  const fp = s.footprint, x = Math.abs(across);
  // The ribbed hem all round: wales across the band, fading when finer than the pixel.
  if (up < waistUp + HOODIE.ribH * H) {
    const rib = Math.sin(Math.atan2(across, forward) * RIB_ROUND) * smoothstep(0.004, 0.0015, fp);
    darken(s, 0.1 + 0.06 * rib);
  }
  const face = smoothstep(0, 0.03 * H, forward);
  if (face <= 0) return;
  // The pouch: its top seam, its side openings slanting out to its foot, shaded a little inside.
  const top = waistUp + HOODIE.pocketTopH * H, foot = waistUp + HOODIE.pocketFootH * H;
  if (up < top + 0.004 * H && up > foot - 0.004 * H) {
    const t = Math.min(1, Math.max(0, (top - up) / (top - foot)));
    const half = (HOODIE.pocketTopHalfH + (HOODIE.pocketFootHalfH - HOODIE.pocketTopHalfH) * t) * H;
    const inPocket = inside(x - half, fp) * inside(up - top, fp) * face;
    darken(s, 0.05 * inPocket);
    const seam = HOODIE.seamH * H;
    darken(s, 0.5 * face * Math.max(lineCover(x - half, seam, fp) * (up <= top ? 1 : 0), lineCover(up - top, seam, fp) * (x <= half ? 1 : 0)));
  }
  // The drawstrings: two cords from the neckline, one hanging a little lower, with tipped ends (the
  // tips half the cord's shade). A loop, not forEach, and the tip's shade passed to paint, not a
  // darker colour cloned: this runs for every shaded sample and allocates nothing.
  const o = look.outfit!;
  for (let k = 0; k < HOODIE.stringsH.length; k++) {
    const len = HOODIE.stringsH[k]!;
    const cx = (k === 0 ? -1 : 1) * HOODIE.stringAcrossH * H;
    if (up > -0.02 * H || up < -len * H) continue;
    const cord = lineCover(across - cx, HOODIE.stringHalfH * H, fp) * face;
    const tip = up < -(len - 0.01) * H;
    paint(s, o.trim, cord, tip ? 0.5 : 1);
    darken(s, 0.35 * face * lineCover(across - cx - 2.2 * HOODIE.stringHalfH * H, HOODIE.stringHalfH * H, fp));
  }
}

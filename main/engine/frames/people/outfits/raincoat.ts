// A raincoat: coated cloth, glossy (low roughness, with the slick of running rain in streaks down
// it), long to the knees (skirt.ts hangs it from the waist), a hood lying down on the back (hood.ts),
// a collar, and a placket down the front closed with buttons to below the waist.
import * as THREE from 'three';
import { fbm3, smoothstep } from '../../shading/noise';
import type { SurfaceSample } from '../../shading/surfaces';
import type { PersonLook } from '../types';
import { button, darken, lineCover } from './marks';
import type { FrontPoint, OutfitModule } from './types';
import { OUTFIT_NOUNS } from '../../../body/outfit-words';

const c = (hex: number): THREE.Color => new THREE.Color(hex);
// Fisherman's yellow most, then navy, red, olive and black.
const COATS = [0xf2c230, 0xf2c230, 0x1f2f4d, 0xb52a25, 0x4f5a33, 0x1c1c1e];
// The placket's edge right of the middle, the buttons (radius, the first below the collar ring, how
// far apart, how many), the seams' half-width, as fractions of height; the coated cloth's roughness
// and how much the slick of rain lowers it in its streaks.
export const RAINCOAT = { placketH: 0.012, buttonH: 0.0065, firstH: 0.05, stepH: 0.07, buttons: 6, seamH: 0.0013, roughness: 0.28, slick: 0.2 } as const;

export const raincoat: OutfitModule = {
  kind: 'raincoat',
  nouns: OUTFIT_NOUNS.raincoat,
  cut: { coversWaist: true, hood: true, toKnees: true, roughness: RAINCOAT.roughness, cuff: 'hem' },
  dress(look, i) {
    const cloth = i.color ?? c(i.pick(COATS));
    // Buttons a darker shade of a light coat, a lighter one of a dark coat.
    const trim = cloth.getHSL({ h: 0, s: 0, l: 0 }).l > 0.3 ? c(0x2a2118) : c(0xc9c4b8);
    look.top = { kind: 'raincoat', color: cloth, number: null, neck: 'collar' };
    look.outfit = { kind: 'raincoat', shirt: cloth.clone(), tie: null, trim };
  },
  front: raincoatFront,
  nativeParams(look) {
    const { trim } = look.outfit!;
    const R = RAINCOAT;
    return [trim.r, trim.g, trim.b, R.placketH, R.buttonH, R.firstH, R.stepH, R.buttons, R.seamH, R.roughness, R.slick];
  },
};

// The coated cloth's gloss, wet in streaks running down it; then the placket and its buttons.
export function raincoatFront(s: SurfaceSample, at: FrontPoint, look: PersonLook): void {
  const streak = fbm3(s.x * 30, s.y * 4, s.z * 30, 2, 91, s.footprint * 30);
  s.roughness = RAINCOAT.roughness - RAINCOAT.slick * smoothstep(0.45, 0.75, streak);
  const { H, across, up } = at;
  const face = smoothstep(0, 0.03 * H, at.forward);
  if (face <= 0 || up > -0.02 * H) return;
  darken(s, 0.45 * face * lineCover(across - RAINCOAT.placketH * H, RAINCOAT.seamH * H, s.footprint));
  const o = look.outfit!;
  for (let k = 0; k < RAINCOAT.buttons; k++) {
    const dy = up + (RAINCOAT.firstH + k * RAINCOAT.stepH) * H;
    if (Math.abs(dy) < 0.02 * H) button(s, across, dy, RAINCOAT.buttonH * H, o.trim, at.frame.right, at.frame.up);
  }
}

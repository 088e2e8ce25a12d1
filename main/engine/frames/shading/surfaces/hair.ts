// Hair: strands running from the crown down the head, some lighter and some darker, with a soft sheen
// that picks them out (grey and white hair above all, which otherwise reads as a plain cap). Printed in
// the hair piece's own space (a unit sphere whose +y is the crown), so the strands stay put as the head
// turns. JavaScript only (no C++ twin): it covers a few hundred pixels of a frame.
import { fbm3 } from '../noise';
import type { SurfacePattern, SurfaceSample } from './types';

// Strands per radian around the crown (about 3 mm apart on an adult head).
const STRANDS = 40;

// radiusM: the hair piece's size in metres (its unit sphere's scale), to band-limit the strands.
export function hairSurface(radiusM: number): SurfacePattern {
  const perMetre = STRANDS / Math.max(1e-3, radiusM);
  return {
    name: 'hair',
    local: true,
    apply(s: SurfaceSample): void {
      // Where around the crown this is (on a circle, so there is no seam at the back), and how far
      // down: strands are long along the second and thin across the first.
      const around = Math.hypot(s.lx, s.lz) || 1;
      const strand = fbm3((s.lx / around) * STRANDS, (s.lz / around) * STRANDS, s.ly * 2.5, 3, 71, s.footprint * perMetre);
      const k = 0.72 + 0.5 * strand;
      s.r *= k; s.g *= k; s.b *= k;
      s.roughness = 0.45 + 0.3 * (1 - strand);
    },
  };
}

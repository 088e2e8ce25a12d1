// Living and woven surfaces: skin (soft variation, a slight sheen), cloth (a fine weave), leaves
// (clumps of lighter and darker foliage) and bark (vertical furrows), painted walls (faint roller
// texture).
import { cellDistance, clamp01, fbm2, fbm3, valueNoise } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

// The cloth weave's wavenumber (radians a metre: threads 2.6 mm apart) and its cycles a metre along
// the diagonal, where the product of the two sines is finest.
const WEAVE_K = 2400;
const WEAVE_CYCLES_PER_M = (WEAVE_K * Math.SQRT2) / (2 * Math.PI);

// How far light wraps past skin's terminator in red, green and blue: blood-filled tissue passes red
// on furthest, so the edge of a shadow on a face warms instead of turning grey.
export const SKIN_WRAP = [0.3, 0.12, 0.08] as const;

export function skinSurface(): SurfacePattern {
  return {
    name: 'skin',
    local: false,
    wrap: SKIN_WRAP,
    nativeParams: () => [],
    apply(s: SurfaceSample): void {
      // Blotchy warmth over a few centimetres.
      const n = fbm3(s.x * 12, s.y * 12, s.z * 12, 2, 51, s.footprint * 12);
      s.r *= 0.95 + 0.1 * n; s.g *= 0.96 + 0.06 * n;
      s.roughness = 0.55;
    },
  };
}

export function clothSurface(roughness = 0.9): SurfacePattern {
  return {
    name: 'cloth',
    local: false,
    nativeParams: () => [roughness],
    apply(s: SurfaceSample): void {
      // Weave: crossing threads a millimetre or so apart, across the surface's own two directions,
      // fading out as its period nears two pixels (finer, it beats against the pixels into rings).
      const weave = clamp01(1.5 - 2 * s.footprint * WEAVE_CYCLES_PER_M);
      if (weave <= 0) shadeAlbedo(s, 0.95);
      else {
        const flat = Math.abs(s.ny) > 0.5;
        const a = Math.sin((flat ? s.x : s.x + s.z) * WEAVE_K) * Math.sin((flat ? s.z : s.y) * WEAVE_K);
        shadeAlbedo(s, 0.95 + 0.06 * a * weave);
      }
      const folds = fbm3(s.x * 6, s.y * 6, s.z * 6, 2, 52, s.footprint * 6);
      shadeAlbedo(s, 0.92 + 0.14 * folds);
      s.roughness = roughness;
    },
  };
}

export function foliageSurface(): SurfacePattern {
  return {
    name: 'foliage',
    local: false,
    nativeParams: () => [],
    apply(s: SurfaceSample): void {
      const clump = cellDistance(s.x * 2.2 + s.y * 0.7, s.z * 2.2 - s.y * 0.9, 61);
      const tone = fbm3(s.x * 0.8, s.y * 0.8, s.z * 0.8, 3, 62);
      // Clump centres catch light; gaps between clumps are shadowed inside the crown.
      shadeAlbedo(s, 0.7 + 0.5 * (1 - clump) * (0.7 + 0.6 * tone));
      s.r *= 0.9 + 0.25 * tone;
      s.cavity *= 0.75 + 0.25 * (1 - clump);
      if (s.footprint < 0.02) shadeAlbedo(s, 0.85 + 0.3 * valueNoise(s.x * 40 + s.y * 30, s.z * 40, 63));
      s.roughness = 0.8;
    },
  };
}

export function barkSurface(): SurfacePattern {
  return {
    name: 'bark',
    local: false,
    nativeParams: () => [],
    apply(s: SurfaceSample): void {
      const furrow = fbm2((s.x + s.z) * 30, s.y * 2.5, 3, 71, s.footprint * 30);
      shadeAlbedo(s, 0.65 + 0.6 * furrow);
      s.cavity *= 0.7 + 0.3 * furrow;
      s.roughness = 0.95;
    },
  };
}

export function paintSurface(): SurfacePattern {
  return {
    name: 'paint',
    local: false,
    nativeParams: () => [],
    apply(s: SurfaceSample): void {
      const n = fbm3(s.x * 2, s.y * 2, s.z * 2, 3, 81, s.footprint * 2);
      shadeAlbedo(s, 0.95 + 0.08 * n);
      s.roughness = 0.75;
    },
  };
}

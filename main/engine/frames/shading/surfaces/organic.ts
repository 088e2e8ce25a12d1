// Living and woven surfaces: skin (soft variation, a slight sheen), cloth (a fine weave), leaves
// (clumps of lighter and darker foliage) and bark (vertical furrows), painted walls (faint roller
// texture).
import { cellNearest3, clamp01, fbm2, fbm3, smoothstep, valueNoise3 } from '../noise';
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

// Leaf clumps two thirds of a metre across (cells a metre / CLUMPS_PER_M wide, in 3D: clumps laid out
// across x and z only ran down a crown's sides as vertical stripes, a melon's ribs), each a small
// dome of leaves that faces away from its centre, so the sun lights one side of it and not the other.
const CLUMPS_PER_M = 1.6;
const clump = new Float64Array(4);

export function foliageSurface(): SurfacePattern {
  return {
    name: 'foliage',
    local: false,
    nativeParams: () => [],
    apply(s: SurfaceSample): void {
      const d = cellNearest3(s.x * CLUMPS_PER_M, s.y * CLUMPS_PER_M, s.z * CLUMPS_PER_M, 61, clump);
      // Clumps smaller than a few pixels fade to the crown's mean rather than shimmer.
      const detail = clamp01(2 - s.footprint * 6);
      const ox = clump[0]!, oy = clump[1]!, oz = clump[2]!;
      const along = ox * s.nx + oy * s.ny + oz * s.nz;
      const k = 0.8 * detail;
      let nx = s.nx + (ox - along * s.nx) * k, ny = s.ny + (oy - along * s.ny) * k, nz = s.nz + (oz - along * s.nz) * k;
      const l = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
      nx *= l; ny *= l; nz *= l;
      s.nx = nx; s.ny = ny; s.nz = nz;
      // Between the clumps the eye sees into the crown, where little light gets.
      const gap = smoothstep(0.3, 1.05, d) * detail;
      const tone = fbm3(s.x * 0.8, s.y * 0.8, s.z * 0.8, 3, 62);
      const own = clump[3]!;
      shadeAlbedo(s, (0.82 + 0.3 * tone) * (1 - 0.4 * gap));
      // Each clump its own green: some yellower (young leaves, more light), some bluer.
      s.r *= 0.8 + 0.4 * own * detail + 0.2 * (1 - detail); s.b *= 1.1 - 0.2 * own * detail - 0.1 * (1 - detail);
      s.cavity *= 1 - 0.35 * gap;
      // Leaves and the small dark holes between them, where a pixel is small enough to hold them.
      if (s.footprint < 0.06) {
        const leaf = valueNoise3(s.x * 14, s.y * 14, s.z * 14, 63);
        const fine = s.footprint < 0.03 ? 1 : (0.06 - s.footprint) / 0.03;
        shadeAlbedo(s, 1 + ((leaf - 0.5) * 0.5 - 0.35 * smoothstep(0.25, 0.1, leaf)) * fine);
      }
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

// Outdoor ground: grass, asphalt, concrete and packed earth. Colour varies over metres (patches of
// drier grass, stains, repairs) and over millimetres (blades, aggregate), the finest detail fading
// out where a pixel covers more than it; a small normal jitter catches the light like a rough surface.
import { fbm2, hash2, smoothstep, valueNoise } from '../noise';
import { shadeAlbedo, tiltNormal, type SurfacePattern, type SurfaceSample } from './types';

// A lawn's green is not one green: over tens of metres it runs yellower where the turf is thin and
// sunny, bluer where it is lush, and it is an olive green, not the saturated green of a render (the
// lawn came out at 74% saturation, its hue the same all over: read as a game's).
const LAWN_GREY = 0.25;
// How far into each mown stripe (in bands, 3 m each) its shade ramps up from the mean: the mower's rollers lay the blades over gradually.
const STRIPE_EDGE = 0.12;

export function grassSurface(options: { stripes?: readonly [number, number] } = {}): SurfacePattern {
  const stripes = options.stripes;
  return {
    name: 'grass',
    local: false,
    nativeParams: () => (stripes ? [1, stripes[0], stripes[1]] : [0, 0, 0]),
    apply(s: SurfaceSample): void {
      const patch = fbm2(s.x * 0.12, s.z * 0.12, 4, 11);
      const dry = fbm2(s.x * 0.45 + 7, s.z * 0.45, 3, 12, s.footprint * 0.45);
      // Drier patches go yellow-brown, lush ones deeper green.
      const d = Math.max(0, dry - 0.55) * 1.6;
      s.r *= 0.85 + 0.3 * patch + d * 0.9;
      s.g *= 0.85 + 0.25 * patch + d * 0.25;
      s.b *= 0.8 + 0.2 * patch;
      const hue = fbm2(s.x * 0.06 + 3, s.z * 0.06, 2, 16);
      s.r *= 0.7 + 0.6 * hue; s.b *= 1.3 - 0.6 * hue;
      const y = 0.2126 * s.r + 0.7152 * s.g + 0.0722 * s.b;
      s.r += (y - s.r) * LAWN_GREY; s.g += (y - s.g) * LAWN_GREY; s.b += (y - s.b) * LAWN_GREY;
      // Tufts and thin spots a metre or so across.
      shadeAlbedo(s, 0.88 + 0.24 * fbm2(s.x * 0.8, s.z * 0.8, 2, 17, s.footprint * 0.8));
      // Mown stripes: alternate bands of the lawn lean towards or away from the light, their edges
      // soft and a little wavy (a hard-edged band read as paint).
      if (stripes) {
        const u = (s.x * stripes[0] + s.z * stripes[1]) / 3 + 0.15 * valueNoise(s.x * 0.2, s.z * 0.2, 18);
        const band = Math.floor(u) & 1;
        const q = u - Math.floor(u);
        const e = Math.max(STRIPE_EDGE, s.footprint / 3);
        const edge = Math.min(smoothstep(0, e, q), smoothstep(0, e, 1 - q));
        shadeAlbedo(s, 1.005 + (band ? 0.075 : -0.075) * edge);
      }
      // Blades: fine speckle, tilted normals.
      const fine = s.footprint < 0.02 ? 1 : s.footprint < 0.06 ? (0.06 - s.footprint) / 0.04 : 0;
      if (fine > 0) {
        const n = valueNoise(s.x * 90, s.z * 90, 13);
        shadeAlbedo(s, 1 + (n - 0.5) * 0.5 * fine);
        tiltNormal(s, (valueNoise(s.x * 60, s.z * 60, 14) - 0.5) * 0.6 * fine, (valueNoise(s.x * 60 + 3, s.z * 60, 15) - 0.5) * 0.6 * fine);
        s.cavity *= 1 - 0.25 * fine * (1 - n);
      }
      s.roughness = 0.95;
    },
  };
}

export function asphaltSurface(): SurfacePattern {
  return {
    name: 'asphalt',
    local: false,
    nativeParams: () => [],
    apply(s: SurfaceSample): void {
      const stain = fbm2(s.x * 0.2, s.z * 0.2, 4, 21);
      shadeAlbedo(s, 0.8 + 0.4 * stain);
      // Aggregate: bright and dark stones a few millimetres across.
      const fine = s.footprint < 0.01 ? 1 : s.footprint < 0.03 ? (0.03 - s.footprint) / 0.02 : 0;
      if (fine > 0) {
        const h = hash2(Math.floor(s.x * 220), Math.floor(s.z * 220), 22);
        shadeAlbedo(s, 1 + (h > 0.93 ? 0.6 : h < 0.1 ? -0.35 : (h - 0.5) * 0.2) * fine);
      } else {
        const n = fbm2(s.x * 6, s.z * 6, 2, 23, s.footprint * 6);
        shadeAlbedo(s, 0.95 + 0.1 * n);
      }
      s.roughness = 0.9 - 0.15 * stain;
    },
  };
}

export function concreteSurface(seed = 31): SurfacePattern {
  return {
    name: 'concrete',
    local: false,
    nativeParams: () => [seed],
    apply(s: SurfaceSample): void {
      const stain = fbm2(s.x * 0.35, s.z * 0.35 + s.y * 0.35, 4, seed);
      const grit = fbm2(s.x * 9, s.z * 9 + s.y * 9, 3, seed + 1, s.footprint * 9);
      shadeAlbedo(s, 0.82 + 0.26 * stain + 0.12 * (grit - 0.5));
      s.roughness = 0.85;
    },
  };
}

// Forest floor: leaf litter over dark earth with patches of moss; fallen leaves as warm flecks.
export function litterSurface(): SurfacePattern {
  return {
    name: 'litter',
    local: false,
    nativeParams: () => [],
    apply(s: SurfaceSample): void {
      const damp = fbm2(s.x * 0.25, s.z * 0.25, 4, 101);
      const moss = smoothstep(0.55, 0.75, fbm2(s.x * 0.18 + 9, s.z * 0.18, 4, 103));
      shadeAlbedo(s, 0.7 + 0.55 * damp);
      s.r *= 1 - 0.45 * moss; s.g *= 1 + 0.25 * moss; s.b *= 1 - 0.3 * moss;
      const fine = s.footprint < 0.05 ? 1 - s.footprint / 0.05 : 0;
      if (fine > 0) {
        // Leaves: rounded blobs of a high-frequency noise, each tinted by its own cell.
        const n = valueNoise(s.x * 16, s.z * 23, 102);
        const k = smoothstep(0.62, 0.72, n) * fine;
        const tint = hash2(Math.floor(s.x * 16), Math.floor(s.z * 23), 104);
        s.r *= 1 + (0.5 + 0.5 * tint) * k; s.g *= 1 + 0.3 * tint * k; s.b *= 1 - 0.2 * k;
        s.cavity *= 1 - 0.25 * smoothstep(0.55, 0.62, n) * (1 - k) * fine;
      }
      s.roughness = 0.95;
    },
  };
}

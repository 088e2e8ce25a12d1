// Outdoor ground: grass, asphalt, concrete and packed earth. Colour varies over metres (patches of
// drier grass, stains, repairs) and over millimetres (blades, aggregate), the finest detail fading
// out where a pixel covers more than it; a small normal jitter catches the light like a rough surface.
import { fbm2, hash2, smoothstep, valueNoise } from '../noise';
import { shadeAlbedo, tiltNormal, type SurfacePattern, type SurfaceSample } from './types';

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
      // Mown stripes: alternate bands of the lawn lean towards or away from the light.
      if (stripes) {
        const band = Math.floor((s.x * stripes[0] + s.z * stripes[1]) / 3) & 1;
        shadeAlbedo(s, band ? 1.08 : 0.93);
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

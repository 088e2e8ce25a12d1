// Fired clay (a house brick): the red varies over centimetres with the firing, darker and lighter
// grains of sand a millimetre or so across speckle it, and its rough face catches the light
// unevenly. Printed in object space, so the speckle stays with a brick that tumbles.
import { fbm3, hash3, smoothstep } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

// A grain of the sand in the clay (m).
const GRAIN_M = 0.0012;

export function claySurface(seed = 71): SurfacePattern {
  return {
    name: 'clay',
    local: true,
    apply(s: SurfaceSample): void {
      // Firing: patches a few centimetres across, some scorched darker.
      const fire = fbm3(s.lx * 30, s.ly * 30, s.lz * 30, 3, seed, s.footprint * 30);
      s.r *= 0.85 + 0.3 * fire;
      s.g *= 0.8 + 0.35 * fire;
      s.b *= 0.8 + 0.3 * fire;
      const fine = 1 - smoothstep(GRAIN_M, 4 * GRAIN_M, s.footprint);
      if (fine > 0) {
        const h = hash3(Math.floor(s.lx / GRAIN_M), Math.floor(s.ly / GRAIN_M), Math.floor(s.lz / GRAIN_M), seed + 1);
        // Most grains are the clay's own colour; a few are dark (iron) or pale (lime, sand).
        const k = h > 0.92 ? 0.55 : h < 0.06 ? 1.35 : 0.92 + 0.16 * h;
        shadeAlbedo(s, 1 + (k - 1) * fine);
        s.cavity *= 1 - 0.2 * fine * (1 - h);
      }
      s.roughness = 0.92;
    },
  };
}

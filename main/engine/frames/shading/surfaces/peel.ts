// Fruit skin: an orange's peel pitted with oil glands a millimetre or two apart (each pit shades a
// little darker and tips the light), an apple's skin streaked with a blush from its top down.
// Printed in object space (y up the fruit's axis), so the peel turns with a rolling orange.
import { fbm3, smoothstep, valueNoise3 } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

// The pits' spacing (m).
const PIT_M = 0.0011;

export function orangePeelSurface(): SurfacePattern {
  return {
    name: 'orange-peel',
    local: true,
    apply(s: SurfaceSample): void {
      s.roughness = 0.45;
      const fine = 1 - smoothstep(PIT_M, 4 * PIT_M, s.footprint);
      if (fine <= 0) return;
      const k = 1 / PIT_M;
      const n = valueNoise3(s.lx * k, s.ly * k, s.lz * k, 81);
      // Pits: the low spots of the noise, darker and rougher.
      const pit = smoothstep(0.45, 0.2, n) * fine;
      shadeAlbedo(s, 1 - 0.08 * pit);
      s.cavity *= 1 - 0.2 * pit;
      s.roughness += 0.3 * pit;
    },
  };
}

// `blush`: the linear colour streaked over the skin from the top down.
export function appleSkinSurface(blush: readonly [number, number, number]): SurfacePattern {
  return {
    name: 'apple-skin',
    local: true,
    apply(s: SurfaceSample): void {
      // Streaks run down from the stem: noise stretched along y.
      const streak = fbm3(s.lx * 400, s.ly * 40, s.lz * 400, 2, 82, s.footprint * 400);
      const patch = fbm3(s.lx * 30, s.ly * 30, s.lz * 30, 2, 83, s.footprint * 30);
      const w = 0.45 * smoothstep(0.4, 0.8, 0.7 * patch + 0.3 * streak);
      s.r += (blush[0] - s.r) * w; s.g += (blush[1] - s.g) * w; s.b += (blush[2] - s.b) * w;
      s.roughness = 0.35;
    },
  };
}

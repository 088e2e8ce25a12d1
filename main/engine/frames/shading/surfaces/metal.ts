// Brushed steel (a knight's armour): fine streaks left by the brushing, running down the plates
// (vertical: constant along y), which catch the light unevenly - brighter and glossier along some,
// duller along others - and broad smudges over a plate. Without them a metal surface is a perfect
// mirror of the sky and reads as chrome. Twin: native/render/src/surfaces/metal.cc "brushed".
import { fbm2, fbm3 } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

// Streaks per metre across the brushing (about 2 mm apart), and smudges per metre.
const STREAKS = 500;
const SMUDGES = 3;

export function brushedSurface(roughness: number): SurfacePattern {
  return {
    name: 'brushed',
    local: false,
    nativeParams: () => [roughness],
    apply(s: SurfaceSample): void {
      const streak = fbm2(s.x * STREAKS, s.z * STREAKS, 2, 101, s.footprint * STREAKS);
      const smudge = fbm3(s.x * SMUDGES, s.y * SMUDGES, s.z * SMUDGES, 2, 102, s.footprint * SMUDGES);
      shadeAlbedo(s, 0.9 + 0.18 * streak + 0.1 * (smudge - 0.5));
      s.roughness = roughness + 0.16 * (0.5 - streak) + 0.12 * (smudge - 0.5);
    },
  };
}

// Sand: wind ripples across the beach, grains that glint, and towards the sea a wet band (darker and
// glossy, so it mirrors the sky) whose edge follows the waves washing in and out.
import { fbm2, hash2, smoothstep } from '../noise';
import { shadeAlbedo, tiltNormal, type SurfacePattern, type SurfaceSample } from './types';

export interface Shore {
  // A point on the mean waterline and the unit horizontal direction towards the sea (x, z).
  origin: readonly [number, number];
  seaward: readonly [number, number];
  // How far the wet band reaches up the beach from the waterline (metres).
  wetWidthM: number;
  // Waterline at time t (metres seaward of origin, negative = up the beach): the wash of the waves.
  waterline(t: number): number;
}

// How much darker the wettest sand is, and how rough (smooth enough to mirror the sky).
const WET_DARKER = 0.55;
const WET_ROUGHNESS = 0.12;

export function sandSurface(shore: Shore | null): SurfacePattern {
  return {
    name: 'sand',
    local: false,
    nativeParams: (t) => (shore ? [1, shore.origin[0], shore.origin[1], shore.seaward[0], shore.seaward[1], shore.wetWidthM, shore.waterline(t), WET_DARKER, WET_ROUGHNESS] : [0, 0, 0, 0, 0, 0, 0, 0, 0]),
    apply(s: SurfaceSample): void {
      const dunes = fbm2(s.x * 0.15, s.z * 0.15, 3, 41);
      const trodden = fbm2(s.x * 1.3, s.z * 1.3, 3, 44, s.footprint * 1.3);
      shadeAlbedo(s, 0.84 + 0.26 * dunes + 0.14 * (trodden - 0.5));
      // Ripples run across the wind, gently wandering.
      const warp = fbm2(s.x * 0.3, s.z * 0.3, 2, 42) * 6;
      const phase = (s.x * 0.8 + s.z * 0.6) * 7 + warp;
      const rip = s.footprint < 0.05 ? 1 - s.footprint / 0.05 : 0;
      if (rip > 0) {
        tiltNormal(s, Math.cos(phase) * 0.3 * rip * 0.8, Math.cos(phase) * 0.3 * rip * 0.6);
        shadeAlbedo(s, 1 + 0.06 * Math.sin(phase) * rip);
      }
      // Grains: a few bright specks.
      if (s.footprint < 0.004) {
        const g = hash2(Math.floor(s.x * 600), Math.floor(s.z * 600), 43);
        if (g > 0.97) shadeAlbedo(s, 1.35);
      }
      s.roughness = 0.92;
      if (shore) wetten(s, shore);
    },
  };
}

function wetten(s: SurfaceSample, shore: Shore): void {
  const d = (s.x - shore.origin[0]) * shore.seaward[0] + (s.z - shore.origin[1]) * shore.seaward[1];
  const edge = shore.waterline(s.t);
  // Wet all the way up to the highest wash, wettest (and shiniest) just behind the water's edge.
  const wet = smoothstep(-shore.wetWidthM, 0, d - edge * 0.4) * 0.8 + smoothstep(-0.6, 0, d - edge) * 0.2;
  if (wet <= 0) return;
  // Wet sand is about half as bright as dry (water fills the gaps between grains) and glossy.
  const k = 1 - WET_DARKER * wet;
  s.r *= k; s.g *= k * 1.02; s.b *= k * 1.05;
  s.roughness = s.roughness + (WET_ROUGHNESS - s.roughness) * wet;
}

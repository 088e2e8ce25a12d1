// A tyre's rubber: on its tread (the band at its widest, round the axle along y) grooves run round
// it and sipes cut across it in blocks, dark where they sink in; the sidewalls are plain, matte
// rubber. Printed in object space (the axle along y, centred), so the tread turns with the wheel.
import { smoothstep } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

export interface TreadOptions {
  // The tread's radius and half width (m), and how many blocks go round it.
  radiusM: number;
  halfWidthM: number;
  blocks: number;
}

export function treadSurface(o: TreadOptions): SurfacePattern {
  return {
    name: 'tread',
    local: true,
    apply(s: SurfaceSample): void {
      s.roughness = 0.9;
      const r = Math.hypot(s.lx, s.lz);
      if (r < o.radiusM * 0.97) return;
      const fine = 1 - smoothstep(0.004, 0.016, s.footprint);
      if (fine <= 0) return;
      // Three grooves round it, at the middle and a third of the way out each side.
      const across = Math.abs(s.ly) / o.halfWidthM;
      const groove = [0, 0.55].some((c) => Math.abs(across - c) < 0.06);
      // Sipes across each block, staggered between the halves.
      const turn = ((Math.atan2(s.lz, s.lx) / (2 * Math.PI)) * o.blocks + (s.ly > 0 ? 0.5 : 0)) % 1;
      const sipe = across > 0.06 && across < 0.9 && Math.abs(turn - 0.5) < 0.06;
      if (!groove && !sipe) return;
      shadeAlbedo(s, 1 - 0.6 * fine);
      s.cavity *= 1 - 0.5 * fine;
    },
  };
}

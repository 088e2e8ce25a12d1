// Glazed ceramic tiles (a kitchen's floor and its wall behind the counter): square tiles each of
// its own faint tone, a glaze with a little mottling, and grout lines between them that stay crisp
// at 1080p and fade out where a pixel is wider than they are. Horizontal faces tile in (x, z);
// vertical ones along the wall and up it.
import { fbm2, hash2, smoothstep } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

export interface TileOptions {
  tileM: number;
  groutM: number;
  // The glaze's roughness (grout is matt whatever it is).
  roughness: number;
  seed?: number;
}

const GROUT_ROUGHNESS = 0.9;

export function tileSurface(o: TileOptions): SurfacePattern {
  const t = o.tileM, seed = o.seed ?? 17;
  return {
    name: 'tile',
    local: false,
    nativeParams: () => [t, o.groutM, o.roughness, seed],
    apply(s: SurfaceSample): void {
      const vertical = Math.abs(s.ny) < 0.5;
      const a = vertical ? s.x + s.z : s.x;
      const b = vertical ? s.y : s.z;
      const ia = Math.floor(a / t), ib = Math.floor(b / t);
      shadeAlbedo(s, 0.95 + 0.06 * hash2(ia, ib, seed));
      const mottle = fbm2(a * 7, b * 7, 2, seed + 1, s.footprint * 7);
      shadeAlbedo(s, 0.96 + 0.08 * mottle);
      s.roughness = o.roughness;
      const ea = a - ia * t, eb = b - ib * t;
      const edge = Math.min(Math.min(ea, t - ea), Math.min(eb, t - eb));
      const width = Math.max(o.groutM / 2, s.footprint * 0.7);
      // Where a pixel is wider than the joint, the joint shows as a fainter line, never a gap.
      const grout = (1 - smoothstep(0, width, edge)) * Math.min(1, o.groutM / 2 / width + 0.3);
      if (grout > 0) {
        shadeAlbedo(s, 1 - 0.35 * grout);
        s.roughness += (GROUT_ROUGHNESS - s.roughness) * grout;
        s.cavity *= 1 - 0.4 * grout;
      }
    },
  };
}

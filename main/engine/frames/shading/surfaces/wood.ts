// Wood: planks laid along a direction (floors, crates, tables), each board its own tone, with grain
// streaks running along it, end joints staggered board to board, and dark gaps between boards.
import { fbm2, hash2, smoothstep } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

export interface WoodOptions {
  // Unit direction the boards run along, in the surface's (x, z) plane.
  along: readonly [number, number];
  boardWidthM: number;
  // Typical board length (metres) and how glossy the finish is.
  boardLengthM: number;
  roughness: number;
  // Printed on a moving object (a crate): use object-space coordinates.
  local?: boolean;
  seed?: number;
}

export function woodSurface(o: WoodOptions): SurfacePattern {
  const [ax, az] = o.along;
  const seed = o.seed ?? 3;
  const bw = o.boardWidthM, bl = o.boardLengthM;
  return {
    name: 'wood',
    local: o.local ?? false,
    nativeParams: () => [ax, az, bw, bl, o.roughness, o.local ? 1 : 0, seed],
    apply(s: SurfaceSample): void {
      const px = o.local ? s.lx : s.x, pz = o.local ? s.lz : s.z, py = o.local ? s.ly : s.y;
      // Vertical faces (a crate's sides) use height as the across direction.
      const vertical = Math.abs(s.ny) < 0.5;
      const a = vertical ? px * ax + pz * az + (px * az - pz * ax) : px * ax + pz * az;
      const b = vertical ? py : px * az - pz * ax;
      const row = Math.floor(b / bw);
      const shift = hash2(row, 0, seed) * bl;
      const seg = Math.floor((a + shift) / bl);
      const plank = hash2(row, seg, seed + 1);
      // Board tone, grain streaks along the board, and a few darker knots of figure.
      const tone = 0.86 + plank * 0.22;
      const grain = fbm2((a + shift) * 1.2, (b - row * bw) * 40 + plank * 17, 3, seed + 2, s.footprint * 40);
      const streak = 0.9 + 0.2 * smoothstep(0.35, 0.75, grain);
      shadeAlbedo(s, tone * streak);
      s.roughness = o.roughness * (0.85 + 0.3 * grain);
      // Gaps: within a couple of millimetres of a board edge, fading out where a pixel is wider.
      const eb = Math.min(b - row * bw, (row + 1) * bw - b);
      const ea = Math.min(((a + shift) % bl + bl) % bl, bl - (((a + shift) % bl + bl) % bl));
      const width = Math.max(0.0025, s.footprint * 0.7);
      const gap = Math.max(1 - smoothstep(0, width, eb), 1 - smoothstep(0, width, ea));
      if (gap > 0) {
        shadeAlbedo(s, 1 - 0.45 * gap);
        s.cavity *= 1 - 0.5 * gap;
      }
    },
  };
}

// Wood: planks laid along a direction (floors, crates, tables), each board its own tone, with grain
// streaks running along it, end joints staggered board to board, and dark gaps between boards.
import { clamp01, fbm2, hash2, lineCoverage, smoothstep } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

// Width of the dark gap between two boards (metres).
const GAP_M = 0.0025;

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
      // Board tone, grain streaks along the board, and a few darker knots of figure; where a board
      // is under a couple of pixels wide they fade to their mean (one board's tone per pixel would
      // alias into bands).
      const detail = clamp01(1.5 - (2 * s.footprint) / bw);
      const tone = 0.97 + (plank - 0.5) * 0.22 * detail;
      const grain = fbm2((a + shift) * 1.2, (b - row * bw) * 40 + plank * 17, 3, seed + 2, s.footprint * 40);
      const streak = 0.97 + (0.2 * smoothstep(0.35, 0.75, grain) - 0.07) * detail;
      shadeAlbedo(s, tone * streak);
      s.roughness = o.roughness * (0.85 + 0.3 * grain);
      // Gaps between boards and at their ends, box-filtered over the pixel: where boards are only a
      // few pixels wide the gaps grey out to their share of the floor instead of beating into rings.
      const across = lineCoverage(b, bw, GAP_M, s.footprint);
      const along = lineCoverage(a + shift, bl, GAP_M, s.footprint);
      const gap = across + along - across * along;
      if (gap > 0) {
        shadeAlbedo(s, 1 - 0.45 * gap);
        s.cavity *= 1 - 0.5 * gap;
      }
    },
  };
}

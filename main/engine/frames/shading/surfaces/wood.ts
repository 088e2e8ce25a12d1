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

// Solid timber: one piece of wood whose grain runs along `axis` of the object's own space (0 x, 1 y,
// 2 z): a chair's legs up their length, its seat and back along their span, at the scale of the
// piece, not a floor's planks (boards 12 cm wide with dark gaps read as floorboards on a chair
// seat). Fine streaks a few millimetres apart, wavering, with broader bands of figure; each piece
// (seed) its own tone. JavaScript only (no C++ twin): furniture covers a small share of a frame.
export function timberSurface(axis: 0 | 1 | 2, roughness: number, seed: number): SurfacePattern {
  const tone = 0.92 + 0.16 * hash2(seed, 7, 13);
  return {
    name: 'timber',
    local: true,
    apply(s: SurfaceSample): void {
      const a = axis === 0 ? s.lx : axis === 1 ? s.ly : s.lz;
      // Across the grain: on each face one of the two other coordinates is constant, so their sum
      // runs across it whichever face this is.
      const across = (axis === 0 ? s.ly + s.lz : axis === 1 ? s.lx + s.lz : s.lx + s.ly) + 0.004 * fbm2(a * 6, 0, 2, seed);
      const streak = fbm2(a * 2.5, across * 260, 3, seed + 1, s.footprint * 260);
      const figure = fbm2(a * 1.2, across * 55, 3, seed + 2, s.footprint * 55);
      shadeAlbedo(s, tone * (0.8 + 0.12 * smoothstep(0.3, 0.7, streak) + 0.3 * smoothstep(0.35, 0.7, figure)));
      s.roughness = roughness * (0.85 + 0.3 * streak);
    },
  };
}

// A solid piece of wood cut from a log (a wooden block): its grain is the log's growth rings, one
// solid texture through the whole piece, so each face shows what a cut through rings shows. An end
// face cuts across them: arcs of rings round a pith off to one side. A side face cuts along them:
// long streaks, where the rings' meander along the trunk carries each ring in and out of the face.
// (A box's plank pattern on a block drew even straight bands, like the edges of a book's pages.)
import { clamp01, fbm2, hash2, smoothstep } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

// How far apart the rings are (m: a few years' growth of a softwood), how far out of the piece the
// log's pith is (m), and how far the rings meander (m) over the distance along the trunk they do.
const RING_M = 0.006;
const PITH_OFF_M = 0.035;
const WANDER_M = 0.0035;
const WANDER_ALONG_M = 0.05;

// axis: the grain's direction in the object's own space (0 x, 1 y, 2 z).
export function growthRingsSurface(axis: 0 | 1 | 2, roughness: number, seed: number): SurfacePattern {
  // Where the pith is, across the grain: off the piece, at an angle of its own per seed.
  const angle = 2 * Math.PI * hash2(seed, 3, 29);
  const pu = PITH_OFF_M * Math.cos(angle), pv = PITH_OFF_M * Math.sin(angle);
  const tone = 0.94 + 0.12 * hash2(seed, 5, 29);
  return {
    name: 'growth-rings',
    local: true,
    apply(s: SurfaceSample): void {
      const a = axis === 0 ? s.lx : axis === 1 ? s.ly : s.lz;
      const u = axis === 0 ? s.ly : s.lx, v = axis === 2 ? s.ly : s.lz;
      const du = u - pu, dv = v - pv;
      const theta = Math.atan2(dv, du);
      // The distance from the pith, wandering slowly along the trunk and round it.
      const r = Math.hypot(du, dv) + WANDER_M * (fbm2(a / WANDER_ALONG_M, theta * 3, 3, seed) - 0.5) * 2;
      const ring = r / RING_M;
      const f = ring - Math.floor(ring);
      // Rings narrower than a few pixels fade to their mean: shading lights every other pixel on a
      // smooth face and fills between, so finer rings would break into dots.
      const detail = clamp01(1.5 - (4 * s.footprint) / RING_M);
      // Pale earlywood darkening through the year into a band of dense latewood.
      const late = smoothstep(0.35, 0.8, f) * (1 - smoothstep(0.85, 1, f));
      // Streaks of figure along the grain, a few centimetres long.
      const figure = fbm2(a * 25, ring * 0.7, 2, seed + 1);
      shadeAlbedo(s, tone * (1 - detail * 0.3 * late - (1 - detail) * 0.12) * (0.95 + 0.1 * figure));
      s.roughness = roughness * (0.9 + 0.2 * late);
    },
  };
}

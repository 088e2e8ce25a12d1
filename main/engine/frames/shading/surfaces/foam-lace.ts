// Foam lace: what a broken wave leaves on the water. White water is a raft of bubbles; as it ages the
// raft bursts into a net (cords of foam round open holes of clear water), the net tears into patches
// and scraps, and the scraps fade. The flow stretches it: the backwash and the rip draw the cords out
// into streaks along the way the water moves. Deterministic in (position, time): no state.
import { fbm2, hash2, smoothstep } from '../noise';
import type { SurfacePattern, SurfaceSample } from './types';

// The gap between the nearest and second-nearest of one jittered point per unit cell (Worley F2 - F1):
// 0 on the border between two cells, largest at a cell's middle. Foam gathers on the borders (where
// the bubbles of neighbouring holes meet), so small values are cords.
function cellGap(x: number, y: number, seed: number): number {
  const xi = Math.floor(x), yi = Math.floor(y);
  let f1 = 9, f2 = 9;
  for (let j = -1; j <= 1; j++) {
    for (let i = -1; i <= 1; i++) {
      const cx = xi + i + hash2(xi + i, yi + j, seed), cy = yi + j + hash2(xi + i, yi + j, seed + 1);
      const d = (cx - x) * (cx - x) + (cy - y) * (cy - y);
      if (d < f1) { f2 = f1; f1 = d; } else if (d < f2) f2 = d;
    }
  }
  return Math.sqrt(f2) - Math.sqrt(f1);
}

// Holes of the net per metre across the flow (the big ones; a finer net of small ones lies between).
const HOLES_PER_M = 1.6;
const FINE = 3.1;

// How much of a pixel the cords of a net of holes `perM` a metre cover: 1 on a cord `cordM` wide,
// 0 in a hole; a pixel wider than a hole sees the net's average, not shimmering holes.
function net(u: number, v: number, perM: number, cordM: number, footprint: number, seed: number): number {
  const far = smoothstep(0.35, 1.1, footprint * perM);
  const share = Math.min(1, 2.2 * cordM * perM);
  if (far >= 1) return share;
  const gap = cellGap(u, v, seed) / perM;
  return (1 - smoothstep(cordM * 0.5, cordM, gap)) * (1 - far) + far * share;
}

// How white the lace is (0-1) at `across`, `along` metres (along: the way the water flows) at time t,
// for `cover` (1: fresh white water, solid with a few holes; towards 0: scraps) and `stretch` (1:
// round holes; 3: streaks three times as long as wide). `footprint`: a pixel's size on the water (m).
export function laceFoam(across: number, along: number, t: number, cover: number, stretch: number, footprint: number, seed: number): number {
  if (cover <= 0) return 0;
  const a = across, b = along / stretch;
  // Where the raft still holds together: patches tens of centimetres to metres across that shrink as
  // it ages (the clear water between them opens first where the foam was thinnest).
  const patches = fbm2(a * 0.5 + t * 0.05, b * 0.5, 3, seed, footprint * 0.5);
  const held = smoothstep(0.75 - cover, 0.9 - cover, patches);
  if (held <= 0) return 0;
  // The net's holes are not polygons: the water swirls them (a warp a little larger than a hole).
  const wu = a + 0.35 * (fbm2(a * 1.3, b * 1.3 + t * 0.1, 2, seed + 11, footprint * 1.3) - 0.5);
  const wv = b + 0.35 * (fbm2(a * 1.3 + 5.2, b * 1.3, 2, seed + 12, footprint * 1.3) - 0.5) + t * 0.05;
  // Cords round holes, thick while the raft is fresh and thinning as it bursts; the fine net's thinner.
  const cordM = 0.03 + 0.25 * cover;
  const cords = Math.max(net(wu * HOLES_PER_M, wv * HOLES_PER_M, HOLES_PER_M, cordM, footprint, seed + 7), 0.8 * net(wu * HOLES_PER_M * FINE, wv * HOLES_PER_M * FINE, HOLES_PER_M * FINE, cordM / FINE * 1.4, footprint, seed + 8));
  // Scraps: the cords torn where bubbles burst, more of them torn as the raft ages.
  const torn = footprint < 0.08 ? smoothstep(0.6 - 0.45 * cover, 0.7 - 0.45 * cover, fbm2(wu * 3.7, wv * 3.7, 2, seed + 3)) : 1;
  // Fresh foam fills its holes in: the middle of a held patch of young foam is solid white.
  const solid = smoothstep(0.7, 1, cover) * smoothstep(1.12 - cover, 1.3 - cover, patches);
  return held * Math.max(cords * torn, solid);
}

// Lace lying on water (or on the sand under the wash): `under` shows through its holes, so its edges
// melt into what it lies on. `cover` is set every frame by what draws it (a wake thinning behind its
// bore, a wash's edge stranded as it slides back), weighed by `profile` at the pixel (object space).
export interface LacePattern extends SurfacePattern {
  cover: number;
  // How far along the flow (world z: onshore and off) the holes are drawn out.
  stretch: number;
}

export function laceSurface(profile: (s: SurfaceSample) => number, under: SurfacePattern | null, seed: number): LacePattern {
  const pattern: LacePattern = {
    name: 'foam-lace',
    local: true,
    cover: 1,
    stretch: 2,
    apply(s: SurfaceSample): void {
      under?.apply(s);
      const white = laceFoam(s.x, s.z, s.t, pattern.cover * profile(s), pattern.stretch, s.footprint, seed);
      if (white <= 0) return;
      whiten(s, white);
    },
  };
  return pattern;
}

// Foam over the sample: a bright, rough, matt white, a little grey where it is thin.
export function whiten(s: SurfaceSample, white: number): void {
  const shade = 0.8 + 0.12 * white;
  s.r += (0.86 * shade - s.r) * white; s.g += (0.88 * shade - s.g) * white; s.b += (0.87 * shade - s.b) * white;
  s.roughness += (0.85 - s.roughness) * white;
}

// Open water: the wind sea's short waves (wind-waves.ts) travelling across the big swell the geometry
// carries (their normals are what catches the sky and the sun), a deep blue-green body, and foam
// streaks on the crests. Glossy, so the lighting pass mirrors the sky and the sun by Fresnel: dark
// looking down, bright at a grazing view, glittering under a low sun.
import { cellDistance, fbm2, smoothstep } from '../noise';
import type { Shore } from './sand';
import { tiltNormal, type SurfacePattern, type SurfaceSample } from './types';
import { windWaves } from './wind-waves';
import { laceFoam } from './foam-lace';

// The inner surf: what is left of the broken waves' foam, floating just seaward of the waterline as
// lace (patches and streaks drawn out by the backwash, thinning seaward), not a band of white.
function surf(s: SurfaceSample, shore: Shore): number {
  const along = (s.x - shore.origin[0]) * shore.seaward[0] + (s.z - shore.origin[1]) * shore.seaward[1];
  const d = along - shore.waterline(s.t);
  if (d < -0.2 || d > 6) return 0;
  const across = (s.x - shore.origin[0]) * shore.seaward[1] - (s.z - shore.origin[1]) * shore.seaward[0];
  const cover = 0.62 * (1 - smoothstep(0, 0.25, -d)) * (1 - smoothstep(0.5, 6, d));
  return laceFoam(across, along, s.t, cover, 1.4, s.footprint, 92);
}

export interface WaterOptions {
  // How much of the open water the drifting foam streaks whiten (0-1).
  foam: number;
  // The beach the sea washes onto: the surf along it, and the wind waves travel onshore.
  shore?: Shore;
  // The way the wind waves travel (x, z, unit) when there is no shore.
  heading?: readonly [number, number];
  // Unit vector towards the sun (the key light), whose glints sparkle on the water.
  sun?: readonly [number, number, number];
}

export function waterSurface(options: WaterOptions = { foam: 1 }): SurfacePattern {
  const shore = options.shore;
  const waves = windWaves(shore ? [-shore.seaward[0], -shore.seaward[1]] : (options.heading ?? [0, -1]), options.sun ?? null);
  return {
    name: 'water',
    local: false,
    apply(s: SurfaceSample): void {
      const t = s.t;
      waves.apply(s);
      s.metalness = 0;
      // Foam: broken streaks drifting with the waves.
      const f = fbm2(s.x * 0.35 + t * 0.15, s.z * 0.9 - t * 0.4, 3, 91, s.footprint * 0.9);
      const foam = Math.max(smoothstep(0.68, 0.8, f) * options.foam, shore ? surf(s, shore) : 0);
      if (foam > 0) {
        s.r += (0.8 - s.r) * foam; s.g += (0.83 - s.g) * foam; s.b += (0.82 - s.b) * foam;
        s.roughness += (0.9 - s.roughness) * foam;
      }
    },
  };
}

// White water: the foam a breaking wave churns up, in lumps and lace with the water showing between
// (the material's own colour, or the surface `under` it: a band of foam lying on the sea shows the
// sea itself, waves and all, so its edges melt into it).
// `cover` (0-1, how much of the surface is white) is set every frame by what draws it: a crest
// whitening as it breaks, a wake thinning out behind the bore. `profile` weighs the cover by where a
// pixel is on its mesh (object space), so a crest whitens at its top and a band frays at its edges.
export interface FoamPattern extends SurfacePattern {
  cover: number;
}

export function foamSurface(profile: ((s: SurfaceSample) => number) | null = null, under: SurfacePattern | null = null): FoamPattern {
  const pattern: FoamPattern = {
    name: 'foam',
    local: profile !== null,
    cover: 1,
    apply(s: SurfaceSample): void {
      under?.apply(s);
      const cover = pattern.cover * (profile ? profile(s) : 1);
      // No foam here (a swell's face before it whitens): only what lies under it.
      if (cover <= 0) return;
      // Lumps drifting slowly, and bubbles between them (cells whose middles are holes).
      const lumps = fbm2(s.x * 1.7 + s.t * 0.2, s.z * 1.7 - s.t * 0.35, 4, 93, s.footprint * 1.7);
      const bubbles = s.footprint < 0.08 ? cellDistance(s.x * 9, s.z * 9 + s.t * 0.8, 94) : 0.5;
      const density = lumps + 0.35 * (bubbles - 0.5);
      const white = smoothstep(1.02 - cover, 1.12 - cover, density);
      if (white <= 0) return;
      // Heaped foam: broad swells of it (seen from afar) with lumps on them, bright on top.
      const heaps = fbm2(s.x * 0.5 - s.t * 0.1, s.z * 0.5, 2, 95, s.footprint * 0.5);
      tiltNormal(s, 0.5 * (heaps - 0.5) * white, 0.5 * (lumps - 0.5) * white);
      const shade = 0.78 + 0.12 * smoothstep(0.3, 0.7, heaps) + 0.1 * smoothstep(0.3, 0.9, lumps);
      s.r += (0.82 * shade - s.r) * white; s.g += (0.85 * shade - s.g) * white; s.b += (0.84 * shade - s.b) * white;
      s.roughness += (0.85 - s.roughness) * white;
      s.cavity *= 1 - 0.25 * white * (1 - shade);
    },
  };
  return pattern;
}

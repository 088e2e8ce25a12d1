// Sand: wind ripples across the beach, grains that glint, and towards the sea a wet band (darker and
// glossy, so it mirrors the sky) up to where the waves' washes reached, and a film of water, glossier
// still, where a wash's sheet has just slid back.
import { fbm2, hash2, smoothstep } from '../noise';
import { shadeAlbedo, tiltNormal, type SurfacePattern, type SurfaceSample } from './types';

export interface Shore {
  // A point where the sand starts to slope into the sea (up the beach of the still water's edge,
  // which is SandWash.stillM seaward of it) and the unit horizontal direction towards the sea (x, z).
  origin: readonly [number, number];
  seaward: readonly [number, number];
  // Waterline at time t (metres seaward of origin, negative = up the beach): the sea's own edge.
  waterline(t: number): number;
  // What the surf's washes have left on the sand at time t: the sand is wet where they reached.
  wash(t: number): SandWash;
}

// The washes' marks (elements/surf/wash-marks.ts), in metres up the sand from the still water's edge,
// which is `stillM` seaward of the shore's origin.
export interface SandWash {
  stillM: number;
  // The water's reach now, the wet band's edge, the latest wash's furthest reach, how long since its
  // sheet began to slide back from there (s) and how long that backwash takes (s).
  reachM: number;
  wetM: number;
  sheenM: number;
  backSec: number;
  downSec: number;
}

// How much darker the wettest sand is (water fills the gaps between grains).
const WET_DARKER = 0.55;
// Sand a wash wetted a while ago: damp, a little less dark than the sand the latest wash covered, and
// no longer a mirror (its film has soaked in). Where the sheet has just left, a film of water: a
// mirror that dulls over FILM_SEC as it drains into the sand.
const DRYING = 0.72;
const DAMP_ROUGHNESS = 0.55;
const FILM_ROUGHNESS = 0.03;
const FILM_SEC = 2.5;

export function sandSurface(shore: Shore | null): SurfacePattern {
  return {
    name: 'sand',
    local: false,
    nativeParams: (t) => (shore ? [1, shore.origin[0], shore.origin[1], shore.seaward[0], shore.seaward[1], WET_DARKER, ...washParams(shore.wash(t))] : [0]),
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
      if (shore) washed(s, shore, shore.wash(s.t));
    },
  };
}

// The C++ twin's numbers for the washes' marks: SandWash and the constants above.
function washParams(w: SandWash): number[] {
  return [w.stillM, w.reachM, w.wetM, w.sheenM, Math.min(w.backSec, 1e9), w.downSec, DRYING, DAMP_ROUGHNESS, FILM_ROUGHNESS, FILM_SEC];
}

// How long ago (s) the water left a point qM up the sand: 0 while it is under water, Infinity where
// the latest wash did not reach. Its backwash draws back as reach = R (1 - (down / D)^2) (surf/waves.ts).
function filmAgeSec(w: SandWash, qM: number): number {
  if (qM <= w.reachM) return 0;
  if (qM >= w.sheenM) return Infinity;
  return Math.max(0, w.backSec - w.downSec * Math.sqrt(1 - qM / w.sheenM));
}

// A wash does not reach equally far all along the beach: it runs up in tongues metres across, further
// in one place than the next. The share of the wash's reach it gets at world (x, z): the surf draws
// its sheet this far, and the sand's marks follow it.
export function washTongue(shore: Shore, x: number, z: number): number {
  const across = (x - shore.origin[0]) * shore.seaward[1] - (z - shore.origin[1]) * shore.seaward[0];
  return 1 + 0.6 * (fbm2(across * 0.12, 0.5, 2, 45) - 0.5);
}

function washed(s: SurfaceSample, shore: Shore, w: SandWash): void {
  const dx = s.x - shore.origin[0], dz = s.z - shore.origin[1];
  // How far up the sand, as a share of this tongue's reach (so the marks follow the tongues).
  const q = (w.stillM - (dx * shore.seaward[0] + dz * shore.seaward[1])) / washTongue(shore, s.x, s.z);
  // The edge of the wet band frays a little finer than the tongues.
  const wobble = 0.15 * (fbm2((dx * shore.seaward[1] - dz * shore.seaward[0]) * 0.8, 2.5, 2, 47) - 0.5);
  const wet = 1 - smoothstep(w.wetM - 0.35, w.wetM + 0.05, q + wobble);
  if (wet <= 0) return;
  const fresh = Math.max(1 - smoothstep(w.sheenM - 0.3, w.sheenM + 0.05, q + wobble), q <= w.reachM ? 1 : 0);
  const film = Math.exp(-filmAgeSec(w, q) / FILM_SEC);
  const k = 1 - WET_DARKER * wet * (DRYING + (1 - DRYING) * fresh) * (1 + 0.12 * film);
  s.r *= k; s.g *= k * 1.02; s.b *= k * 1.05;
  const damp = s.roughness + (DAMP_ROUGHNESS - s.roughness) * wet;
  s.roughness = damp + (FILM_ROUGHNESS - damp) * film;
  if (q < w.reachM) underSheet(s, q, w.reachM);
}

// The wash's sheet over the sand: clear where it is a film at its front (the sand shows), taking the
// sea's blue-green as it deepens seaward, and rippled, the ripples riding up and back with it (their
// pattern is tied to the front), so the sky it mirrors breaks up instead of lying on it as a flat sheet.
const SHEET_WATER = [0.03, 0.13, 0.15] as const;
function underSheet(s: SurfaceSample, q: number, reachM: number): void {
  const depth = smoothstep(0, 1.6, reachM - q);
  const a = 0.65 * depth;
  s.r += (SHEET_WATER[0] - s.r) * a; s.g += (SHEET_WATER[1] - s.g) * a; s.b += (SHEET_WATER[2] - s.b) * a;
  const along = q - 0.85 * reachM;
  const fade = 1 - smoothstep(0.02, 0.12, s.footprint);
  if (fade <= 0) return;
  const rx = fbm2(s.x * 2.2, along * 4.5, 2, 48, s.footprint * 4.5) - 0.5, rz = fbm2(s.x * 2.2 + 7.1, along * 4.5, 2, 49, s.footprint * 4.5) - 0.5;
  tiltNormal(s, 0.35 * rx * fade * (0.4 + depth), 0.5 * rz * fade * (0.4 + depth));
}

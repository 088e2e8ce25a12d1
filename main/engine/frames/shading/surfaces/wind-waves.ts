// The wind sea on open water: many short waves, from a few metres long down to a hand's width,
// travelling roughly onshore with their directions spread either side (the shorter, the wider), each
// moving at deep water's speed for its length (omega = sqrt(g k)). Their slopes, not their heights,
// are what the eye sees: each facet mirrors its own patch of sky, and those tilted just right mirror
// the sun, so the reflections break into many small patches and glints instead of the broad bands a
// few long smooth waves make.
// Slope per wave is about the same in every octave (the saturated wind-sea spectrum, heights going
// as k^-4): small waves tilt the surface as much as big ones. A wave shorter than a few pixels
// cannot be drawn without shimmering, so it fades out with the pixel's footprint (which, looking
// across the water at a slant, is far longer along the view than across it) and its slopes become
// roughness instead, and glints: of the facets too small to draw, the few that mirror the sun into
// the eye light up a pixel here and there, as many as the slopes make likely, for a moment each.
import { GRAVITY } from '../../../physics/constants';
import { hash3 } from '../noise';
import type { SurfaceSample } from './types';

// The waves' lengths (m): from the longest to the shortest, PER_OCTAVE of them per halving.
const LONGEST_M = 9;
const SHORTEST_M = 0.09;
const PER_OCTAVE = 1.5;
// How far either side of the heading the waves' directions spread (radians): about 45 degrees for
// the longest, 80 for the shortest (ripples run every which way).
const SPREAD_LONG = 0.8;
const SPREAD_SHORT = 1.4;
// Slope amplitude of each wave (rise over run at its steepest), and how it falls with wavenumber
// (k^-SLOPE_FALL: a little, so that the longest waves shape the surface and the short ones speckle it).
const SLOPE = 0.075;
const SLOPE_FALL = 0.12;
// The wave (counting from the longest, 1-based) from which slopes are full: the longer ones are weaker.
const PEAK_AT = 3;
// Crests are short: a wave's height comes and goes along its crest, over 1 / CREST_K wavelengths,
// by CREST_SWELL either way (infinitely long crests read as sand ripples, not water).
const CREST_K = 0.5;
const CREST_SWELL = 0.9;
// A wave fades out as its wavelength nears a few pixels (footprint * k from FADE_FROM to FADE_TO:
// wavelengths of about 9 to 5 footprints, the shading pass lighting every other pixel).
const FADE_FROM = 0.7;
const FADE_TO = 1.3;
// Views more slanted than this (cosine to the surface) count as this: the footprint's length is capped.
const MIN_FACING = 0.01;
// Roughness of the water itself (calm, glassy), before the unseen waves' slopes are added.
const GLASS_ROUGHNESS = 0.09;
// The share of the unseen slopes that blurs the mirror as roughness; the rest show as glints (all
// of it as roughness would smear the sun's highlight into a smooth glowing column).
const UNSEEN_ROUGHNESS = 0.05;
// Glints: the chance a pixel holds a facet mirroring the sun where the slopes make that likeliest,
// how long one lasts (s), and how sharp its highlight is (roughness).
const GLINT_CHANCE = 0.6;
const GLINT_SEC = 0.12;
const GLINT_ROUGHNESS = 0.12;

// cos from a table of a turn in 1024 steps, indexed by the phase in steps (PHASE_STEPS a radian):
// within 0.006 (the phase's sign only moves it a step), and several times cheaper than Math.cos in
// the sea's hot loop (two a wave a pixel).
const COS_STEPS = 1024;
const PHASE_STEPS = COS_STEPS / (2 * Math.PI);
const COS_TABLE = Float32Array.from({ length: COS_STEPS }, (_, i) => Math.cos(i / PHASE_STEPS));
const COS_MASK = COS_STEPS - 1;

interface WaveTable {
  n: number;
  dx: Float64Array; dz: Float64Array; k: Float64Array; omega: Float64Array; amp: Float64Array; phase: Float64Array;
  // The phase's gradient in x and z (in table steps a metre), of the wave and of its crest's swell.
  px: Float64Array; pz: Float64Array; cx: Float64Array; cz: Float64Array;
  // Mean square slope of the waves from i on (the ones too short to draw at a footprint).
  tail: Float64Array;
}

function waveTable(heading: readonly [number, number]): WaveTable {
  const n = Math.round(Math.log2(LONGEST_M / SHORTEST_M) * PER_OCTAVE) + 1;
  const array = (): Float64Array => new Float64Array(n);
  const w: WaveTable = { n, dx: array(), dz: array(), k: array(), omega: array(), amp: array(), phase: array(), px: array(), pz: array(), cx: array(), cz: array(), tail: new Float64Array(n + 1) };
  const base = Math.atan2(heading[1], heading[0]);
  for (let i = 0; i < n; i++) {
    const k = (2 * Math.PI) / (LONGEST_M * 2 ** (-i / PER_OCTAVE));
    // Directions alternate sides and wander (a golden-ratio walk), so no two waves run parallel.
    const spread = SPREAD_LONG + ((SPREAD_SHORT - SPREAD_LONG) * i) / (n - 1);
    const a = base + spread * (((i * 0.618034) % 1) * 2 - 1);
    w.k[i] = k;
    w.dx[i] = Math.cos(a); w.dz[i] = Math.sin(a);
    w.px[i] = k * w.dx[i]! * PHASE_STEPS; w.pz[i] = k * w.dz[i]! * PHASE_STEPS;
    w.cx[i] = -k * CREST_K * w.dz[i]! * PHASE_STEPS; w.cz[i] = k * CREST_K * w.dx[i]! * PHASE_STEPS;
    w.omega[i] = Math.sqrt(GRAVITY * k);
    // The longest few are past the spectrum's peak (a light breeze's sea peaks at a few metres).
    w.amp[i] = SLOPE * (k / w.k[0]!) ** -SLOPE_FALL * Math.min(1, (i + 1) / PEAK_AT);
    w.phase[i] = i * 2.399963 * PHASE_STEPS;
  }
  for (let i = n - 1; i >= 0; i--) w.tail[i] = w.tail[i + 1]! + w.amp[i]! * w.amp[i]! * 0.5;
  return w;
}

export interface WindWaves {
  // Tilts s's normal by the waves it can show and sets its roughness from the ones it cannot.
  apply(s: SurfaceSample): void;
}

// `heading` (x, z, unit): the way the waves travel (onshore). `sun` (unit, towards it): the light
// whose glints sparkle on the water, or null.
export function windWaves(heading: readonly [number, number], sun: readonly [number, number, number] | null): WindWaves {
  const w = waveTable(heading);
  const { n, dx, dz, k, amp, tail, px, pz, cx, cz } = w;
  // Each wave's phase at the frame's time, kept while frames share it.
  const now = new Float64Array(n);
  let nowT = Number.NaN;
  const glass4 = GLASS_ROUGHNESS ** 4;
  return {
    apply(s: SurfaceSample): void {
      if (s.t !== nowT) {
        nowT = s.t;
        for (let i = 0; i < n; i++) now[i] = w.phase[i]! - w.omega[i]! * nowT * PHASE_STEPS;
      }
      const x = s.x, z = s.z;
      // The pixel's footprint is `width` across the view and width / facing along it (on the
      // surface): a wave running towards the eye shows its crests squeezed together.
      const vx = s.vx ?? s.nx, vy = s.vy ?? s.ny, vz = s.vz ?? s.nz;
      const facing = s.nx * vx + s.ny * vy + s.nz * vz;
      const width = s.footprint * (facing > 0.2 ? facing : 0.2);
      const f = facing > MIN_FACING ? facing : MIN_FACING;
      const stretch2 = 1 / (f * f) - 1;
      // The view's direction along the surface (x, z), unit.
      let ux = vx - s.nx * facing, uz = vz - s.nz * facing;
      const ul = Math.sqrt(ux * ux + uz * uz);
      if (ul > 1e-6) { ux /= ul; uz /= ul; }
      let gx = 0, gz = 0, unseen = 0, i = 0;
      for (; i < n; i++) {
        const kw = k[i]! * width;
        // Even across the view this wave is too fine for the pixel, and so are the ones after it.
        if (kw >= FADE_TO) break;
        const along = dx[i]! * ux + dz[i]! * uz;
        const kf2 = kw * kw * (1 + stretch2 * along * along);
        let a = amp[i]!;
        if (kf2 >= FADE_TO * FADE_TO) {
          unseen += a * a * 0.5;
          continue;
        }
        if (kf2 > FADE_FROM * FADE_FROM) {
          const fade = (FADE_TO - Math.sqrt(kf2)) / (FADE_TO - FADE_FROM);
          unseen += a * a * 0.5 * (1 - fade * fade);
          a *= fade;
        }
        // Short crests: the wave swells and fades along its crest every few wavelengths.
        // (The table read written out: a call here is not always inlined, and then costs a third.)
        const crest = 1 + CREST_SWELL * COS_TABLE[((x * cx[i]! + z * cz[i]! + i * 277) | 0) & COS_MASK]!;
        const c = a * crest * COS_TABLE[((x * px[i]! + z * pz[i]! + now[i]!) | 0) & COS_MASK]!;
        gx += c * dx[i]!; gz += c * dz[i]!;
      }
      unseen += tail[i]!;
      // h = sum a/k sin(k d.x - w t): slopes dh/dx, dh/dz; the surface tilts against them.
      const nx = s.nx - gx, ny = s.ny, nz = s.nz - gz;
      const l = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
      s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
      // GGX: alpha^2 is about the mean square slope of the facets within the pixel.
      s.roughness = Math.sqrt(Math.sqrt(glass4 + UNSEEN_ROUGHNESS * unseen));
      if (sun && unseen > 1e-4) glint(s, sun, vx, vy, vz, width, unseen);
    },
  };
}

// Whether this pixel holds an unseen facet that mirrors the sun into the eye (the half vector
// between them): likelier the less it must tilt from the drawn surface for the unseen slopes'
// spread (a Gaussian in the slope), drawn afresh every GLINT_SEC in cells about a pixel wide.
function glint(s: SurfaceSample, sun: readonly [number, number, number], vx: number, vy: number, vz: number, width: number, unseen: number): void {
  let hx = sun[0] + vx, hy = sun[1] + vy, hz = sun[2] + vz;
  const hl = 1 / (Math.sqrt(hx * hx + hy * hy + hz * hz) || 1);
  hx *= hl; hy *= hl; hz *= hl;
  const c = s.nx * hx + s.ny * hy + s.nz * hz;
  if (c <= 0) return;
  const tan2 = (1 - c * c) / (c * c);
  // Beyond three spreads of the slopes the chance is nil (and the exponential not worth working out).
  if (tan2 > 9 * unseen) return;
  const likely = GLINT_CHANCE * Math.exp(-tan2 / unseen);
  // Cells a power of two in size near the pixel's width, so that neighbouring pixels share them.
  const cell = 2 ** Math.round(Math.log2(width));
  const ix = Math.floor(s.x / cell), iz = Math.floor(s.z / cell);
  // Each cell's glints come and go on its own clock.
  const tick = Math.floor(s.t / GLINT_SEC + hash3(ix, iz, 0, 61) * 8);
  if (hash3(ix, iz, tick, 62) >= likely) return;
  s.nx = hx; s.ny = hy; s.nz = hz;
  s.roughness = GLINT_ROUGHNESS;
}

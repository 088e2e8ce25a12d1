// The sky as a function of view direction: a horizon-to-zenith gradient, the glow of the sun (or
// moon) around its disc, clouds on a layer far overhead by day and at sunset, stars at night. It is
// drawn behind everything outdoors, tints the haze towards the sun, and is what glossy surfaces (the
// sea, a polished floor) reflect. All in linear radiance, before exposure and tone mapping.
import * as THREE from 'three';
import type { Environment } from '../scene/environment';
import { fbm2, hash2, smoothstep } from './noise';

export interface SkyModel {
  readonly indoor: boolean;
  // Sky radiance in direction (dx, dy, dz) (unit), without the sun disc: written to out[o..o+2].
  radiance(dx: number, dy: number, dz: number, out: Float32Array | Float64Array, o: number): void;
  // The cheap version for reflections: gradient and glow, no clouds or stars.
  reflection(dx: number, dy: number, dz: number, out: Float64Array): void;
  // How much of the sun (moon) disc covers direction d (0..1; it hides the sky behind it): drawn at full resolution.
  disc(dx: number, dy: number, dz: number): number;
  readonly discColor: readonly [number, number, number];
  // Colour of distant air (haze) looking in direction d: brighter and warmer towards the sun.
  haze(dx: number, dy: number, dz: number, out: Float64Array): void;
  // Haze: fraction of the light from distance dist (metres) that reaches the eye is
  // exp(-(dist - hazeStart) * density): clear air up close, thickening with distance.
  readonly hazeDensity: number;
  readonly hazeStart: number;
  // The numbers reflection() and haze() use, as the native shading pass reads them
  // (native/render/src/passes.h SkyParams): indoor, hazeDensity, hazeStart, horizon, zenith, nadir,
  // sun direction, glow, sunset, fog, key, haze glow.
  readonly params: Float64Array;
  // The numbers radiance() and disc() read besides params, as the native background pass reads them
  // (native/render/src/passes.h BackdropParams): night, clouds, the clouds' lit and shaded tints,
  // the disc's cosine and colour.
  readonly backdrop: Float64Array;
}

const rgb = (c: THREE.Color, k = 1): [number, number, number] => [c.r * k, c.g * k, c.b * k];

// How bright the sky dome is relative to its nominal colours (which were picked as display colours).
const SKY_GAIN = 1.15;
// The sun disc's radiance relative to the key light colour: far above white, so it blooms in tone mapping.
const DISC_GAIN = 40;
// The sunset aureole's peak, in units of the glow (falls to half 3 degrees from the sun's centre).
// (Twins: native/render/src/passes.h SKY_AUREOLE, SKY_AUREOLE_TINT.)
const AUREOLE = 1.6;
// Its colour relative to the glow's: redder, the light that reached it having crossed the most air.
const AUREOLE_TINT: readonly [number, number, number] = [1, 0.45, 0.15];

// Optical depth of the air straight up, per channel (red, green, blue): scattering by the air (far
// stronger for blue) and haze. Through the long slant path to a low sun the blue and green are
// scattered away: the disc dims and turns orange, then red, towards the horizon.
const OPTICAL_DEPTH: readonly [number, number, number] = [0.3, 0.65, 0.8];

// Light of a body at sine of elevation `sinElevation` after crossing the air: the air mass (path
// length in atmospheres, Kasten and Young's fit, finite at the horizon) times each depth.
function throughAir(c: [number, number, number], sinElevation: number): [number, number, number] {
  const deg = THREE.MathUtils.radToDeg(Math.asin(Math.max(0, Math.min(1, sinElevation))));
  const airMass = 1 / (Math.sin(THREE.MathUtils.degToRad(deg)) + 0.50572 * (deg + 6.07995) ** -1.6364);
  return [c[0] * Math.exp(-OPTICAL_DEPTH[0] * airMass), c[1] * Math.exp(-OPTICAL_DEPTH[1] * airMass), c[2] * Math.exp(-OPTICAL_DEPTH[2] * airMass)];
}

// A low sun also lights the haze right round its disc: a bright warm aureole a few degrees wide
// (m32: the cosine to the sun to the 32nd power; this is its 512th).
function aureoleOf(m32: number): number {
  const m256 = m32 * m32 * m32 * m32 * m32 * m32 * m32 * m32;
  return m256 * m256 * AUREOLE;
}

// Under two thirds of the way to the fog colour at its far distance: the horizon softens, the
// middle distance stays clear.
function hazeOf(env: Environment): { hazeStart: number; hazeDensity: number } {
  return { hazeStart: env.fog ? env.fog.near : 0, hazeDensity: env.fog ? 1.2 / Math.max(1, env.fog.far - env.fog.near) : 0 };
}

export function createSky(env: Environment): SkyModel {
  const zen = rgb(env.skyZenith, SKY_GAIN), hor = rgb(env.skyHorizon, SKY_GAIN), nad = rgb(env.skyNadir, SKY_GAIN);
  const sun = env.keyDir.clone().normalize(), sx = sun.x, sy = sun.y, sz = sun.z;
  const key = rgb(env.keyColor);
  const night = env.night, sunset = !night && sun.y < 0.35;
  // Glow around the sun: wide and warm at sunset, tight by day, faint round the moon.
  const glowK = night ? 0.05 : sunset ? 0.55 : 0.22;
  const glow: [number, number, number] = [key[0] * glowK, key[1] * glowK, key[2] * glowK];
  const discCos = Math.cos(THREE.MathUtils.degToRad(env.sunDisc ? (night ? 1.6 : 1.3) : 0));
  const discColor: [number, number, number] = !env.sunDisc ? [0, 0, 0] : night ? rgb(env.sunDisc.color, 6) : throughAir(rgb(env.sunDisc.color, DISC_GAIN), sy);
  const clouds = !night && !env.indoor;
  const cloudLit: [number, number, number] = sunset ? [1.25, 0.72, 0.52] : [1.05, 1.05, 1.08];
  const cloudShade: [number, number, number] = sunset ? [0.42, 0.3, 0.36] : [0.62, 0.66, 0.74];
  const fog = env.fog ? rgb(env.fog.color) : hor;
  const { hazeStart, hazeDensity } = hazeOf(env);

  const gradient = (dx: number, dy: number, dz: number, out: Float32Array | Float64Array, o: number): void => {
    let r: number, g: number, b: number;
    if (dy >= 0) {
      // Most of the colour change happens near the horizon, like a real sky.
      const k = Math.sqrt(dy);
      r = hor[0] + (zen[0] - hor[0]) * k; g = hor[1] + (zen[1] - hor[1]) * k; b = hor[2] + (zen[2] - hor[2]) * k;
    } else {
      const k = Math.min(1, -dy * 6);
      r = hor[0] + (nad[0] - hor[0]) * k; g = hor[1] + (nad[1] - hor[1]) * k; b = hor[2] + (nad[2] - hor[2]) * k;
    }
    let mu = dx * sx + dy * sy + dz * sz;
    if (mu > 0) {
      const m2 = mu * mu, m4 = m2 * m2, m8 = m4 * m4;
      const aureole = sunset ? aureoleOf(m8 * m8 * m8 * m8) : 0;
      mu = 0.35 * m8 + 0.65 * m8 * m8 * m8 * m8;
      // Sunset glow hugs the horizon.
      const band = sunset ? 1.4 - Math.min(1, Math.abs(dy) * 3) : 1;
      r += glow[0] * (mu + aureole * AUREOLE_TINT[0]) * band;
      g += glow[1] * (mu + aureole * AUREOLE_TINT[1]) * band;
      b += glow[2] * (mu + aureole * AUREOLE_TINT[2]) * band;
    }
    out[o] = r; out[o + 1] = g; out[o + 2] = b;
  };

  const radiance = (dx: number, dy: number, dz: number, out: Float32Array | Float64Array, o: number): void => {
    gradient(dx, dy, dz, out, o);
    if (clouds && dy > 0.015) {
      // Cloud layer 1.5 km up, seen through the direction: far clouds bunch towards the horizon.
      const s = 1.5 / dy;
      const u = dx * s, v = dz * s;
      const n = fbm2(u * 0.9, v * 0.9, 5, 101);
      const cover = smoothstep(0.5, 0.75, n) * smoothstep(0.015, 0.2, dy);
      if (cover > 0) {
        const lit = 0.55 + 0.45 * fbm2(u * 2.1 + 3, v * 2.1, 3, 202);
        for (let c = 0; c < 3; c++) {
          const cloud = (cloudShade[c]! + (cloudLit[c]! - cloudShade[c]!) * lit) * hor[c]! * 1.1 + glow[c]! * 0.4;
          out[o + c] = out[o + c]! + (cloud - out[o + c]!) * cover;
        }
      }
    }
    if (night && dy > 0.05) {
      // Stars: one chance in many per small cell of the sky, twinkle-free.
      const cu = Math.floor((dx / (dy + 1)) * 420), cv = Math.floor((dz / (dy + 1)) * 420);
      const h = hash2(cu, cv, 77);
      if (h > 0.9965) {
        const k = (h - 0.9965) * 300 * smoothstep(0.05, 0.3, dy);
        out[o] = out[o]! + k; out[o + 1] = out[o + 1]! + k; out[o + 2] = out[o + 2]! + k * 1.1;
      }
    }
  };

  const hazeGlow = glowK * 0.9;
  return {
    indoor: env.indoor, radiance,
    reflection: (dx, dy, dz, out) => gradient(dx, dy, dz, out, 0),
    disc(dx, dy, dz) {
      const mu = dx * sx + dy * sy + dz * sz;
      if (mu <= discCos - 0.00004) return 0;
      // Soft limb over the last few thousandths of a degree.
      return Math.min(1, (mu - (discCos - 0.00004)) / 0.00008);
    },
    haze(dx, dy, dz, out) {
      let mu = dx * sx + dy * sy + dz * sz;
      mu = mu > 0 ? mu * mu * mu * mu : 0;
      out[0] = fog[0] + key[0] * hazeGlow * mu;
      out[1] = fog[1] + key[1] * hazeGlow * mu;
      out[2] = fog[2] + key[2] * hazeGlow * mu;
    },
    discColor, hazeDensity, hazeStart,
    params: Float64Array.of(env.indoor ? 1 : 0, hazeDensity, hazeStart, ...hor, ...zen, ...nad, sx, sy, sz, ...glow, sunset ? 1 : 0, ...fog, ...key, hazeGlow),
    backdrop: Float64Array.of(night ? 1 : 0, clouds ? 1 : 0, ...cloudLit, ...cloudShade, discCos, ...discColor),
  };
}

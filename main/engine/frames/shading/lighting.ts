// Physically based lighting of one surface point: Lambert diffuse and GGX specular from each
// directional light (the first one, the sun or the key, shadowed by the shadow map), hemisphere and
// ambient fill scaled by ambient occlusion, and a reflection of the sky (outdoors) or the room's
// light (indoors) weighted by Fresnel for the roughness; skin's diffuse light wraps past the
// terminator, red furthest (its pattern's wrap); hair's highlight is a band across its strands
// (hair-sheen.ts). Linear radiance out, before haze.
import type { LightRig } from '../rasterizer/lights';
import { hairSheen } from './hair-sheen';
import type { SkyModel } from './sky';

export interface LightingContext {
  lights: LightRig;
  sky: SkyModel;
}

export interface SurfacePoint {
  px: number; py: number; pz: number;
  // Unit normal, and unit vector towards the eye.
  nx: number; ny: number; nz: number;
  vx: number; vy: number; vz: number;
  r: number; g: number; b: number;
  roughness: number;
  metalness: number;
  // Ambient occlusion (0..1) applied to fill light and reflections.
  ao: number;
  // How much of the first directional light (the sun) reaches the point (shadow map): 0..1.
  sun: number;
  // Light wrapped past the terminator in red, green and blue (skin: light that enters it spreads
  // under it, red furthest), 0 for surfaces that do not scatter (absent: none). SurfaceMaterial wrap.
  wr?: number; wg?: number; wb?: number;
  // Hair: the strands' unit direction (square to the normal) and the strength of their sheen, which
  // takes the place of the GGX highlight (0 or absent: not hair).
  tx?: number; ty?: number; tz?: number;
  aniso?: number;
}

const INV_PI = 1 / Math.PI;
const env = new Float64Array(3);
const sheen = new Float64Array(3);

export function lightSurface(ctx: LightingContext, s: SurfacePoint, out: Float64Array): void {
  const { nx, ny, nz, vx, vy, vz } = s;
  const L = ctx.lights;
  const metal = s.metalness;
  const rough = s.roughness < 0.05 ? 0.05 : s.roughness;
  const a = rough * rough, a2 = a * a;
  const dr = s.r * (1 - metal) * INV_PI, dg = s.g * (1 - metal) * INV_PI, db = s.b * (1 - metal) * INV_PI;
  const f0r = 0.04 + (s.r - 0.04) * metal, f0g = 0.04 + (s.g - 0.04) * metal, f0b = 0.04 + (s.b - 0.04) * metal;
  let NdotV = nx * vx + ny * vy + nz * vz;
  if (NdotV < 1e-4) NdotV = 1e-4;

  // Fill: ambient and hemisphere irradiance, occluded.
  let er = L.ambient[0], eg = L.ambient[1], eb = L.ambient[2];
  const hemi = L.hemi;
  for (let h = 0; h < L.hemiCount; h++) {
    const o = h * 9;
    const k = 0.5 * (nx * hemi[o]! + ny * hemi[o + 1]! + nz * hemi[o + 2]!) + 0.5;
    er += hemi[o + 6]! + (hemi[o + 3]! - hemi[o + 6]!) * k;
    eg += hemi[o + 7]! + (hemi[o + 4]! - hemi[o + 7]!) * k;
    eb += hemi[o + 8]! + (hemi[o + 5]! - hemi[o + 8]!) * k;
  }
  const ao = s.ao;
  let r = dr * er * ao, g = dg * eg * ao, b = db * eb * ao;

  // Direct light.
  const dir = L.dir;
  const wr = s.wr ?? 0, wg = s.wg ?? 0, wb = s.wb ?? 0;
  // Skin's diffuse light is its own (wrapped) term below; the rest see kd = 1.
  const kd = wr > 0 ? 0 : 1;
  const aniso = s.aniso ?? 0;
  for (let d = 0; d < L.dirCount; d++) {
    const o = d * 6;
    const lx = dir[o]!, ly = dir[o + 1]!, lz = dir[o + 2]!;
    const NdotL = nx * lx + ny * ly + nz * lz;
    if (wr > 0) {
      // Scattering skin: its diffuse light falls off past the terminator, red last, warming the
      // edge of the shadow (it stays lit only where the shadow map lets the light in).
      const shade = d === 0 ? s.sun : 1;
      r += dir[o + 3]! * shade * Math.max(0, (NdotL + wr) / (1 + wr)) * dr;
      g += dir[o + 4]! * shade * Math.max(0, (NdotL + wg) / (1 + wg)) * dg;
      b += dir[o + 5]! * shade * Math.max(0, (NdotL + wb) / (1 + wb)) * db;
    }
    if (NdotL <= 0) continue;
    const E = d === 0 ? NdotL * s.sun : NdotL;
    if (E <= 0) continue;
    const cr = dir[o + 3]! * E, cg = dir[o + 4]! * E, cb = dir[o + 5]! * E;
    if (aniso > 0) {
      hairLobes(s, lx, ly, lz, aniso);
      r += cr * (dr * kd + sheen[0]!); g += cg * (dg * kd + sheen[1]!); b += cb * (db * kd + sheen[2]!);
      continue;
    }
    // Rough dielectrics (grass, cloth, paint) reflect a percent or two: diffuse only.
    if (rough > 0.85 && metal === 0) {
      r += cr * dr * kd; g += cg * dg * kd; b += cb * db * kd;
      continue;
    }
    let hx = lx + vx, hy = ly + vy, hz = lz + vz;
    const hl = 1 / (Math.sqrt(hx * hx + hy * hy + hz * hz) || 1);
    hx *= hl; hy *= hl; hz *= hl;
    const NdotH = Math.max(0, nx * hx + ny * hy + nz * hz);
    const VdotH = Math.max(0, vx * hx + vy * hy + vz * hz);
    const q = NdotH * NdotH * (a2 - 1) + 1;
    const D = a2 / (Math.PI * q * q);
    const vis2 = 0.5 / (NdotL * (NdotV * (1 - a) + a) + NdotV * (NdotL * (1 - a) + a));
    const m1 = 1 - VdotH, m2 = m1 * m1;
    const fw = m2 * m2 * m1;
    const spec = D * vis2;
    r += cr * (dr * kd + spec * (f0r + (1 - f0r) * fw));
    g += cg * (dg * kd + spec * (f0g + (1 - f0g) * fw));
    b += cb * (db * kd + spec * (f0b + (1 - f0b) * fw));
  }

  // Reflection of the surroundings (split-sum approximation of the environment BRDF, Karis 2014).
  const c0x = -1, c0y = -0.0275, c0z = -0.572, c0w = 0.022, c1x = 1, c1y = 0.0425, c1z = 1.04, c1w = -0.04;
  const rx = rough * c0x + c1x, ry = rough * c0y + c1y, rz = rough * c0z + c1z, rw = rough * c0w + c1w;
  // exp2(-9.28 x) = exp(-6.4324 x)
  const a004 = Math.min(rx * rx, Math.exp(-6.4324 * NdotV)) * rx + ry;
  const A = -1.04 * a004 + rz, B = 1.04 * a004 + rw;
  const kEnv = ao * (0.3 + 0.7 * (1 - rough));
  environment(ctx, s, rough, er, eg, eb);
  r += env[0]! * (f0r * A + B) * kEnv;
  g += env[1]! * (f0g * A + B) * kEnv;
  b += env[2]! * (f0b * A + B) * kEnv;
  out[0] = r; out[1] = g; out[2] = b;
}

// hair-sheen.ts for light from (lx, ly, lz), into `sheen`.
function hairLobes(s: SurfacePoint, lx: number, ly: number, lz: number, aniso: number): void {
  let hx = lx + s.vx, hy = ly + s.vy, hz = lz + s.vz;
  const hl = 1 / (Math.sqrt(hx * hx + hy * hy + hz * hz) || 1);
  hx *= hl; hy *= hl; hz *= hl;
  const tH = (s.tx ?? 0) * hx + (s.ty ?? 0) * hy + (s.tz ?? 0) * hz;
  const nH = s.nx * hx + s.ny * hy + s.nz * hz;
  hairSheen(tH, nH, s.r, s.g, s.b, aniso, sheen);
}

// Radiance reflected towards the eye from the mirror direction, blurred towards the average fill
// (irradiance / pi) as the surface gets rougher.
function environment(ctx: LightingContext, s: SurfacePoint, rough: number, er: number, eg: number, eb: number): void {
  const fr = er * INV_PI, fg = eg * INV_PI, fb = eb * INV_PI;
  if (rough > 0.75 || ctx.sky.indoor) {
    env[0] = fr; env[1] = fg; env[2] = fb;
    return;
  }
  const d = 2 * (s.nx * s.vx + s.ny * s.vy + s.nz * s.vz);
  let rx = d * s.nx - s.vx, ry = d * s.ny - s.vy;
  const rz = d * s.nz - s.vz;
  // Reflections pointing into the ground see the ground's bounce, not the sky below the horizon.
  if (ry < 0.02) ry = 0.02;
  const l = 1 / Math.sqrt(rx * rx + ry * ry + rz * rz);
  rx *= l;
  ctx.sky.reflection(rx, ry * l, rz * l, env);
  const k = rough / 0.75;
  env[0] = env[0]! + (fr - env[0]!) * k;
  env[1] = env[1]! + (fg - env[1]!) * k;
  env[2] = env[2]! + (fb - env[2]!) * k;
}

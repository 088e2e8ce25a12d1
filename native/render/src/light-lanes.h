// lighting.ts lightSurface (Lambert + GGX from the directional lights, hemisphere fill, the
// environment's reflection, and the parts of sky.ts it reads) for several pixels at once (LANES), as
// shade.cc lights them. A pixel's chain of square roots and divisions is long and each step waits on
// the last, so one pixel at a time left the core mostly idle; pixels side by side keep it busy. Every lane does
// the scalar code's arithmetic in the same order and precision (branches become selects of values
// computed both ways), so the bytes are the JavaScript pass's as before. GCC vector types.
#pragma once
#include <cmath>

#include "passes.h"

namespace lanes {

// Four lanes where the build has AVX (x86-64-v3), else two (one SSE2 register): four in two SSE2
// registers were slower than one pixel at a time.
#if defined(__AVX__)
constexpr int LANES = 4;
#else
constexpr int LANES = 2;
#endif
typedef double Lanes __attribute__((vector_size(8 * LANES)));
// What comparing two Lanes gives: all bits set in a lane where true.
typedef decltype(Lanes{} < Lanes{}) Mask;

constexpr double PI = 3.141592653589793;
constexpr double INV_PI = 1 / PI;

inline Lanes splat(double v) {
  Lanes out;
  for (int k = 0; k < LANES; k++) out[k] = v;
  return out;
}
inline Lanes sel(Mask m, Lanes a, Lanes b) { return m ? a : b; }
// numbers.h minOf(a, b) and maxOf(a, b), lane by lane.
inline Lanes minOf(Lanes a, Lanes b) { return sel(b < a, b, a); }
inline Lanes maxOf(Lanes a, Lanes b) { return sel(b > a, b, a); }
inline Lanes sqrtLanes(Lanes v) {
  for (int k = 0; k < LANES; k++) v[k] = std::sqrt(v[k]);
  return v;
}
inline Lanes expLanes(Lanes v) {
  for (int k = 0; k < LANES; k++) v[k] = std::exp(v[k]);
  return v;
}
inline bool all(Mask m) {
  for (int k = 0; k < LANES; k++) if (!m[k]) return false;
  return true;
}
inline bool any(Mask m) {
  for (int k = 0; k < LANES; k++) if (m[k]) return true;
  return false;
}

// LANES surface points (shade.cc Point), lane by lane.
struct Points {
  Lanes nx, ny, nz, vx, vy, vz, r, g, b, roughness, metalness, ao, sun, wr, wg, wb, tx, ty, tz, aniso;
};

// hair-sheen.ts HAIR_SHEEN and hairSheen: the strands' highlight per unit of irradiance, given the
// strand's and the normal's cosines with the half vector.
constexpr double SHEEN_ROOT_TILT = -0.09, SHEEN_TIP_TILT = 0.26, SHEEN_REFLECT = 0.09, SHEEN_THROUGH = 0.5;
inline void hairSheen(Lanes tH, Lanes nH, const Points& s, Lanes* out) {
  const double rootNorm = 1 / std::sqrt(1 + SHEEN_ROOT_TILT * SHEEN_ROOT_TILT);
  const double tipNorm = 1 / std::sqrt(1 + SHEEN_TIP_TILT * SHEEN_TIP_TILT);
  const Lanes c1 = (tH + SHEEN_ROOT_TILT * nH) * rootNorm;
  const Lanes c2 = (tH + SHEEN_TIP_TILT * nH) * tipNorm;
  Lanes s1 = 1 - c1 * c1, s2 = 1 - c2 * c2;
  s1 = sel(s1 > 0, s1, splat(0));
  s2 = sel(s2 > 0, s2, splat(0));
  const Lanes a2 = s1 * s1, a4 = a2 * a2, a8 = a4 * a4, a16 = a8 * a8, a32 = a16 * a16, a64 = a32 * a32;
  const Lanes b2 = s2 * s2, b4 = b2 * b2, b8 = b4 * b4, b16 = b8 * b8;
  const Lanes white = s.aniso * SHEEN_REFLECT * a64;
  const Lanes tint = s.aniso * SHEEN_THROUGH * b16;
  out[0] = white + tint * s.r;
  out[1] = white + tint * s.g;
  out[2] = white + tint * s.b;
}

// sky.h skyGradient.
inline void skyGradient(const SkyParams& s, Lanes dx, Lanes dy, Lanes dz, Lanes* c) {
  const Mask up = dy >= 0;
  const Lanes k = sqrtLanes(sel(up, dy, splat(0)));
  const Lanes down = minOf(splat(1), -dy * 6);
  for (int i = 0; i < 3; i++) c[i] = sel(up, s.hor[i] + (s.zen[i] - s.hor[i]) * k, s.hor[i] + (s.nad[i] - s.hor[i]) * down);
  const Lanes mu = dx * s.sun[0] + dy * s.sun[1] + dz * s.sun[2];
  const Mask lit = mu > 0;
  if (!any(lit)) return;
  const Lanes m2 = mu * mu, m4 = m2 * m2, m8 = m4 * m4;
  const Lanes glow = 0.35 * m8 + 0.65 * m8 * m8 * m8 * m8;
  const Lanes band = s.sunset ? 1.4 - minOf(splat(1), sel(dy < 0, -dy, dy) * 3) : splat(1);
  if (!s.sunset) {
    for (int i = 0; i < 3; i++) c[i] = sel(lit, c[i] + s.glow[i] * glow * band, c[i]);
    return;
  }
  const Lanes m32 = m8 * m8 * m8 * m8, m256 = m32 * m32 * m32 * m32 * m32 * m32 * m32 * m32;
  const Lanes aureole = m256 * m256 * SKY_AUREOLE;
  for (int i = 0; i < 3; i++) c[i] = sel(lit, c[i] + s.glow[i] * (glow + aureole * SKY_AUREOLE_TINT[i]) * band, c[i]);
}

// lighting.ts environment.
inline void environment(const SkyParams& sky, const Points& s, Lanes rough, Lanes er, Lanes eg, Lanes eb, Lanes* env) {
  const Lanes fr = er * INV_PI, fg = eg * INV_PI, fb = eb * INV_PI;
  const Mask plain = sky.indoor ? (splat(0) == splat(0)) : (rough > 0.75);
  if (all(plain)) {
    env[0] = fr; env[1] = fg; env[2] = fb;
    return;
  }
  const Lanes d = 2 * (s.nx * s.vx + s.ny * s.vy + s.nz * s.vz);
  Lanes rx = d * s.nx - s.vx, ry = d * s.ny - s.vy;
  const Lanes rz = d * s.nz - s.vz;
  ry = sel(ry < 0.02, splat(0.02), ry);
  const Lanes l = 1 / sqrtLanes(rx * rx + ry * ry + rz * rz);
  rx *= l;
  Lanes sky3[3];
  skyGradient(sky, rx, ry * l, rz * l, sky3);
  const Lanes k = rough / 0.75;
  env[0] = sel(plain, fr, sky3[0] + (fr - sky3[0]) * k);
  env[1] = sel(plain, fg, sky3[1] + (fg - sky3[1]) * k);
  env[2] = sel(plain, fb, sky3[2] + (fb - sky3[2]) * k);
}

// lighting.ts lightSurface: out[0..2] the red, green and blue radiance of the points.
inline void lightSurface(const LightRig& L, const SkyParams& sky, const Points& s, Lanes* out) {
  const Lanes nx = s.nx, ny = s.ny, nz = s.nz, vx = s.vx, vy = s.vy, vz = s.vz;
  const Lanes metal = s.metalness;
  const Lanes rough = sel(s.roughness < 0.05, splat(0.05), s.roughness);
  const Lanes a = rough * rough, a2 = a * a;
  const Lanes dr = s.r * (1 - metal) * INV_PI, dg = s.g * (1 - metal) * INV_PI, db = s.b * (1 - metal) * INV_PI;
  const Lanes f0r = 0.04 + (s.r - 0.04) * metal, f0g = 0.04 + (s.g - 0.04) * metal, f0b = 0.04 + (s.b - 0.04) * metal;
  Lanes NdotV = nx * vx + ny * vy + nz * vz;
  NdotV = sel(NdotV < 1e-4, splat(1e-4), NdotV);
  Lanes er = splat(L.ambient[0]), eg = splat(L.ambient[1]), eb = splat(L.ambient[2]);
  for (int h = 0; h < L.hemiCount; h++) {
    const double* o = L.hemi + h * 9;
    const Lanes k = 0.5 * (nx * o[0] + ny * o[1] + nz * o[2]) + 0.5;
    er += o[6] + (o[3] - o[6]) * k;
    eg += o[7] + (o[4] - o[7]) * k;
    eb += o[8] + (o[5] - o[8]) * k;
  }
  const Lanes ao = s.ao;
  Lanes r = dr * er * ao, g = dg * eg * ao, b = db * eb * ao;
  const Mask diffuseOnly = (rough > 0.85) & (metal == 0);
  // lighting.ts: skin's diffuse light is its own wrapped term; the rest see kd = 1.
  const Mask skin = s.wr > 0;
  const Lanes kd = sel(skin, splat(0), splat(1));
  const Mask hair = s.aniso > 0;
  const bool anyHair = any(hair);
  for (int d = 0; d < L.dirCount; d++) {
    const double* o = L.dir + d * 6;
    const double lx = o[0], ly = o[1], lz = o[2];
    const Lanes NdotL = nx * lx + ny * ly + nz * lz;
    if (any(skin)) {
      const Lanes shade = d == 0 ? s.sun : splat(1);
      r = sel(skin, r + o[3] * shade * maxOf(splat(0), (NdotL + s.wr) / (1 + s.wr)) * dr, r);
      g = sel(skin, g + o[4] * shade * maxOf(splat(0), (NdotL + s.wg) / (1 + s.wg)) * dg, g);
      b = sel(skin, b + o[5] * shade * maxOf(splat(0), (NdotL + s.wb) / (1 + s.wb)) * db, b);
    }
    const Lanes E = d == 0 ? NdotL * s.sun : NdotL;
    const Mask lit = (NdotL > 0) & (E > 0);
    if (!any(lit)) continue;
    const Lanes cr = o[3] * E, cg = o[4] * E, cb = o[5] * E;
    Lanes hx = lx + vx, hy = ly + vy, hz = lz + vz;
    const Lanes hlen = sqrtLanes(hx * hx + hy * hy + hz * hz);
    const Lanes hl = 1 / sel(hlen != 0, hlen, splat(1));
    hx *= hl; hy *= hl; hz *= hl;
    const Lanes NdotH = maxOf(splat(0), nx * hx + ny * hy + nz * hz);
    const Lanes VdotH = maxOf(splat(0), vx * hx + vy * hy + vz * hz);
    const Lanes q = NdotH * NdotH * (a2 - 1) + 1;
    const Lanes D = a2 / (PI * q * q);
    const Lanes vis2 = 0.5 / (NdotL * (NdotV * (1 - a) + a) + NdotV * (NdotL * (1 - a) + a));
    const Lanes m1 = 1 - VdotH, m2 = m1 * m1;
    const Lanes fw = m2 * m2 * m1;
    const Lanes spec = D * vis2;
    Lanes sr = sel(diffuseOnly, r + cr * dr * kd, r + cr * (dr * kd + spec * (f0r + (1 - f0r) * fw)));
    Lanes sg = sel(diffuseOnly, g + cg * dg * kd, g + cg * (dg * kd + spec * (f0g + (1 - f0g) * fw)));
    Lanes sb = sel(diffuseOnly, b + cb * db * kd, b + cb * (db * kd + spec * (f0b + (1 - f0b) * fw)));
    if (anyHair) {
      // lighting.ts hairLobes: the half vector as above.
      Lanes sheen[3];
      hairSheen(s.tx * hx + s.ty * hy + s.tz * hz, nx * hx + ny * hy + nz * hz, s, sheen);
      sr = sel(hair, r + cr * (dr * kd + sheen[0]), sr);
      sg = sel(hair, g + cg * (dg * kd + sheen[1]), sg);
      sb = sel(hair, b + cb * (db * kd + sheen[2]), sb);
    }
    r = sel(lit, sr, r);
    g = sel(lit, sg, g);
    b = sel(lit, sb, b);
  }
  const double c0x = -1, c0y = -0.0275, c0z = -0.572, c0w = 0.022, c1x = 1, c1y = 0.0425, c1z = 1.04, c1w = -0.04;
  const Lanes rx = rough * c0x + c1x, ry = rough * c0y + c1y, rz = rough * c0z + c1z, rw = rough * c0w + c1w;
  const Lanes a004 = minOf(rx * rx, expLanes(-6.4324 * NdotV)) * rx + ry;
  const Lanes A = -1.04 * a004 + rz, B = 1.04 * a004 + rw;
  const Lanes kEnv = ao * (0.3 + 0.7 * (1 - rough));
  Lanes env[3];
  environment(sky, s, rough, er, eg, eb, env);
  out[0] = r + env[0] * (f0r * A + B) * kEnv;
  out[1] = g + env[1] * (f0g * A + B) * kEnv;
  out[2] = b + env[2] * (f0b * A + B) * kEnv;
}

}  // namespace lanes

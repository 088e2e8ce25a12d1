// The deferred shading pass: line for line main/engine/frames/shading/shade.ts (which pixels are
// shaded and which are filled from shaded neighbours, position from depth, haze), lighting.ts
// (Lambert + GGX from the directional lights, hemisphere fill, the environment's reflection) and
// the parts of sky.ts that lighting reads. Procedural surfaces run through their C++ twins
// (surfaces.cc); a pattern without one ran in JavaScript first and its result arrives in `surfaces`.
#include <cmath>

#include "numbers.h"
#include "passes.h"
#include "surfaces.h"

namespace {

constexpr double PI = 3.141592653589793;
constexpr double INV_PI = 1 / PI;
constexpr int DOUBLE_SIDE = 1, UNLIT = 0, JS_PATTERN = 2, ROUGH = 3, METAL = 4, ER = 5, FOG = 8, TWIN = 9, PARAMS = 10, LOCAL = 11, MATRIX = 12;

struct Point {
  double nx, ny, nz, vx, vy, vz, r, g, b, roughness, metalness, ao, sun;
};

// sky.ts gradient (what reflections see).
void gradient(const SkyParams& s, double dx, double dy, double dz, double* out) {
  double c[3];
  if (dy >= 0) {
    const double k = std::sqrt(dy);
    for (int i = 0; i < 3; i++) c[i] = s.hor[i] + (s.zen[i] - s.hor[i]) * k;
  } else {
    const double k = minOf(1, -dy * 6);
    for (int i = 0; i < 3; i++) c[i] = s.hor[i] + (s.nad[i] - s.hor[i]) * k;
  }
  double mu = dx * s.sun[0] + dy * s.sun[1] + dz * s.sun[2];
  if (mu > 0) {
    const double m2 = mu * mu, m4 = m2 * m2, m8 = m4 * m4;
    mu = 0.35 * m8 + 0.65 * m8 * m8 * m8 * m8;
    const double band = s.sunset ? 1.4 - minOf(1, std::fabs(dy) * 3) : 1;
    for (int i = 0; i < 3; i++) c[i] += s.glow[i] * mu * band;
  }
  out[0] = c[0]; out[1] = c[1]; out[2] = c[2];
}

// sky.ts haze.
void haze(const SkyParams& s, double dx, double dy, double dz, double* out) {
  double mu = dx * s.sun[0] + dy * s.sun[1] + dz * s.sun[2];
  mu = mu > 0 ? mu * mu * mu * mu : 0;
  for (int i = 0; i < 3; i++) out[i] = s.fog[i] + s.key[i] * s.hazeGlow * mu;
}

// lighting.ts environment.
void environment(const SkyParams& sky, const Point& s, double rough, double er, double eg, double eb, double* env) {
  const double fr = er * INV_PI, fg = eg * INV_PI, fb = eb * INV_PI;
  if (rough > 0.75 || sky.indoor) {
    env[0] = fr; env[1] = fg; env[2] = fb;
    return;
  }
  const double d = 2 * (s.nx * s.vx + s.ny * s.vy + s.nz * s.vz);
  double rx = d * s.nx - s.vx, ry = d * s.ny - s.vy;
  const double rz = d * s.nz - s.vz;
  if (ry < 0.02) ry = 0.02;
  const double l = 1 / std::sqrt(rx * rx + ry * ry + rz * rz);
  rx *= l;
  gradient(sky, rx, ry * l, rz * l, env);
  const double k = rough / 0.75;
  env[0] = env[0] + (fr - env[0]) * k;
  env[1] = env[1] + (fg - env[1]) * k;
  env[2] = env[2] + (fb - env[2]) * k;
}

// lighting.ts lightSurface.
void lightSurface(const LightRig& L, const SkyParams& sky, const Point& s, double* out) {
  const double nx = s.nx, ny = s.ny, nz = s.nz, vx = s.vx, vy = s.vy, vz = s.vz;
  const double metal = s.metalness;
  const double rough = s.roughness < 0.05 ? 0.05 : s.roughness;
  const double a = rough * rough, a2 = a * a;
  const double dr = s.r * (1 - metal) * INV_PI, dg = s.g * (1 - metal) * INV_PI, db = s.b * (1 - metal) * INV_PI;
  const double f0r = 0.04 + (s.r - 0.04) * metal, f0g = 0.04 + (s.g - 0.04) * metal, f0b = 0.04 + (s.b - 0.04) * metal;
  double NdotV = nx * vx + ny * vy + nz * vz;
  if (NdotV < 1e-4) NdotV = 1e-4;
  double er = L.ambient[0], eg = L.ambient[1], eb = L.ambient[2];
  for (int h = 0; h < L.hemiCount; h++) {
    const double* o = L.hemi + h * 9;
    const double k = 0.5 * (nx * o[0] + ny * o[1] + nz * o[2]) + 0.5;
    er += o[6] + (o[3] - o[6]) * k;
    eg += o[7] + (o[4] - o[7]) * k;
    eb += o[8] + (o[5] - o[8]) * k;
  }
  const double ao = s.ao;
  double r = dr * er * ao, g = dg * eg * ao, b = db * eb * ao;
  for (int d = 0; d < L.dirCount; d++) {
    const double* o = L.dir + d * 6;
    const double lx = o[0], ly = o[1], lz = o[2];
    const double NdotL = nx * lx + ny * ly + nz * lz;
    if (NdotL <= 0) continue;
    const double E = d == 0 ? NdotL * s.sun : NdotL;
    if (E <= 0) continue;
    const double cr = o[3] * E, cg = o[4] * E, cb = o[5] * E;
    if (rough > 0.85 && metal == 0) {
      r += cr * dr; g += cg * dg; b += cb * db;
      continue;
    }
    double hx = lx + vx, hy = ly + vy, hz = lz + vz;
    const double hlen = std::sqrt(hx * hx + hy * hy + hz * hz);
    const double hl = 1 / (hlen != 0 ? hlen : 1);
    hx *= hl; hy *= hl; hz *= hl;
    const double NdotH = maxOf(0, nx * hx + ny * hy + nz * hz);
    const double VdotH = maxOf(0, vx * hx + vy * hy + vz * hz);
    const double q = NdotH * NdotH * (a2 - 1) + 1;
    const double D = a2 / (PI * q * q);
    const double vis2 = 0.5 / (NdotL * (NdotV * (1 - a) + a) + NdotV * (NdotL * (1 - a) + a));
    const double m1 = 1 - VdotH, m2 = m1 * m1;
    const double fw = m2 * m2 * m1;
    const double spec = D * vis2;
    r += cr * (dr + spec * (f0r + (1 - f0r) * fw));
    g += cg * (dg + spec * (f0g + (1 - f0g) * fw));
    b += cb * (db + spec * (f0b + (1 - f0b) * fw));
  }
  const double c0x = -1, c0y = -0.0275, c0z = -0.572, c0w = 0.022, c1x = 1, c1y = 0.0425, c1z = 1.04, c1w = -0.04;
  const double rx = rough * c0x + c1x, ry = rough * c0y + c1y, rz = rough * c0z + c1z, rw = rough * c0w + c1w;
  const double a004 = minOf(rx * rx, std::exp(-6.4324 * NdotV)) * rx + ry;
  const double A = -1.04 * a004 + rz, B = 1.04 * a004 + rw;
  const double kEnv = ao * (0.3 + 0.7 * (1 - rough));
  double env[3];
  environment(sky, s, rough, er, eg, eb, env);
  out[0] = r + env[0] * (f0r * A + B) * kEnv;
  out[1] = g + env[1] * (f0g * A + B) * kEnv;
  out[2] = b + env[2] * (f0b * A + B) * kEnv;
}

// shade.ts surfaceReader's pattern step, with the surface's C++ twin: edits p's normal, albedo,
// roughness and metalness, and returns the cavity.
double applyTwin(const ShadeFrame& f, const double* m, Point& p, double px, double py, double pz, double span) {
  Sample s;
  s.x = px; s.y = py; s.z = pz;
  s.lx = s.ly = s.lz = 0;
  if (m[LOCAL] != 0) {
    const double* lm = m + MATRIX;
    s.lx = lm[0] * px + lm[3] * py + lm[6] * pz + lm[9];
    s.ly = lm[1] * px + lm[4] * py + lm[7] * pz + lm[10];
    s.lz = lm[2] * px + lm[5] * py + lm[8] * pz + lm[11];
  }
  s.nx = p.nx; s.ny = p.ny; s.nz = p.nz;
  const double facing = std::fabs(p.nx * p.vx + p.ny * p.vy + p.nz * p.vz);
  s.footprint = span / (facing > 0.2 ? facing : 0.2);
  s.t = f.t;
  s.r = p.r; s.g = p.g; s.b = p.b;
  s.roughness = p.roughness; s.metalness = p.metalness; s.cavity = 1;
  SURFACE_TWINS[static_cast<int>(m[TWIN])].apply(s, f.patternParams + static_cast<size_t>(m[PARAMS]));
  p.nx = s.nx; p.ny = s.ny; p.nz = s.nz;
  p.r = s.r; p.g = s.g; p.b = s.b;
  p.roughness = s.roughness; p.metalness = s.metalness;
  return s.cavity;
}

// shade.ts pixelShader: one pixel into hdr; `surface` is the pattern's result or null.
void shadePixel(const ShadeFrame& f, int x, int y, const double* surface) {
  const int i = y * f.W + x;
  const int id = f.id[i];
  const double* m = f.materials + static_cast<size_t>(id - 1) * MATERIAL_STRIDE;
  const int o = i * 3;
  if (m[UNLIT] != 0) {
    f.hdr[o] = f.albedo[o]; f.hdr[o + 1] = f.albedo[o + 1]; f.hdr[o + 2] = f.albedo[o + 2];
    return;
  }
  const Rays& R = f.rays;
  const double ndcY = 1 - ((y + 0.5) / f.H) * 2;
  const double ndcX = ((x + 0.5) / f.W) * 2 - 1;
  const double dx = R.fx + ndcX * R.rx + ndcY * R.ux;
  const double dy = R.fy + ndcX * R.ry + ndcY * R.uy;
  const double dz = R.fz + ndcX * R.rz + ndcY * R.uz;
  const double w = 1 / static_cast<double>(f.depth[i]);
  const double dl = std::sqrt(dx * dx + dy * dy + dz * dz);
  Point p;
  const double il = 1 / dl;
  p.vx = -dx * il; p.vy = -dy * il; p.vz = -dz * il;
  if (surface) {
    p.nx = surface[1]; p.ny = surface[2]; p.nz = surface[3];
    p.r = surface[4]; p.g = surface[5]; p.b = surface[6];
    p.roughness = surface[7]; p.metalness = surface[8];
  } else {
    double nx = f.normal[o], ny = f.normal[o + 1], nz = f.normal[o + 2];
    const double len = std::sqrt(nx * nx + ny * ny + nz * nz);
    const double nl = 1 / (len != 0 ? len : 1);
    nx *= nl; ny *= nl; nz *= nl;
    if (m[DOUBLE_SIDE] != 0 && nx * p.vx + ny * p.vy + nz * p.vz < 0) { nx = -nx; ny = -ny; nz = -nz; }
    p.nx = nx; p.ny = ny; p.nz = nz;
    p.r = f.albedo[o]; p.g = f.albedo[o + 1]; p.b = f.albedo[o + 2];
    p.roughness = m[ROUGH]; p.metalness = m[METAL];
  }
  double cavity = surface ? surface[9] : 1;
  if (!surface && m[TWIN] >= 0) {
    const double px = R.px + dx * w, py = R.py + dy * w, pz = R.pz + dz * w;
    cavity = applyTwin(f, m, p, px, py, pz, w * dl * R.pixelAngle);
  }
  p.ao = (f.ao ? static_cast<double>(f.ao[i]) : 1) * cavity;
  p.sun = f.sun ? f.sun[i] : 1;
  double lit[3];
  lightSurface(f.lights, f.sky, p, lit);
  double lr = lit[0] + m[ER], lg = lit[1] + m[ER + 1], lb = lit[2] + m[ER + 2];
  const double dist = w * dl - f.sky.hazeStart;
  if (m[FOG] != 0 && f.sky.hazeDensity > 0 && dist > 0) {
    const double k = 1 - std::exp(-dist * f.sky.hazeDensity);
    double h[3];
    haze(f.sky, -p.vx, -p.vy, -p.vz, h);
    lr += (h[0] - lr) * k; lg += (h[1] - lg) * k; lb += (h[2] - lb) * k;
  }
  f.hdr[o] = static_cast<float>(lr); f.hdr[o + 1] = static_cast<float>(lg); f.hdr[o + 2] = static_cast<float>(lb);
}

// shade.ts interpolator's test: shaded pixel j shows the same surface as pixel i.
struct Same {
  const ShadeFrame& f;
  int k;
  double z, tol, nx, ny, nz;
  Same(const ShadeFrame& frame, int i) : f(frame), k(frame.id[i]), z(frame.depth[i]), tol(0.02 * z), nx(frame.normal[i * 3]), ny(frame.normal[i * 3 + 1]), nz(frame.normal[i * 3 + 2]) {}
  bool operator()(int j) const {
    return f.id[j] == k && !(std::fabs(f.depth[j] - z) > tol) && !(f.normal[j * 3] * nx + f.normal[j * 3 + 1] * ny + f.normal[j * 3 + 2] * nz < 0.97);
  }
};

uint8_t shadeMark(const ShadeFrame& f, int i) {
  const double* m = f.materials + static_cast<size_t>(f.id[i] - 1) * MATERIAL_STRIDE;
  return m[UNLIT] == 0 && m[JS_PATTERN] != 0 ? 2 : 1;
}

}  // namespace

int shadePlan(const ShadeFrame& f, uint8_t* need, int32_t* patterned) {
  const int W = f.W, H = f.H;
  int count = 0;
  for (int y = 0; y < H; y++) {
    for (int x = 0; x < W; x++) {
      const int i = y * W + x;
      if (f.id[i] == 0 || f.id[i] > f.materialCount) { need[i] = 0; continue; }
      bool fill = false;
      uint8_t how = 0;
      if ((y & 1) == 0) {
        if ((x & 1) != 0 && x + 1 < W) {
          const Same same(f, i);
          fill = same(i - 1) && same(i + 1);
          how = 3;
        }
      } else if (y + 1 < H) {
        const Same same(f, i);
        if ((x & 1) == 0) {
          fill = same(i - W) && same(i + W);
          how = 4;
        } else if (x + 1 < W) {
          fill = same(i - W - 1) && same(i - W + 1) && same(i + W - 1) && same(i + W + 1);
          how = 5;
        }
      }
      need[i] = fill ? how : shadeMark(f, i);
      if (need[i] == 2) patterned[count++] = i;
    }
  }
  return count;
}

void shadeLight(const ShadeFrame& f, const uint8_t* need, const double* surfaces, int patternCount) {
  const int W = f.W, H = f.H;
  for (int k = 0; k < patternCount; k++) {
    const double* s = surfaces + static_cast<size_t>(k) * PATTERN_STRIDE;
    const int i = static_cast<int>(s[0]);
    shadePixel(f, i % W, i / W, s);
  }
  for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) if (need[y * W + x] == 1) shadePixel(f, x, y, nullptr);
  float* hdr = f.hdr;
  for (int i = 0; i < W * H; i++) {
    const int n = need[i];
    if (n < 3) continue;
    const int o = i * 3;
    if (n == 5) {
      const int a = (i - W - 1) * 3, b = (i - W + 1) * 3, c = (i + W - 1) * 3, d = (i + W + 1) * 3;
      for (int ch = 0; ch < 3; ch++) {
        hdr[o + ch] = static_cast<float>((static_cast<double>(hdr[a + ch]) + hdr[b + ch] + hdr[c + ch] + hdr[d + ch]) * 0.25);
      }
    } else {
      const int a = (n == 3 ? i - 1 : i - W) * 3, b = (n == 3 ? i + 1 : i + W) * 3;
      for (int ch = 0; ch < 3; ch++) hdr[o + ch] = static_cast<float>((static_cast<double>(hdr[a + ch]) + hdr[b + ch]) * 0.5);
    }
  }
}

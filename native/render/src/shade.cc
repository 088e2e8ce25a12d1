// The deferred shading pass: line for line main/engine/frames/shading/shade.ts (which pixels are
// shaded and which are filled from shaded neighbours, position from depth, haze), with lighting.ts
// several pixels at a time (light-lanes.h). Procedural surfaces run through their C++ twins
// (surfaces.cc); a pattern without one ran in JavaScript first and its result arrives in `surfaces`.
#include <cmath>

#include "light-lanes.h"
#include "numbers.h"
#include "passes.h"
#include "surfaces.h"

namespace {

constexpr int DOUBLE_SIDE = 1, UNLIT = 0, JS_PATTERN = 2, ROUGH = 3, METAL = 4, ER = 5, FOG = 8, TWIN = 9, PARAMS = 10, LOCAL = 11, MATRIX = 12, WRAP = 24;

struct Point {
  double nx, ny, nz, vx, vy, vz, r, g, b, roughness, metalness, ao, sun, wr, wg, wb, tx, ty, tz, aniso;
};

// sky.ts haze.
void haze(const SkyParams& s, double dx, double dy, double dz, double* out) {
  double mu = dx * s.sun[0] + dy * s.sun[1] + dz * s.sun[2];
  mu = mu > 0 ? mu * mu * mu * mu : 0;
  for (int i = 0; i < 3; i++) out[i] = s.fog[i] + s.key[i] * s.hazeGlow * mu;
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

// shade.ts pixelShader, in two halves around the lighting, which lanes::LANES pixels share.
// The pixels waiting for their lighting: where each is, its surface, and what is added after.
struct Batch {
  lanes::Points p;
  int pixel[lanes::LANES];
  double emission[lanes::LANES][3], distance[lanes::LANES];
  double fog[lanes::LANES];
  int count = 0;
};

// The first half: the surface of pixel (x, y) into the batch's next lane (`surface` is its
// JavaScript pattern's result, or null); an unlit pixel is written at once instead.
void preparePixel(const ShadeFrame& f, int x, int y, const double* surface, Batch& batch) {
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
    p.tx = surface[10]; p.ty = surface[11]; p.tz = surface[12]; p.aniso = surface[13];
  } else {
    p.tx = p.ty = p.tz = p.aniso = 0;
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
  const double open = f.ao ? static_cast<double>(f.ao[i]) : 1;
  p.ao = open * cavity;
  p.sun = (f.sun ? f.sun[i] : 1) * (1 - f.areaKey + f.areaKey * open);
  const int k = batch.count++;
  lanes::Points& P = batch.p;
  P.nx[k] = p.nx; P.ny[k] = p.ny; P.nz[k] = p.nz; P.vx[k] = p.vx; P.vy[k] = p.vy; P.vz[k] = p.vz;
  P.r[k] = p.r; P.g[k] = p.g; P.b[k] = p.b; P.roughness[k] = p.roughness; P.metalness[k] = p.metalness;
  P.ao[k] = p.ao; P.sun[k] = p.sun;
  P.wr[k] = m[WRAP]; P.wg[k] = m[WRAP + 1]; P.wb[k] = m[WRAP + 2];
  P.tx[k] = p.tx; P.ty[k] = p.ty; P.tz[k] = p.tz; P.aniso[k] = p.aniso;
  batch.pixel[k] = i;
  batch.emission[k][0] = m[ER]; batch.emission[k][1] = m[ER + 1]; batch.emission[k][2] = m[ER + 2];
  batch.fog[k] = m[FOG];
  batch.distance[k] = w * dl - f.sky.hazeStart;
}

// The second half, for every pixel in the batch: lighting, emission and haze into hdr. Lanes past
// the batch's count light a copy of its first pixel and are dropped.
void finishBatch(const ShadeFrame& f, Batch& batch) {
  if (batch.count == 0) return;
  lanes::Points& P = batch.p;
  for (int k = batch.count; k < lanes::LANES; k++) {
    P.nx[k] = P.nx[0]; P.ny[k] = P.ny[0]; P.nz[k] = P.nz[0]; P.vx[k] = P.vx[0]; P.vy[k] = P.vy[0]; P.vz[k] = P.vz[0];
    P.r[k] = P.r[0]; P.g[k] = P.g[0]; P.b[k] = P.b[0]; P.roughness[k] = P.roughness[0]; P.metalness[k] = P.metalness[0];
    P.ao[k] = P.ao[0]; P.sun[k] = P.sun[0];
    P.wr[k] = P.wr[0]; P.wg[k] = P.wg[0]; P.wb[k] = P.wb[0];
    P.tx[k] = P.tx[0]; P.ty[k] = P.ty[0]; P.tz[k] = P.tz[0]; P.aniso[k] = P.aniso[0];
  }
  lanes::Lanes lit[3];
  lanes::lightSurface(f.lights, f.sky, P, lit);
  for (int k = 0; k < batch.count; k++) {
    double lr = lit[0][k] + batch.emission[k][0], lg = lit[1][k] + batch.emission[k][1], lb = lit[2][k] + batch.emission[k][2];
    const double dist = batch.distance[k];
    if (batch.fog[k] > 0 && f.sky.hazeDensity > 0 && dist > 0) {
      const double h = (1 - std::exp(-dist * f.sky.hazeDensity)) * batch.fog[k];
      double c[3];
      haze(f.sky, -P.vx[k], -P.vy[k], -P.vz[k], c);
      lr += (c[0] - lr) * h; lg += (c[1] - lg) * h; lb += (c[2] - lb) * h;
    }
    const int o = batch.pixel[k] * 3;
    f.hdr[o] = static_cast<float>(lr); f.hdr[o + 1] = static_cast<float>(lg); f.hdr[o + 2] = static_cast<float>(lb);
  }
  batch.count = 0;
}

// A pixel into the batch, lit once the batch is full.
void shadePixel(const ShadeFrame& f, int x, int y, const double* surface, Batch& batch) {
  preparePixel(f, x, y, surface, batch);
  if (batch.count == lanes::LANES) finishBatch(f, batch);
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
  Batch batch;
  for (int k = 0; k < patternCount; k++) {
    const double* s = surfaces + static_cast<size_t>(k) * PATTERN_STRIDE;
    const int i = static_cast<int>(s[0]);
    shadePixel(f, i % W, i / W, s, batch);
  }
  for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) if (need[y * W + x] == 1) shadePixel(f, x, y, nullptr, batch);
  finishBatch(f, batch);
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

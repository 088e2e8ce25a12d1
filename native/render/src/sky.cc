// What is seen where nothing was drawn: line for line main/engine/frames/shading/background.ts (the
// sky on a coarse grid of the background's cells, interpolated, with the sun disc at full
// resolution; the background colour indoors) and sky.ts radiance (gradient, clouds, stars) and disc.
// The grid is a float array as in the JavaScript, and every value is read back from it as stored.
// GCC 12's basic-block vectorizer at -O3 dropped the rounding to float of two channels packed
// together (a double -> float -> double round trip kept as the double), one float step off the
// JavaScript on a tenth of the clouds' grid points. Off for this file.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("no-tree-slp-vectorize")
#endif

#include <cmath>
#include <vector>

#include "noise.h"
#include "numbers.h"
#include "passes.h"
#include "sky.h"

namespace {

constexpr int CELL = 4;

// A value as the JavaScript's Float32Array holds it.
inline double asFloat(double v) { return static_cast<float>(v); }

// sky.ts radiance: into out[0..2] (floats, as the grid holds them). Each step's result is rounded to
// a float where the JavaScript stores it in the grid and reads it back.
void radiance(const SkyParams& s, const BackdropParams& b, double dx, double dy, double dz, float* out) {
  double g[3];
  skyGradient(s, dx, dy, dz, g);
  double c0 = asFloat(g[0]), c1 = asFloat(g[1]), c2 = asFloat(g[2]);
  if (b.clouds && dy > 0.015) {
    // Cloud layer 1.5 km up, seen through the direction: far clouds bunch towards the horizon.
    const double k = 1.5 / dy;
    const double u = dx * k, v = dz * k;
    const double n = noise::fbm2(u * 0.9, v * 0.9, 5, 101);
    const double cover = noise::smoothstep(0.5, 0.75, n) * noise::smoothstep(0.015, 0.2, dy);
    if (cover > 0) {
      const double lit = 0.55 + 0.45 * noise::fbm2(u * 2.1 + 3, v * 2.1, 3, 202);
      const auto mix = [&](int c, double was) {
        const double cloud = (b.cloudShade[c] + (b.cloudLit[c] - b.cloudShade[c]) * lit) * s.hor[c] * 1.1 + s.glow[c] * 0.4;
        return asFloat(was + (cloud - was) * cover);
      };
      c0 = mix(0, c0); c1 = mix(1, c1); c2 = mix(2, c2);
    }
  }
  if (b.night && dy > 0.05) {
    // Stars: one chance in many per small cell of the sky, twinkle-free.
    const double cu = floorOf((dx / (dy + 1)) * 420), cv = floorOf((dz / (dy + 1)) * 420);
    const double h = noise::hash2(cu, cv, 77);
    if (h > 0.9965) {
      const double k = (h - 0.9965) * 300 * noise::smoothstep(0.05, 0.3, dy);
      c0 = asFloat(c0 + k); c1 = asFloat(c1 + k); c2 = asFloat(c2 + k * 1.1);
    }
  }
  out[0] = static_cast<float>(c0); out[1] = static_cast<float>(c1); out[2] = static_cast<float>(c2);
}

// The unit ray through pixel (px, py) (background.ts ray).
inline void ray(const Rays& r, int W, int H, int px, int py, double* d) {
  const double ndcX = ((px + 0.5) / W) * 2 - 1, ndcY = 1 - ((py + 0.5) / H) * 2;
  const double dx = r.fx + ndcX * r.rx + ndcY * r.ux;
  const double dy = r.fy + ndcX * r.ry + ndcY * r.uy;
  const double dz = r.fz + ndcX * r.rz + ndcY * r.uz;
  const double l = 1 / std::sqrt(dx * dx + dy * dy + dz * dz);
  d[0] = dx * l; d[1] = dy * l; d[2] = dz * l;
}

thread_local std::vector<float> gridStore;
thread_local std::vector<uint8_t> neededStore;

}  // namespace

void drawBackground(const uint16_t* id, float* hdr, int W, int H, const Rays& rays, const SkyParams& s, const BackdropParams& b) {
  const size_t n = static_cast<size_t>(W) * H;
  if (s.indoor) {
    for (size_t i = 0; i < n; i++) {
      if (id[i] != 0) continue;
      hdr[i * 3] = static_cast<float>(b.background[0]); hdr[i * 3 + 1] = static_cast<float>(b.background[1]); hdr[i * 3 + 2] = static_cast<float>(b.background[2]);
    }
    return;
  }
  const int GW = (W + CELL - 1) / CELL + 1, GH = (H + CELL - 1) / CELL + 1;
  gridStore.resize(static_cast<size_t>(GW) * GH * 3);
  neededStore.assign(static_cast<size_t>(GW) * GH, 0);
  // Plain pointers: each use of a thread_local in a shared library is a call to find it.
  float* grid = gridStore.data();
  uint8_t* needed = neededStore.data();
  // A grid point is needed when any of the four cells around it holds a background pixel.
  for (int y = 0; y < H; y++) {
    for (int x = 0; x < W; x++) {
      if (id[static_cast<size_t>(y) * W + x] != 0) continue;
      const int g = (y / CELL) * GW + x / CELL;
      needed[g] = needed[g + 1] = needed[g + GW] = needed[g + GW + 1] = 1;
    }
  }
  double d[3];
  for (int gy = 0; gy < GH; gy++) {
    for (int gx = 0; gx < GW; gx++) {
      if (!needed[gy * GW + gx]) continue;
      ray(rays, W, H, gx * CELL, gy * CELL, d);
      radiance(s, b, d[0], d[1], d[2], grid + static_cast<size_t>(gy * GW + gx) * 3);
    }
  }
  const bool disc = b.discColor[0] > 0;
  const double discEdge = b.discCos - 0.00004;
  // A ray whose cosine to the sun is under 0.99 of the disc's edge's (far beyond any rounding) is
  // off the disc: told from the unnormalised ray, without the square root and division per pixel.
  const double offDisc = discEdge > 0 ? 0.98 * discEdge * discEdge : -1;
  std::vector<double> ndcX(W);
  for (int x = 0; x < W; x++) ndcX[x] = ((x + 0.5) / W) * 2 - 1;
  for (int y = 0; y < H; y++) {
    const int gy = y / CELL;
    const double ty = static_cast<double>(y - gy * CELL) / CELL;
    const double ndcY = 1 - ((y + 0.5) / H) * 2;
    for (int x = 0; x < W; x++) {
      const size_t i = static_cast<size_t>(y) * W + x;
      if (id[i] != 0) continue;
      const int gx = x / CELL;
      const double tx = static_cast<double>(x - gx * CELL) / CELL;
      const size_t g00 = static_cast<size_t>(gy * GW + gx) * 3, g10 = g00 + 3, g01 = g00 + static_cast<size_t>(GW) * 3, g11 = g01 + 3;
      float* o = hdr + i * 3;
      for (int c = 0; c < 3; c++) {
        const double top = grid[g00 + c] + (static_cast<double>(grid[g10 + c]) - grid[g00 + c]) * tx;
        const double bottom = grid[g01 + c] + (static_cast<double>(grid[g11 + c]) - grid[g01 + c]) * tx;
        o[c] = static_cast<float>(top + (bottom - top) * ty);
      }
      if (!disc) continue;
      if (offDisc > 0) {
        const double dx = rays.fx + ndcX[x] * rays.rx + ndcY * rays.ux;
        const double dy = rays.fy + ndcX[x] * rays.ry + ndcY * rays.uy;
        const double dz = rays.fz + ndcX[x] * rays.rz + ndcY * rays.uz;
        const double dot = dx * s.sun[0] + dy * s.sun[1] + dz * s.sun[2];
        if (dot <= 0 || dot * dot < offDisc * (dx * dx + dy * dy + dz * dz)) continue;
      }
      ray(rays, W, H, x, y, d);
      // sky.ts disc: a soft limb over the last few thousandths of a degree; the disc hides the sky behind.
      const double mu = d[0] * s.sun[0] + d[1] * s.sun[1] + d[2] * s.sun[2];
      if (mu <= discEdge) continue;
      const double k = minOf(1, (mu - discEdge) / 0.00008);
      o[0] = static_cast<float>(o[0] + (b.discColor[0] - o[0]) * k);
      o[1] = static_cast<float>(o[1] + (b.discColor[1] - o[1]) * k);
      o[2] = static_cast<float>(o[2] + (b.discColor[2] - o[2]) * k);
    }
  }
}

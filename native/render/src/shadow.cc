// The sun's shadow lookups: line for line main/engine/frames/shading/shadow-map.ts and
// shadow-mask.ts (buildTiles; the mask's half-resolution grid of lookups with phase-shifted soft PCF
// taps, its [1 2 1] blur within surfaces, and the pixels between from their surface's grid points).
#include <algorithm>
#include <cmath>
#include <vector>

#include "numbers.h"
#include "passes.h"

namespace {

struct Lookup {
  const float* map;
  const float* tileMin;
  const ShadowParams& p;
  // 1 / tile where the tile is a power of two (8): then x * perTile is x / tile to the bit (both
  // round the same real number), without a division's wait on the way to the lookup.
  double perTile;

  Lookup(const float* m, const float* t, const ShadowParams& params)
      : map(m), tileMin(t), p(params), perTile((params.tile & (params.tile - 1)) == 0 ? 1.0 / params.tile : 0) {}

  // The nearest caster over the tile of map texel (x, y) and its neighbours.
  float nearest(double x, double y) const {
    const int tx = static_cast<int>(perTile != 0 ? x * perTile : x / p.tile), ty = static_cast<int>(perTile != 0 ? y * perTile : y / p.tile);
    return tileMin[ty * p.TN + tx];
  }

  double tap(double x, double y, double d) const {
    const int N = p.N;
    if (x < 0 || y < 0 || x >= N || y >= N) return 1;
    return d <= map[static_cast<int>(y) * N + static_cast<int>(x)] ? 1 : 0;
  }

  // ShadowMap.visibility: fraction of sun reaching point q with unit normal n.
  double visibility(double px, double py, double pz, double nx, double ny, double nz, int phase) const {
    const double N = p.N, soft = p.soft, texel = p.texel;
    const double qx = px + nx * texel * 1.5, qy = py + ny * texel * 1.5, qz = pz + nz * texel * 1.5;
    const double x = qx * p.r[0] + qy * p.r[1] + qz * p.r[2] + p.ox;
    const double y = qx * p.u[0] + qy * p.u[1] + qz * p.u[2] + p.oy;
    if (x < -soft || y < -soft || x >= N + soft || y >= N + soft) return 1;
    const double cos = -(nx * p.f[0] + ny * p.f[1] + nz * p.f[2]);
    const double tan = cos > 0.1 ? std::sqrt(1 - cos * cos) / cos : 10;
    const double d = qx * p.f[0] + qy * p.f[1] + qz * p.f[2] - p.bias - texel * soft * tan;
    if (x >= 0 && y >= 0 && x < N && y < N && d <= nearest(x, y)) return 1;
    if (soft <= p.probeMaxSoft) {
      const double a = tap(x - soft, y - soft, d);
      const double s = a + tap(x + soft, y - soft, d) + tap(x - soft, y + soft, d) + tap(x + soft, y + soft, d);
      if ((s == 0 || s == 4) && tap(x, y, d) == a) return a;
    }
    double sum = 0;
    const double step = phase < 0 ? (2 * soft) / 3 : soft / 2;
    const double x0 = phase < 0 ? x - soft : x - soft + ((phase & 1) ? 0.75 : 0.25) * step;
    const double y0 = phase < 0 ? y - soft : y - soft + ((phase & 2) ? 0.75 : 0.25) * step;
    for (int j = 0; j < 4; j++) {
      for (int i = 0; i < 4; i++) sum += tap(x0 + i * step, y0 + j * step, d);
    }
    return sum / 16;
  }
};

// ShadowMap.pixelVisibility: one G-buffer pixel, with the early outs.
double pixelVisibility(const Lookup& look, const float* depth, const float* normal, const uint16_t* id, int W, int H,
                       const Rays& rays, int x, int y) {
  const ShadowParams& p = look.p;
  const int i = y * W + x;
  if (id[i] == 0) return 1;
  const int o = i * 3;
  double nx = normal[o], ny = normal[o + 1], nz = normal[o + 2];
  if (nx * p.f[0] + ny * p.f[1] + nz * p.f[2] >= 0) return 1;
  const double len = std::sqrt(nx * nx + ny * ny + nz * nz);
  const double nl = 1 / (len != 0 ? len : 1);
  nx *= nl; ny *= nl; nz *= nl;
  const double ndcX = ((x + 0.5) / W) * 2 - 1, ndcY = 1 - ((y + 0.5) / H) * 2;
  const double w = 1 / static_cast<double>(depth[i]);
  const double px = rays.px + (rays.fx + ndcX * rays.rx + ndcY * rays.ux) * w;
  const double py = rays.py + (rays.fy + ndcX * rays.ry + ndcY * rays.uy) * w;
  const double pz = rays.pz + (rays.fz + ndcX * rays.rz + ndcY * rays.uz) * w;
  const double qx = px + nx * p.offset, qy = py + ny * p.offset, qz = pz + nz * p.offset;
  const double u = qx * p.r[0] + qy * p.r[1] + qz * p.r[2] + p.ox;
  const double v = qx * p.u[0] + qy * p.u[1] + qz * p.u[2] + p.oy;
  if (u < 0 || v < 0 || u >= p.N || v >= p.N) return 1;
  if (qx * p.f[0] + qy * p.f[1] + qz * p.f[2] - p.bias <= look.nearest(u, v)) return 1;
  return look.visibility(px, py, pz, nx, ny, nz, ((x >> 1) & 1) | (((y >> 1) & 1) << 1));
}

// shadow-mask.ts blurGrid: one [1 2 1] pass from src to dst along (dx, dy) within surfaces.
void blurGrid(const float* depth, const uint16_t* id, int W, int hw, int hh, double edge, const float* src, float* dst, int dx, int dy) {
  for (int j = 0; j < hh; j++) {
    for (int i = 0; i < hw; i++) {
      const int h = j * hw + i, p = 2 * j * W + 2 * i;
      // The mean of equal values is that value, whichever neighbours count (as in the JavaScript,
      // which always sums them: 2v + v + v, 2v + v and 2v are exact, and so their quotients).
      const float v = src[h];
      const int ia = i - dx, ja = j - dy, ib = i + dx, jb = j + dy;
      if ((ia < 0 || ja < 0 || src[ja * hw + ia] == v) && (ib >= hw || jb >= hh || src[jb * hw + ib] == v)) { dst[h] = v; continue; }
      const uint16_t k = id[p];
      const double d = depth[p], tol = edge * d;
      double sum = 2 * static_cast<double>(src[h]);
      int n = 2;
      for (int s = -1; s <= 1; s += 2) {
        const int a = i + s * dx, b = j + s * dy;
        if (a < 0 || b < 0 || a >= hw || b >= hh) continue;
        const int q = 2 * b * W + 2 * a;
        if (id[q] != k || std::fabs(depth[q] - d) > tol) continue;
        sum += src[b * hw + a];
        n++;
      }
      dst[h] = static_cast<float>(sum / n);
    }
  }
}

thread_local std::vector<float> gridValue, gridTmp;

}  // namespace

void shadowTiles(const float* map, float* rawMin, float* tileMin, const ShadowParams& p, float empty, const TileRange& r) {
  const int N = p.N, TN = p.TN, T = p.tile;
  if (r.tx0 >= r.tx1 || r.ty0 >= r.ty1) return;
  for (int ty = r.ty0; ty < r.ty1; ty++) {
    for (int tx = r.tx0; tx < r.tx1; tx++) {
      float m = empty;
      const int xe = std::min(N, (tx + 1) * T), ye = std::min(N, (ty + 1) * T);
      for (int y = ty * T; y < ye; y++) {
        for (int i = y * N + tx * T, end = y * N + xe; i < end; i++) if (map[i] < m) m = map[i];
      }
      rawMin[ty * TN + tx] = m;
    }
  }
  for (int ty = std::max(0, r.ty0 - 1); ty < std::min(TN, r.ty1 + 1); ty++) {
    for (int tx = std::max(0, r.tx0 - 1); tx < std::min(TN, r.tx1 + 1); tx++) {
      float m = empty;
      for (int j = std::max(0, ty - 1); j <= std::min(TN - 1, ty + 1); j++) {
        for (int i = std::max(0, tx - 1); i <= std::min(TN - 1, tx + 1); i++) m = std::min(m, rawMin[j * TN + i]);
      }
      tileMin[ty * TN + tx] = m;
    }
  }
}

void shadowMask(const float* map, const float* tileMin, const float* depth, const float* normal, const uint16_t* id,
                int W, int H, const Rays& rays, const ShadowParams& p, float* out, const uint8_t* need) {
  const Lookup look(map, tileMin, p);
  auto at = [&](int x, int y) { return static_cast<float>(pixelVisibility(look, depth, normal, id, W, H, rays, x, y)); };
  const int hw = (W + 1) / 2, hh = (H + 1) / 2;
  gridValue.resize(static_cast<size_t>(hw) * hh);
  gridTmp.resize(static_cast<size_t>(hw) * hh);
  float* value = gridValue.data();
  for (int j = 0; j < hh; j++) for (int i = 0; i < hw; i++) value[j * hw + i] = at(2 * i, 2 * j);
  blurGrid(depth, id, W, hw, hh, p.edge, value, gridTmp.data(), 1, 0);
  blurGrid(depth, id, W, hw, hh, p.edge, gridTmp.data(), value, 0, 1);
  for (int y = 0; y < H; y++) {
    const int y0 = y & ~1, y1 = (y & 1) ? y0 + 2 : y0;
    for (int x = 0; x < W; x++) {
      const int i = y * W + x;
      if (!lightsHere(need, i)) continue;
      if ((x & 1) == 0 && (y & 1) == 0) { out[i] = value[(y >> 1) * hw + (x >> 1)]; continue; }
      const uint16_t k = id[i];
      if (k == 0) { out[i] = 1; continue; }
      const int x0 = x & ~1, x1 = (x & 1) ? x0 + 2 : x0;
      const double d = depth[i], tol = p.edge * d;
      // The grid points beside the pixel (two or four; those past the frame's edge left out), as
      // pixel and grid indices, in the JavaScript's order.
      int g[4], q[4], m = 0;
      for (int c = 0; c < 4; c++) {
        const int gx = (c & 1) ? x1 : x0, gy = (c & 2) ? y1 : y0;
        if (((c & 1) && x1 == x0) || ((c & 2) && y1 == y0) || gx >= W || gy >= H) continue;
        g[m] = gy * W + gx;
        q[m++] = (gy >> 1) * hw + (gx >> 1);
      }
      const auto same = [&](int c) { return id[g[c]] == k && !(std::fabs(depth[g[c]] - d) > tol); };
      // All equal: the mean over any of them is that value, once one is on the pixel's surface.
      const float v = value[q[0]];
      bool equal = true;
      for (int c = 1; c < m && equal; c++) equal = value[q[c]] == v;
      if (equal) {
        bool any = false;
        for (int c = 0; c < m && !any; c++) any = same(c);
        if (any) { out[i] = v; continue; }
      }
      double sum = 0;
      int n = 0;
      for (int c = 0; c < m; c++) {
        if (!same(c)) continue;
        sum += value[q[c]];
        n++;
      }
      out[i] = n > 0 ? static_cast<float>(sum / n) : at(x, y);
    }
  }
}

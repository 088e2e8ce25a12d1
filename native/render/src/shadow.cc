// The sun's shadow lookups: line for line main/engine/frames/shading/shadow-map.ts (buildTiles, the
// mask's half-resolution pass with copies between agreeing pixels, visibility's soft PCF taps).
#include <algorithm>
#include <cmath>

#include "numbers.h"
#include "passes.h"

namespace {

struct Lookup {
  const float* map;
  const float* tileMin;
  const ShadowParams& p;

  double tap(double x, double y, double d) const {
    const int N = p.N;
    if (x < 0 || y < 0 || x >= N || y >= N) return 1;
    return d <= map[static_cast<int>(y) * N + static_cast<int>(x)] ? 1 : 0;
  }

  // ShadowMap.visibility: fraction of sun reaching point q with unit normal n.
  double visibility(double px, double py, double pz, double nx, double ny, double nz) const {
    const double N = p.N, soft = p.soft, texel = p.texel;
    const double qx = px + nx * texel * 1.5, qy = py + ny * texel * 1.5, qz = pz + nz * texel * 1.5;
    const double x = qx * p.r[0] + qy * p.r[1] + qz * p.r[2] + p.ox;
    const double y = qx * p.u[0] + qy * p.u[1] + qz * p.u[2] + p.oy;
    if (x < -soft || y < -soft || x >= N + soft || y >= N + soft) return 1;
    const double cos = -(nx * p.f[0] + ny * p.f[1] + nz * p.f[2]);
    const double tan = cos > 0.1 ? std::sqrt(1 - cos * cos) / cos : 10;
    const double d = qx * p.f[0] + qy * p.f[1] + qz * p.f[2] - p.bias - texel * soft * tan;
    if (x >= 0 && y >= 0 && x < N && y < N && d <= tileMin[static_cast<int>(y / p.tile) * p.TN + static_cast<int>(x / p.tile)]) return 1;
    const double a = tap(x - soft, y - soft, d);
    const double s = a + tap(x + soft, y - soft, d) + tap(x - soft, y + soft, d) + tap(x + soft, y + soft, d);
    if ((s == 0 || s == 4) && tap(x, y, d) == a) return a;
    double sum = 0;
    const double step = (2 * soft) / 3;
    for (int j = 0; j < 4; j++) {
      for (int i = 0; i < 4; i++) sum += tap(x - soft + i * step, y - soft + j * step, d);
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
  if (qx * p.f[0] + qy * p.f[1] + qz * p.f[2] - p.bias <= look.tileMin[static_cast<int>(v / p.tile) * p.TN + static_cast<int>(u / p.tile)]) return 1;
  return look.visibility(px, py, pz, nx, ny, nz);
}

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
                int W, int H, const Rays& rays, const ShadowParams& p, float* out) {
  const Lookup look{map, tileMin, p};
  auto at = [&](int x, int y) { return static_cast<float>(pixelVisibility(look, depth, normal, id, W, H, rays, x, y)); };
  for (int y = 0; y < H; y += 2) for (int x = 0; x < W; x += 2) out[y * W + x] = at(x, y);
  for (int y = 0; y < H; y++) {
    const int y0 = y & ~1, y1 = (y & 1) ? y0 + 2 : y0;
    for (int x = (y & 1) ? 0 : 1; x < W; x += (y & 1) ? 1 : 2) {
      const int i = y * W + x, x0 = x & ~1, x1 = (x & 1) ? x0 + 2 : x0;
      if (x1 < W && y1 < H) {
        const int a = y0 * W + x0, b = y0 * W + x1, c = y1 * W + x0, d = y1 * W + x1;
        const uint16_t k = id[i];
        const float v = out[a];
        if ((v == 0 || v == 1) && out[b] == v && out[c] == v && out[d] == v && id[a] == k && id[b] == k && id[c] == k && id[d] == k) {
          out[i] = v;
          continue;
        }
      }
      out[i] = at(x, y);
    }
  }
}

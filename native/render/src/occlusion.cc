// Screen-space ambient obscurance: line for line main/engine/frames/shading/ambient-occlusion.ts
// (coarse-grid obscurance, a depth-aware separable blur, bilinear upsampling), same precision.
#include <algorithm>
#include <cmath>
#include <vector>

#include "numbers.h"
#include "passes.h"

namespace {

inline void world(const Rays& r, int W, int H, int x, int y, double w, double* out) {
  const double nx = ((x + 0.5) / W) * 2 - 1, ny = 1 - ((y + 0.5) / H) * 2;
  out[0] = r.px + (r.fx + nx * r.rx + ny * r.ux) * w;
  out[1] = r.py + (r.fy + nx * r.ry + ny * r.uy) * w;
  out[2] = r.pz + (r.fz + nx * r.rz + ny * r.uz) * w;
}

// Samples fetched ahead together (ambient-occlusion.ts SAMPLES is 6: one batch).
constexpr int BATCH = 8;

// Math.round: the nearest integer, halves up.
inline int roundHalfUp(double v) { return static_cast<int>(floorOf(v + 0.5)); }

double obscuranceAt(const float* depth, const float* normal, const uint16_t* id, int W, int H, const Rays& rays,
                    const OcclusionParams& p, int i, int j, int x, int y) {
  const int pix = y * W + x;
  const double w = 1 / static_cast<double>(depth[pix]);
  double c[3], q[3];
  world(rays, W, H, x, y, w, c);
  const double nx = normal[pix * 3], ny = normal[pix * 3 + 1], nz = normal[pix * 3 + 2];
  const double rPx = std::min(p.maxPx, p.radius / (w * rays.pixelAngle));
  if (rPx < p.minPx) return 1;
  const int rot = (j & 3) * 4 + (i & 3);
  const double cs = p.rotCos[rot] * rPx, sn = p.rotSin[rot] * rPx;
  // The reach the (capped) disc samples all round, as ambient-occlusion.ts explains.
  const double reach = rPx * w * rays.pixelAngle, r2 = reach * reach;
  double sum = 0;
  // Each batch's pixels first, fetched ahead: they lie up to maxPx away on other rows, and waiting
  // for each in turn was half of the pass.
  int at[BATCH][3];
  for (int k0 = 0; k0 < p.samples; k0 += BATCH) {
    const int k1 = std::min(p.samples, k0 + BATCH);
    for (int k = k0; k < k1; k++) {
      const double ox = p.spiral[k * 2], oy = p.spiral[k * 2 + 1];
      const int sx = roundHalfUp(x + ox * cs - oy * sn), sy = roundHalfUp(y + ox * sn + oy * cs);
      int* a = at[k - k0];
      a[0] = sx; a[1] = sy;
      a[2] = sx < 0 || sy < 0 || sx >= W || sy >= H ? -1 : sy * W + sx;
      if (a[2] >= 0) {
        __builtin_prefetch(id + a[2]);
        __builtin_prefetch(depth + a[2]);
      }
    }
    for (int k = k0; k < k1; k++) {
      const int sx = at[k - k0][0], sy = at[k - k0][1], s = at[k - k0][2];
      if (s < 0) continue;
      if (id[s] == 0) continue;
      world(rays, W, H, sx, sy, 1 / static_cast<double>(depth[s]), q);
      const double vx = q[0] - c[0], vy = q[1] - c[1], vz = q[2] - c[2];
      const double vv = vx * vx + vy * vy + vz * vz;
      if (vv > r2) continue;
      const double fade = 1 - vv / r2;
      const double rise = vx * nx + vy * ny + vz * nz - p.beta * w;
      if (rise > 0) sum += (rise * fade * fade) / (vv + p.soften);
    }
  }
  const double a = 1 - (2 * p.strength * sum) / p.samples;
  return a < 0 ? 0 : a;
}

void blur(const OcclusionParams& p, float* half, float* tmp, const float* halfDepth, int dx, int dy) {
  const int hw = p.hw, hh = p.hh;
  for (int j = 0; j < hh; j++) {
    for (int i = 0; i < hw; i++) {
      const int h = j * hw + i;
      const double d0 = halfDepth[h];
      double sum = half[h];
      int wsum = 1;
      for (int k = -p.blurTaps; k <= p.blurTaps; k++) {
        if (k == 0) continue;
        const int x = i + k * dx, y = j + k * dy;
        if (x < 0 || y < 0 || x >= hw || y >= hh) continue;
        const int s = y * hw + x;
        const double d = halfDepth[s];
        if (std::fabs(d - d0) > p.edge * d0) continue;
        sum += half[s];
        wsum++;
      }
      tmp[h] = static_cast<float>(sum / wsum);
    }
  }
  std::copy(tmp, tmp + static_cast<size_t>(hw) * hh, half);
}

// How much a grid point at depth `grid` speaks for a pixel at depth `pixel` (ambient-occlusion.ts);
// `reach` is 1 / (edge * pixel), worked out once per pixel.
inline double sameSurface(double grid, double pixel, double reach, bool sameObject) {
  if (!(pixel > 0)) return 1;
  return sameObject ? maxOf(1e-3, 1 - std::abs(grid - pixel) * reach) : 1e-3;
}

void upsample(const OcclusionParams& p, int W, int H, const float* depth, const uint16_t* id, const float* half, const float* halfDepth, float* ao,
              const uint8_t* need) {
  const int hw = p.hw, hh = p.hh, scale = p.scale;
  // The column and weight of every x are the same on every row, and so are the full-resolution
  // columns its two grid points were computed at.
  std::vector<int> column(W), left(W), right(W);
  std::vector<double> weight(W);
  for (int x = 0; x < W; x++) {
    const double fx = minOf(static_cast<double>(hw - 1), static_cast<double>(x) / scale);
    column[x] = std::min(hw - 2, static_cast<int>(floorOf(fx)));
    weight[x] = maxOf(0.0, fx - column[x]);
    left[x] = std::min(W - 1, column[x] * scale);
    right[x] = std::min(W - 1, (column[x] + 1) * scale);
  }
  for (int y = 0; y < H; y++) {
    const double fy = minOf(static_cast<double>(hh - 1), static_cast<double>(y) / scale);
    const int j = std::min(hh - 2, static_cast<int>(floorOf(fy)));
    const double ty = maxOf(0.0, fy - j);
    // The full-resolution rows the grid rows j and j + 1 were computed at.
    const uint16_t* top = id + static_cast<size_t>(std::min(H - 1, j * scale)) * W;
    const uint16_t* bottom = id + static_cast<size_t>(std::min(H - 1, (j + 1) * scale)) * W;
    for (int x = 0; x < W; x++) {
      const int q = y * W + x;
      if (!lightsHere(need, q)) continue;
      const int i = column[x];
      const int a = j * hw + i;
      const float h00 = half[a], h01 = half[a + 1], h10 = half[a + hw], h11 = half[a + hw + 1];
      // Four equal grid values: any weighting of them gives that value (to well within a float).
      if (h00 == h01 && h00 == h10 && h00 == h11) { ao[q] = h00; continue; }
      const double tx = weight[x];
      const double d = depth[q];
      const double reach = 1 / (p.edge * d);
      const uint16_t o = id[q];
      const double w00 = (1 - tx) * (1 - ty) * sameSurface(halfDepth[a], d, reach, top[left[x]] == o);
      const double w01 = tx * (1 - ty) * sameSurface(halfDepth[a + 1], d, reach, top[right[x]] == o);
      const double w10 = (1 - tx) * ty * sameSurface(halfDepth[a + hw], d, reach, bottom[left[x]] == o);
      const double w11 = tx * ty * sameSurface(halfDepth[a + hw + 1], d, reach, bottom[right[x]] == o);
      ao[q] = static_cast<float>((h00 * w00 + h01 * w01 + h10 * w10 + h11 * w11) / (w00 + w01 + w10 + w11));
    }
  }
}

}  // namespace

void occlusion(const float* depth, const float* normal, const uint16_t* id, int W, int H, const Rays& rays,
               const OcclusionParams& p, float* half, float* tmp, float* halfDepth, float* ao, const uint8_t* need) {
  for (int j = 0; j < p.hh; j++) {
    for (int i = 0; i < p.hw; i++) {
      const int x = std::min(W - 1, i * p.scale), y = std::min(H - 1, j * p.scale);
      const int pix = y * W + x, h = j * p.hw + i;
      halfDepth[h] = depth[pix];
      half[h] = id[pix] == 0 ? 1.0f : static_cast<float>(obscuranceAt(depth, normal, id, W, H, rays, p, i, j, x, y));
    }
  }
  blur(p, half, tmp, halfDepth, 1, 0);
  blur(p, half, tmp, halfDepth, 0, 1);
  upsample(p, W, H, depth, id, half, halfDepth, ao, need);
}

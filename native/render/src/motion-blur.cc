// Motion blur: line for line main/engine/frames/post/motion-blur.ts (per-pixel velocities from the
// drawables' previous-frame transforms, the per-tile and neighbourhood longest velocities, and the
// depth-aware reconstruction along them), in the same precision: doubles, stored as floats where the
// JavaScript stores into a Float32Array.
#include <cmath>
#include <cstring>
#include <vector>

#include "numbers.h"
#include "passes.h"

namespace {

inline double speedAt(const float* vel, size_t i) {
  const double vx = vel[i * 2], vy = vel[i * 2 + 1];
  return maxOf(0.5, std::sqrt(vx * vx + vy * vy));
}

inline double cone(double dist, double v) { return maxOf(0, 1 - dist / v); }
inline double cylinder(double dist, double v, const MotionBlurParams& p) {
  return 1 - minOf(1, maxOf(0, (dist - p.edgeStart * v) / (p.edgeWidth * v)));
}

// MotionBlur.velocities: returns how many pixels moved.
int velocities(const MotionBlurFrame& f, const MotionBlurParams& p, int tw) {
  const int W = f.W, H = f.H;
  std::memset(f.vel, 0, sizeof(float) * static_cast<size_t>(W) * H * 2);
  std::memset(f.tileMax, 0, sizeof(float) * static_cast<size_t>(tw) * ((H + p.tile - 1) / p.tile) * 2);
  int moving = 0;
  const Rays& r = f.rays;
  for (int y = 0; y < H; y++) {
    const double ndcY = 1 - ((y + 0.5) / H) * 2;
    for (int x = 0; x < W; x++) {
      const size_t i = static_cast<size_t>(y) * W + x;
      const int k = f.id[i];
      if (k >= f.itemCount || !f.moves[k]) continue;
      const double* e = f.toPrev + static_cast<size_t>(k) * 16;
      const double ndcX = ((x + 0.5) / W) * 2 - 1;
      const double w = 1 / static_cast<double>(f.depth[i]);
      const double px = r.px + (r.fx + ndcX * r.rx + ndcY * r.ux) * w;
      const double py = r.py + (r.fy + ndcX * r.ry + ndcY * r.uy) * w;
      const double pz = r.pz + (r.fz + ndcX * r.rz + ndcY * r.uz) * w;
      const double cw = e[3] * px + e[7] * py + e[11] * pz + e[15];
      const double iw = 1 / (std::fabs(cw) > 1e-6 ? cw : 1e-6);
      const double ax = ((e[0] * px + e[4] * py + e[8] * pz + e[12]) * iw * 0.5 + 0.5) * W;
      const double ay = (0.5 - (e[1] * px + e[5] * py + e[9] * pz + e[13]) * iw * 0.5) * H;
      double vx = (x + 0.5 - ax) / p.streakDivisor, vy = (y + 0.5 - ay) / p.streakDivisor;
      const double l = std::sqrt(vx * vx + vy * vy);
      if (l < p.minHalf) continue;
      if (l > p.maxHalf) { vx *= p.maxHalf / l; vy *= p.maxHalf / l; }
      f.vel[i * 2] = static_cast<float>(vx);
      f.vel[i * 2 + 1] = static_cast<float>(vy);
      moving++;
      const size_t t = static_cast<size_t>(y / p.tile) * tw + x / p.tile;
      const double mx = f.tileMax[t * 2], my = f.tileMax[t * 2 + 1];
      if (vx * vx + vy * vy > mx * mx + my * my) { f.tileMax[t * 2] = static_cast<float>(vx); f.tileMax[t * 2 + 1] = static_cast<float>(vy); }
    }
  }
  return moving;
}

// MotionBlur.tiles: the longest velocity over each tile's 3x3 neighbourhood.
void tiles(const float* tileMax, float* neighbourMax, int tw, int th) {
  for (int ty = 0; ty < th; ty++) {
    for (int tx = 0; tx < tw; tx++) {
      double bx = 0, by = 0;
      for (int j = ty > 0 ? ty - 1 : 0; j <= (ty + 1 < th ? ty + 1 : th - 1); j++) {
        for (int i = tx > 0 ? tx - 1 : 0; i <= (tx + 1 < tw ? tx + 1 : tw - 1); i++) {
          const size_t t = static_cast<size_t>(j) * tw + i;
          const double mx = tileMax[t * 2], my = tileMax[t * 2 + 1];
          if (mx * mx + my * my > bx * bx + by * by) { bx = mx; by = my; }
        }
      }
      const size_t o = (static_cast<size_t>(ty) * tw + tx) * 2;
      neighbourMax[o] = static_cast<float>(bx);
      neighbourMax[o + 1] = static_cast<float>(by);
    }
  }
}

// MotionBlur.reconstructTile: the tile's pixels, filtered along its neighbourhood's velocity, into out.
void reconstructTile(const MotionBlurFrame& f, const MotionBlurParams& p, int tw, int t) {
  const int W = f.W, H = f.H;
  const double nx = f.neighbourMax[t * 2], ny = f.neighbourMax[t * 2 + 1];
  const double nl = std::sqrt(nx * nx + ny * ny);
  const int x0 = (t % tw) * p.tile, y0 = (t / tw) * p.tile;
  const int x1 = x0 + p.tile < W ? x0 + p.tile : W, y1 = y0 + p.tile < H ? y0 + p.tile : H;
  for (int y = y0; y < y1; y++) {
    for (int x = x0; x < x1; x++) {
      const size_t i = static_cast<size_t>(y) * W + x;
      const double vc = speedAt(f.vel, i);
      const double zc = f.depth[i];
      double wsum = 1 / vc;
      double r = f.hdr[i * 3] * wsum, g = f.hdr[i * 3 + 1] * wsum, b = f.hdr[i * 3 + 2] * wsum;
      for (int s = 0; s < p.samples; s++) {
        const double u = ((s + 0.5) / p.samples) * 2 - 1;
        const int sx = roundJs(x + nx * u), sy = roundJs(y + ny * u);
        if (sx < 0 || sy < 0 || sx >= W || sy >= H || (sx == x && sy == y)) continue;
        const size_t j = static_cast<size_t>(sy) * W + sx;
        const double dist = std::fabs(u) * nl;
        const double zj = f.depth[j];
        // softCompare(zj, zc) and softCompare(zc, zj) share one quotient: (zc - zj) is exactly
        // -(zj - zc), so their k are exact negatives. A term whose factor is 0 adds exactly 0 (every
        // factor is finite and not negative), so it is skipped with the divisions it would cost;
        // the sum comes out as the JavaScript pass's, bit for bit.
        const double k = (zj - zc) / (p.depthSoftness * maxOf(zj, zc) + 1e-9);
        const double front = k <= 0 ? 0 : k >= 1 ? 1 : k, back = -k <= 0 ? 0 : -k >= 1 ? 1 : -k;
        const double cc = cylinder(dist, vc, p);
        if (front == 0 && back == 0 && cc == 0) continue;
        const double vj = front > 0 || cc > 0 ? speedAt(f.vel, j) : 0;
        const double w = (front > 0 ? front * cone(dist, vj) : 0) + (back > 0 ? back * cone(dist, vc) : 0) + (cc > 0 ? cylinder(dist, vj, p) * cc * 2 : 0);
        if (w <= 0) continue;
        wsum += w;
        r += f.hdr[j * 3] * w; g += f.hdr[j * 3 + 1] * w; b += f.hdr[j * 3 + 2] * w;
      }
      f.out[i * 3] = static_cast<float>(r / wsum);
      f.out[i * 3 + 1] = static_cast<float>(g / wsum);
      f.out[i * 3 + 2] = static_cast<float>(b / wsum);
    }
  }
}

}  // namespace

int motionBlur(const MotionBlurFrame& f, const MotionBlurParams& p) {
  const int tw = (f.W + p.tile - 1) / p.tile, th = (f.H + p.tile - 1) / p.tile;
  const int moving = velocities(f, p, tw);
  if (moving == 0) return 0;
  tiles(f.tileMax, f.neighbourMax, tw, th);
  // Only tiles whose neighbourhood moves by a pixel or more are filtered, all of them before any is
  // written back: the filter reads its neighbours unblurred.
  std::vector<int> active;
  for (int t = 0; t < tw * th; t++) {
    const double nx = f.neighbourMax[t * 2], ny = f.neighbourMax[t * 2 + 1];
    if (nx * nx + ny * ny >= 1) active.push_back(t);
  }
  for (const int t : active) reconstructTile(f, p, tw, t);
  for (const int t : active) {
    const int x0 = (t % tw) * p.tile, y0 = (t / tw) * p.tile;
    const int x1 = x0 + p.tile < f.W ? x0 + p.tile : f.W, y1 = y0 + p.tile < f.H ? y0 + p.tile : f.H;
    for (int y = y0; y < y1; y++) {
      const size_t a = (static_cast<size_t>(y) * f.W + x0) * 3;
      std::memcpy(f.hdr + a, f.out + a, sizeof(float) * static_cast<size_t>(x1 - x0) * 3);
    }
  }
  return moving;
}

// main/engine/frames/shading/noise.ts in C++: the same integer hash (JavaScript's Math.imul and
// 32-bit wrapping are uint32_t arithmetic here), value noise, fractal sums and cellular distance,
// giving the same values to the bit.
#pragma once
#include <cmath>
#include <cstdint>

#include "numbers.h"

namespace noise {

constexpr uint32_t HX = 374761393u, HY = 668265263u, HZ = 2147483647u, HSEED = 982451653u;
constexpr double INV_2_32 = 1.0 / 4294967296.0;

// ECMAScript ToInt32 of an integral double, as the 32 bits Math.imul reads.
inline uint32_t bits(double v) {
  if (!(std::fabs(v) < 9.0e18)) return 0;
  return static_cast<uint32_t>(static_cast<int64_t>(v));
}

inline uint32_t finish(uint32_t h) {
  h = (h ^ (h >> 13)) * 1274126177u;
  return h ^ (h >> 16);
}

inline double unit(uint32_t h) { return finish(h) * INV_2_32; }

inline double hash2(double i, double j, double seed) { return unit(bits(i) * HX + bits(j) * HY + bits(seed) * HSEED); }

inline double clamp01(double v) { return v < 0 ? 0 : v > 1 ? 1 : v; }

inline double smoothstep(double a, double b, double v) {
  const double t = clamp01((v - a) / (b - a));
  return t * t * (3 - 2 * t);
}

// Math.floor of v and its ToInt32 bits in one conversion, for |v| < 2^62 (other values as floorOf
// and bits give them).
struct Lattice {
  double at;
  uint32_t bits;
};
inline Lattice lattice(double v) {
  if (!(v > -4.6e18 && v < 4.6e18)) {
    const double f = floorOf(v);
    return {f, noise::bits(f)};
  }
  int64_t t = static_cast<int64_t>(v);
  t -= static_cast<double>(t) > v;
  return {static_cast<double>(t), static_cast<uint32_t>(t)};
}

inline double valueNoise(double x, double y, double seed) {
  const Lattice li = lattice(x), lj = lattice(y);
  const double fx = x - li.at, fy = y - lj.at;
  const double sx = fx * fx * (3 - 2 * fx), sy = fy * fy * (3 - 2 * fy);
  const uint32_t h = li.bits * HX + lj.bits * HY + bits(seed) * HSEED;
  const double a = unit(h), b = unit(h + HX), c = unit(h + HY), d = unit(h + HX + HY);
  return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

inline double valueNoise3(double x, double y, double z, double seed) {
  const Lattice li = lattice(x), lj = lattice(y), lk = lattice(z);
  const double fx = x - li.at, fy = y - lj.at, fz = z - lk.at;
  const double sx = fx * fx * (3 - 2 * fx), sy = fy * fy * (3 - 2 * fy), sz = fz * fz * (3 - 2 * fz);
  const uint32_t h = li.bits * HX + lj.bits * HY + lk.bits * HZ + bits(seed) * HSEED;
  const double c000 = unit(h), c100 = unit(h + HX);
  const double c010 = unit(h + HY), c110 = unit(h + HX + HY);
  const double c001 = unit(h + HZ), c101 = unit(h + HX + HZ);
  const double c011 = unit(h + HY + HZ), c111 = unit(h + HX + HY + HZ);
  const double x00 = c000 + (c100 - c000) * sx, x10 = c010 + (c110 - c010) * sx;
  const double x01 = c001 + (c101 - c001) * sx, x11 = c011 + (c111 - c011) * sx;
  const double y0 = x00 + (x10 - x00) * sy, y1 = x01 + (x11 - x01) * sy;
  return y0 + (y1 - y0) * sz;
}

inline double fbm2(double x, double y, int octaves, double seed, double footprint = 0) {
  double sum = 0, amp = 0.5, norm = 0, f = 1;
  for (int o = 0; o < octaves; o++) {
    const double fade = footprint > 0 ? clamp01(1.5 - 2 * footprint * f) : 1;
    if (fade <= 0) break;
    sum += amp * fade * valueNoise(x * f, y * f, seed + o * 17);
    norm += amp * fade;
    amp *= 0.5;
    f *= 2.03;
  }
  return norm > 0 ? sum / norm : 0.5;
}

inline double fbm3(double x, double y, double z, int octaves, double seed, double footprint = 0) {
  double sum = 0, amp = 0.5, norm = 0, f = 1;
  for (int o = 0; o < octaves; o++) {
    const double fade = footprint > 0 ? clamp01(1.5 - 2 * footprint * f) : 1;
    if (fade <= 0) break;
    sum += amp * fade * valueNoise3(x * f, y * f, z * f, seed + o * 17);
    norm += amp * fade;
    amp *= 0.5;
    f *= 2.03;
  }
  return norm > 0 ? sum / norm : 0.5;
}

inline double cellDistance(double x, double y, double seed) {
  const double xi = floorOf(x), yi = floorOf(y);
  double best = 9;
  for (int j = -1; j <= 1; j++) {
    for (int i = -1; i <= 1; i++) {
      const double cx = xi + i + hash2(xi + i, yi + j, seed);
      const double cy = yi + j + hash2(xi + i, yi + j, seed + 1);
      const double d = (cx - x) * (cx - x) + (cy - y) * (cy - y);
      if (d < best) best = d;
    }
  }
  return std::sqrt(best);
}

inline double hash3(double i, double j, double k, double seed) {
  return unit(bits(i) * HX + bits(j) * HY + bits(k) * HZ + bits(seed) * HSEED);
}

// noise.ts's cellNearest3: distance to the nearest jittered point of a 3D cell grid; out gets the
// offset from it and its cell's own random number. The eight cells on the point's side first, then
// those of the other 19 nearer than the best so far, in the same order.
struct CellBest {
  double best = 9, i = 0, j = 0, k = 0;
};

inline void tryCell(double x, double y, double z, double ci, double cj, double ck, double seed, double* out, CellBest& b) {
  const double dx = x - ci - hash3(ci, cj, ck, seed), dy = y - cj - hash3(ci, cj, ck, seed + 1), dz = z - ck - hash3(ci, cj, ck, seed + 2);
  const double d = dx * dx + dy * dy + dz * dz;
  if (d < b.best) { b.best = d; b.i = ci; b.j = cj; b.k = ck; out[0] = dx; out[1] = dy; out[2] = dz; }
}

inline double cellNearest3(double x, double y, double z, double seed, double* out) {
  const double xi = floorOf(x), yi = floorOf(y), zi = floorOf(z);
  const double i0 = x - xi < 0.5 ? xi - 1 : xi, j0 = y - yi < 0.5 ? yi - 1 : yi, k0 = z - zi < 0.5 ? zi - 1 : zi;
  CellBest b;
  for (double ck = k0; ck <= k0 + 1; ck++) for (double cj = j0; cj <= j0 + 1; cj++) for (double ci = i0; ci <= i0 + 1; ci++) tryCell(x, y, z, ci, cj, ck, seed, out, b);
  for (double ck = zi - 1; ck <= zi + 1; ck++) {
    const double gz = ck < k0 ? z - ck - 1 : ck > k0 + 1 ? ck - z : -1;
    for (double cj = yi - 1; cj <= yi + 1; cj++) {
      const double gy = cj < j0 ? y - cj - 1 : cj > j0 + 1 ? cj - y : -1;
      for (double ci = xi - 1; ci <= xi + 1; ci++) {
        const double gx = ci < i0 ? x - ci - 1 : ci > i0 + 1 ? ci - x : -1;
        if (gx < 0 && gy < 0 && gz < 0) continue;
        const double gap = (gx > 0 ? gx * gx : 0) + (gy > 0 ? gy * gy : 0) + (gz > 0 ? gz * gz : 0);
        if (gap < b.best) tryCell(x, y, z, ci, cj, ck, seed, out, b);
      }
    }
  }
  out[3] = hash3(b.i, b.j, b.k, seed + 3);
  return std::sqrt(b.best);
}

// noise.ts's lineCoverage: the share of [x - width/2, x + width/2] covered by lines lineWidth wide
// centred on every multiple of period (the box filter of the lines over a pixel's footprint).
inline double coveredUpTo(double x, double period, double lineWidth) {
  const double u = x + lineWidth / 2;
  const double k = floorOf(u / period);
  return k * lineWidth + minOf(u - k * period, lineWidth);
}

inline double lineCoverage(double x, double period, double lineWidth, double width) {
  const double w = maxOf(width, 1e-6);
  return (coveredUpTo(x + w / 2, period, lineWidth) - coveredUpTo(x - w / 2, period, lineWidth)) / w;
}

}  // namespace noise

// Inline versions of the few libm calls the hot loops make. Without -march (the addon ships to any
// x86_64), floor and fmin/fmax compile to calls into libm; these give the same results for the
// finite numbers the passes handle (as JavaScript's Math.floor, Math.min and Math.max do).
#pragma once
#include <cstdint>

// Math.floor for |v| < 2^63 (every coordinate and lattice index here); larger values pass through.
inline double floorOf(double v) {
  if (!(v > -9.2e18 && v < 9.2e18)) return v;
  const double t = static_cast<double>(static_cast<int64_t>(v));
  return t > v ? t - 1 : t;
}

inline double minOf(double a, double b) { return b < a ? b : a; }
inline double maxOf(double a, double b) { return b > a ? b : a; }

// Math.ceil, likewise.
inline double ceilOf(double v) {
  if (!(v > -9.2e18 && v < 9.2e18)) return v;
  const double t = static_cast<double>(static_cast<int64_t>(v));
  return t < v ? t + 1 : t;
}

// Math.round as V8 computes it: the ceiling, less one when that is more than a half above.
inline int roundJs(double v) {
  const double c = ceilOf(v);
  return static_cast<int>(c - 0.5 <= v ? c : c - 1);
}

#include <vector>

// The pixel centres' device coordinates, ((x + 0.5) / W) * 2 - 1 across and 1 - ((y + 0.5) / H) * 2
// down, the same doubles the passes' per-pixel expressions give, worked out once a frame: the two
// divisions each pixel spent on them sat at the head of its chain of square roots and divisions.
struct DeviceCoords {
  std::vector<double> x, y;
  void fit(int W, int H) {
    if (static_cast<int>(x.size()) != W || static_cast<int>(y.size()) != H) {
      x.resize(static_cast<size_t>(W));
      y.resize(static_cast<size_t>(H));
      for (int i = 0; i < W; i++) x[i] = ((i + 0.5) / W) * 2 - 1;
      for (int j = 0; j < H; j++) y[j] = 1 - ((j + 0.5) / H) * 2;
    }
  }
};

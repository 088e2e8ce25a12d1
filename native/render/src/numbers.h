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

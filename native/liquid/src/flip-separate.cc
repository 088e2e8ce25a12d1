// correct.ts's separate in C++ (flip-solver.h), before its settle (flip-solids.cc): the particles
// binned a spacing wide over the grid (a counting sort, each bin's particles by index), then each
// pair closer than the spacing pushed apart by half the gap, summed over the 27 bins around a
// particle in correct.ts's order (z, then y, then the x row's run), so the same numbers to the
// bit; each particle's push is its own, so the particles are shared out on the pool.
#include <cmath>

#include "flip-solver.h"

void FlipSolver::separate(const SeparateBins& b, double* p, int n, double* dp) {
  const size_t count = static_cast<size_t>(b.bx) * b.by * b.bz;
  binStart_.assign(count + 1, 0);
  binOf_.resize(n);
  binOrder_.resize(n);
  for (int i = 0; i < n; i++) {
    const double* pi = &p[3 * i];
    const bool parked = std::fabs(pi[0]) > b.parkedM || std::fabs(pi[1]) > b.parkedM || std::fabs(pi[2]) > b.parkedM;
    const double ix = std::floor((pi[0] - b.ox) / b.size), iy = std::floor((pi[1] - b.oy) / b.size), iz = std::floor((pi[2] - b.oz) / b.size);
    // A lost (NaN) particle is in no bin (runaway.ts parks one before it gets here).
    const bool in = !parked && ix >= 0 && iy >= 0 && iz >= 0 && ix < b.bx && iy < b.by && iz < b.bz;
    binOf_[i] = in ? static_cast<int64_t>(ix) + static_cast<int64_t>(b.bx) * (static_cast<int64_t>(iy) + static_cast<int64_t>(b.by) * static_cast<int64_t>(iz)) : -1;
    if (in) binStart_[binOf_[i] + 1]++;
  }
  for (size_t c = 0; c < count; c++) binStart_[c + 1] += binStart_[c];
  binFill_.assign(binStart_.begin(), binStart_.end() - 1);
  for (int i = 0; i < n; i++)
    if (binOf_[i] >= 0) binOrder_[binFill_[binOf_[i]]++] = i;
  const double s = b.spacing, s2 = s * s;
  pool_.run(n, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      dp[3 * i] = dp[3 * i + 1] = dp[3 * i + 2] = 0;
      const int64_t bin = binOf_[i];
      if (bin < 0) continue;
      const int64_t ix = bin % b.bx, iy = (bin / b.bx) % b.by, iz = bin / (static_cast<int64_t>(b.bx) * b.by);
      const double px = p[3 * i], py = p[3 * i + 1], pz = p[3 * i + 2];
      double dx = 0, dy = 0, dz = 0;
      const int64_t x0 = ix > 0 ? ix - 1 : 0, x1 = ix + 1 < b.bx ? ix + 1 : b.bx - 1;
      for (int64_t kz = iz > 0 ? iz - 1 : 0; kz <= (iz + 1 < b.bz ? iz + 1 : b.bz - 1); kz++)
        for (int64_t ky = iy > 0 ? iy - 1 : 0; ky <= (iy + 1 < b.by ? iy + 1 : b.by - 1); ky++) {
          const int64_t row = static_cast<int64_t>(b.bx) * (ky + static_cast<int64_t>(b.by) * kz);
          for (int q = binStart_[row + x0]; q < binStart_[row + x1 + 1]; q++) {
            const int j = binOrder_[q];
            const double ex = px - p[3 * j], ey = py - p[3 * j + 1], ez = pz - p[3 * j + 2];
            const double r2 = ex * ex + ey * ey + ez * ez;
            if (r2 >= s2 || r2 < 1e-18) continue;
            const double r = std::sqrt(r2);
            const double push = (0.5 * (s - r)) / r;
            dx += push * ex; dy += push * ey; dz += push * ez;
          }
        }
      dp[3 * i] = dx; dp[3 * i + 1] = dy; dp[3 * i + 2] = dz;
    }
  });
  for (size_t a = 0; a < 3 * static_cast<size_t>(n); a++) p[a] += dp[a];
}

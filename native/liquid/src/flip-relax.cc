// relax.ts's iteration in C++ (flip-solver.h), after its walls are gathered (in JavaScript: the
// colliders are): each particle packed denser than rest, by its SPH density over the neighbour
// lists, moved apart from its neighbours as one position-based fluids iteration moves it. The
// same operations in the same order as relax.ts (no fused multiply-adds: binding.gyp), so the same
// numbers to the bit; each particle's multiplier and then its move are its own, so the particles
// are shared out on the pool.
#include <cmath>

#include "flip-solver.h"

namespace {
constexpr int kMaxNeighbours = 48;  // neighbours.ts's MAX_NEIGHBOURS

double poly6(const SphKernel& k, double r2) {
  const double d = k.h * k.h - r2;
  return d > 0 ? k.poly6 * d * d * d : 0;
}
}  // namespace

void FlipSolver::relax(const SphKernel& k, double* p, int n, const int32_t* list, const int32_t* count, const double* wallRho, const double* wallGrad, double* lambda, double* dp) {
  const double h = k.h, rest = k.rest, spiky = k.spiky;
  pool_.run(n, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      lambda[i] = 0;
      if (std::fabs(p[3 * i]) > k.parkedM || std::fabs(p[3 * i + 1]) > k.parkedM || std::fabs(p[3 * i + 2]) > k.parkedM) continue;
      double rho = poly6(k, 0) + wallRho[i];
      double gx = wallGrad[3 * i], gy = wallGrad[3 * i + 1], gz = wallGrad[3 * i + 2], sum2 = 0;
      const int32_t* nb = list + static_cast<size_t>(i) * kMaxNeighbours;
      for (int q = 0; q < count[i]; q++) {
        const int j = nb[q];
        const double ex = p[3 * i] - p[3 * j], ey = p[3 * i + 1] - p[3 * j + 1], ez = p[3 * i + 2] - p[3 * j + 2];
        const double r2 = ex * ex + ey * ey + ez * ez;
        rho += poly6(k, r2);
        const double r = std::sqrt(r2);
        if (r < 1e-9 || r >= h) continue;
        const double g = (spiky * (h - r) * (h - r)) / (r * rest);
        gx += g * ex; gy += g * ey; gz += g * ez;
        sum2 += g * g * r2;
      }
      const double c = rho / rest - 1;
      if (c > 0) lambda[i] = -c / (sum2 + gx * gx + gy * gy + gz * gz + k.relaxation / (h * h));
    }
  });
  pool_.run(n, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      const double li = lambda[i];
      double dx = li * wallGrad[3 * i], dy = li * wallGrad[3 * i + 1], dz = li * wallGrad[3 * i + 2];
      const int32_t* nb = list + static_cast<size_t>(i) * kMaxNeighbours;
      for (int q = 0; q < count[i]; q++) {
        const int j = nb[q];
        const double s = li + lambda[j];
        if (s == 0) continue;
        const double ex = p[3 * i] - p[3 * j], ey = p[3 * i + 1] - p[3 * j + 1], ez = p[3 * i + 2] - p[3 * j + 2];
        const double r = std::sqrt(ex * ex + ey * ey + ez * ez);
        if (r < 1e-9 || r >= h) continue;
        const double g = (s * spiky * (h - r) * (h - r)) / (r * rest);
        dx += g * ex; dy += g * ey; dz += g * ez;
      }
      dp[3 * i] = dx; dp[3 * i + 1] = dy; dp[3 * i + 2] = dz;
    }
  });
  for (int a = 0; a < 3 * n; a++) p[a] += dp[a];
}

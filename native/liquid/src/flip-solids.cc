// The FLIP liquid against the solids in C++ (flip-solver.h), on the pool: fluid-solids.ts's
// gatherWalls (the table at the sample below, as PBF reads it) and advect.ts's settle (collide's
// projections and friction, then the push into a solid taken off the velocity). The colliders are
// colliders.cc's, the ones the native PBF and DFSPH solves use; each particle's walls and its
// collisions are its own, so the particles are shared out. The same operations in the same order
// as the JavaScript (no fused multiply-adds: binding.gyp), so the same numbers to the bit.
#include <algorithm>
#include <cmath>

#include "flip-solver.h"
#include "pbf.h"

namespace {
// fluid-solids.ts's CURVED (pbf.cc has the same): a round wall's share of a flat one's is
// 1 - kCurved h / its radius.
constexpr double kCurved = 0.43;
}  // namespace

void FlipSolver::walls(const std::vector<Collider>& colliders, const WallKernel& k, const double* p, int n, double* wallRho, double* wallGrad, double* wallGradV) {
  const double h = k.h, per = k.samples / h;
  pool_.run(n, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      Walls found;
      found.range = h;
      bool enclosed = false;
      for (size_t ci = 0; ci < colliders.size(); ci++) {
        const Collider& c = colliders[ci];
        if (c.dfsphWalls() || (enclosed && !c.immersed)) continue;
        found.current = static_cast<int>(ci);
        if (wallsAt(c, &p[3 * i], found)) enclosed = true;
      }
      double rho = 0, g[3] = {0, 0, 0}, gv = 0;
      for (int w = 0; w < found.count; w++) {
        const WallHit& hit = found.hit[w];
        const int s = static_cast<int>(std::floor(jsMax(0.0, hit.dist) * per));
        const double share = jsMax(0.0, 1 - kCurved * h * hit.curvature);
        rho += share * k.table[s];
        const double slope = (share * k.slope[s]) / k.rest;
        for (int a = 0; a < 3; a++) g[a] += slope * hit.n[a];
        gv += slope * hit.speed;
      }
      wallRho[i] = rho;
      wallGradV[i] = gv;
      for (int a = 0; a < 3; a++) wallGrad[3 * i + a] = g[a];
    }
  });
}

void FlipSolver::settle(const std::vector<Collider>& colliders, double* x, double* v, double* p, double* before, int n, double radius, double friction) {
  pool_.run(n, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      double* pi = &p[3 * i];
      const double* xi = &x[3 * i];
      double* bi = &before[3 * i];
      for (int a = 0; a < 3; a++) bi[a] = pi[a];
      for (const Collider& c : colliders) projectOne(c, pi, xi, radius);
      // collide's friction: the move along the surface cut by up to friction x the push.
      const double cx = pi[0] - bi[0], cy = pi[1] - bi[1], cz = pi[2] - bi[2];
      const double push2 = cx * cx + cy * cy + cz * cz;
      if (push2 != 0) {
        const double push = std::sqrt(push2);
        const double nx = cx / push, ny = cy / push, nz = cz / push;
        const double mx = pi[0] - xi[0], my = pi[1] - xi[1], mz = pi[2] - xi[2];
        const double along = mx * nx + my * ny + mz * nz;
        const double tx = mx - along * nx, ty = my - along * ny, tz = mz - along * nz;
        const double slide2 = tx * tx + ty * ty + tz * tz;
        if (slide2 != 0) {
          const double cut = jsMin(1.0, (friction * push) / std::sqrt(slide2));
          pi[0] -= cut * tx; pi[1] -= cut * ty; pi[2] -= cut * tz;
        }
      }
      // settle's: the part of the velocity into the solid's push taken off.
      const double sx = pi[0] - bi[0], sy = pi[1] - bi[1], sz = pi[2] - bi[2];
      const double s2 = sx * sx + sy * sy + sz * sz;
      if (s2 != 0) {
        const double s = std::sqrt(s2);
        const double nx = sx / s, ny = sy / s, nz = sz / s;
        double* vi = &v[3 * i];
        const double vn = vi[0] * nx + vi[1] * ny + vi[2] * nz;
        if (vn < 0) { vi[0] -= vn * nx; vi[1] -= vn * ny; vi[2] -= vn * nz; }
      }
    }
  });
  std::copy(p, p + 3 * static_cast<size_t>(n), x);
}

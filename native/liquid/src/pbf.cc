#include "pbf.h"

#include <algorithm>
#include <cmath>

namespace {
// As pbf.ts: the artificial pressure's k (at |dq| = 0.2 h, n = 4), the constraint's relaxation,
// and the samples of the walls' density table.
constexpr double kSCorrK = 0.001;
constexpr double kRelaxation = 0.1;
constexpr int kWallSamples = 32;

}  // namespace

Fluid::Fluid(int n, const FluidParams& params, int threads)
    : n_(n), params_(params), pool_(threads) {
  h_ = 2 * params.spacingM;
  h2_ = h_ * h_;
  const double h3 = h_ * h_ * h_;
  poly6_ = 315 / (64 * M_PI * (h3 * h3 * h3));
  cubic_ = params.dfsph;
  cubicK_ = 8 / (M_PI * h3);
  spiky_ = -45 / (M_PI * (h3 * h3));
  rest_ = latticeSum(params.spacingM);
  wCorr_ = w(0.2 * h_ * (0.2 * h_));
  wallShares(params.spacingM);
  for (auto* a : {&p_, &x_, &v_, &wallGrad_, &dp_}) a->resize(3 * static_cast<size_t>(n));
  for (auto* a : {&wallRho_, &wallGradV_, &lambda_}) a->resize(n);
  order_.resize(n);
  cell_.resize(3 * static_cast<size_t>(n));
  cellOf_.resize(3 * static_cast<size_t>(n));
  sortTmp_.resize(n);
  key_.resize(n);
  size_t slots = 64;
  while (slots < 2 * static_cast<size_t>(n)) slots *= 2;
  runStart_.resize(slots);
  runEnd_.resize(slots);
  list_.resize(static_cast<size_t>(n) * kMaxNeighbours);
  pairG_.resize(static_cast<size_t>(n) * kMaxNeighbours);
  pairCorr_.resize(static_cast<size_t>(n) * kMaxNeighbours);
  count_.resize(n);
}

double Fluid::latticeSum(double d) const {
  double s = 0;
  const int m = static_cast<int>(std::ceil(h_ / d));
  for (int i = -m; i <= m; i++)
    for (int j = -m; j <= m; j++)
      for (int k = -m; k <= m; k++) s += w((i * i + j * j + k * k) * d * d);
  return s;
}

void Fluid::wallShares(double d) {
  wallTable_.assign(kWallSamples + 1, 0);
  wallSlope_.assign(kWallSamples + 1, 0);
  const int m = static_cast<int>(std::ceil(h_ / d));
  for (int s = 0; s <= kWallSamples; s++) {
    const double dist = (static_cast<double>(s) / kWallSamples) * h_;
    double sum = 0;
    for (int k = 0; k <= m; k++)
      for (int i = -m; i <= m; i++)
        for (int j = -m; j <= m; j++) {
          const double dy = dist + d / 2 + k * d;
          sum += w(i * i * d * d + j * j * d * d + dy * dy);
        }
    wallTable_[s] = sum;
  }
  for (int s = 0; s <= kWallSamples; s++) {
    const int hi = std::min(s + 1, kWallSamples), lo = std::max(s - 1, 0);
    wallSlope_[s] = (wallTable_[hi] - wallTable_[lo]) / ((hi - lo) * h_ / kWallSamples);
  }
}

// fluid-solids.ts's CURVED: a round wall's share of a flat one's is 1 - kCurved h / its radius.
constexpr double kCurved = 0.43;

// As fluid-solids.ts's gatherWalls: the table at the sample below, or (smooth, for DFSPH) interpolated.
void Fluid::gatherWalls(int begin, int end, const std::vector<Collider>& colliders, bool smooth) {
  for (int i = begin; i < end; i++) {
    Walls walls;
    walls.range = h_;
    bool enclosed = false;
    for (size_t ci = 0; ci < colliders.size(); ci++) {
      const Collider& c = colliders[ci];
      if ((c.dfsphWalls() && !smooth) || (enclosed && !c.immersed)) continue;
      walls.current = static_cast<int>(ci);
      if (wallsAt(c, &p_[3 * i], walls)) enclosed = true;
    }
    double rho = 0, g[3] = {0, 0, 0}, gv = 0;
    // DFSPH: the first solid body among the walls (a box's or sphere's), and its own gradient.
    int body = -1;
    double bg[3] = {0, 0, 0};
    for (int k = 0; k < walls.count; k++) {
      const WallHit& hit = walls.hit[k];
      if (hit.dist >= h_) continue;
      const double at = std::max(0.0, hit.dist) * (kWallSamples / h_);
      const int s = static_cast<int>(std::floor(at));
      const double share = jsMax(0.0, 1 - kCurved * h_ * hit.curvature);
      double slope;
      if (smooth) {
        const int s0 = std::min(s, kWallSamples - 1);
        const double rise = wallTable_[s0 + 1] - wallTable_[s0];
        rho += share * (wallTable_[s0] + (at - s0) * rise);
        slope = (share * rise * (kWallSamples / h_)) / rest_;
      } else {
        rho += share * wallTable_[s];
        slope = (share * wallSlope_[s]) / rest_;
      }
      for (int a = 0; a < 3; a++) g[a] += slope * hit.n[a];
      gv += slope * hit.speed;
      if (smooth && colliders[hit.who].dfsphWalls() && (body < 0 || body == hit.who)) {
        body = hit.who;
        for (int a = 0; a < 3; a++) bg[a] += slope * hit.n[a];
      }
    }
    if (smooth) {
      wallBody_[i] = body;
      for (int a = 0; a < 3; a++) wallBodyGrad_[3 * i + a] = bg[a];
    }
    wallRho_[i] = rho;
    wallGradV_[i] = gv;
    for (int a = 0; a < 3; a++) wallGrad_[3 * i + a] = g[a];
  }
}

void Fluid::collide(double* p, const double* x, int begin, int end, const std::vector<Collider>& colliders, double rp, int32_t* movedBy) const {
  for (int i = begin; i < end; i++) {
    double* pi = &p[3 * i];
    const double* xi = &x[3 * i];
    const double before[3] = {pi[0], pi[1], pi[2]};
    if (movedBy) movedBy[i] = -1;
    for (size_t ci = 0; ci < colliders.size(); ci++) {
      const double was[3] = {pi[0], pi[1], pi[2]};
      projectOne(colliders[ci], pi, xi, rp);
      if (movedBy && (pi[0] != was[0] || pi[1] != was[1] || pi[2] != was[2])) movedBy[i] = static_cast<int32_t>(ci);
    }
    // Friction against the solids, as fluid-solids.ts's collide (DFSPH, movedBy given: keepOut's).
    const double cx = pi[0] - before[0], cy = pi[1] - before[1], cz = pi[2] - before[2];
    const double push2 = cx * cx + cy * cy + cz * cz;
    if (push2 == 0 || movedBy) continue;
    const double push = std::sqrt(push2);
    const double nx = cx / push, ny = cy / push, nz = cz / push;
    const double mx = pi[0] - xi[0], my = pi[1] - xi[1], mz = pi[2] - xi[2];
    const double along = mx * nx + my * ny + mz * nz;
    const double tx = mx - along * nx, ty = my - along * ny, tz = mz - along * nz;
    const double slide2 = tx * tx + ty * ty + tz * tz;
    if (slide2 == 0) continue;
    const double cut = std::min(1.0, (params_.friction * push) / std::sqrt(slide2));
    pi[0] -= cut * tx;
    pi[1] -= cut * ty;
    pi[2] -= cut * tz;
  }
}

// Each pair's kernel gradient factor and artificial pressure are kept for solveDelta (same positions).
// In three passes over a particle's neighbours: their offsets gathered, the per-pair arithmetic
// (kernel, square root, division: no pair depends on another, so the compiler does it a vector at
// a time), then the sums in list order, so every sum is added in pbf.ts's order, to the bit.
KINORA_VECTOR_CLONES void Fluid::solveLambda(int begin, int end) {
  const double relax = kRelaxation / h2_;
  const double corrScale = -kSCorrK * h2_;  // as pbf.ts: -k * (h h) * (q^2 q^2)
  const double h = h_, h2 = h2_, poly6 = poly6_, spiky = spiky_, rest = rest_, wCorr = wCorr_;
  alignas(64) double ex[kMaxNeighbours], ey[kMaxNeighbours], ez[kMaxNeighbours], r2s[kMaxNeighbours], ws[kMaxNeighbours];
  alignas(64) double gs[kMaxNeighbours], corr[kMaxNeighbours], nears[kMaxNeighbours];
  for (int i = begin; i < end; i++) {
    const size_t base = static_cast<size_t>(i) * kMaxNeighbours;
    float* __restrict pairG = &pairG_[base];
    double* __restrict pairCorr = &pairCorr_[base];
    const int count = gatherOffsets(i, ex, ey, ez);
    for (int k = 0; k < count; k++) {
      const double r2 = ex[k] * ex[k] + ey[k] * ey[k] + ez[k] * ez[k];
      const double d = h2 - r2;
      const double cube = poly6 * d * d * d;
      const double wij = d > 0 ? cube : 0;
      const double r = std::sqrt(r2);
      const bool near = (r >= 1e-9) & (r < h);
      // A pair too near or too far has no gradient (0 marks it for solveDelta); worked out for
      // every pair and then dropped, so the loop has no branch.
      const double slope = (spiky * (h - r) * (h - r)) / (r * rest);
      const double g = near ? slope : 0;
      const double q = wij / wCorr;
      r2s[k] = r2;
      ws[k] = wij;
      gs[k] = g;
      nears[k] = near ? 1 : 0;
      corr[k] = corrScale * (q * q * (q * q));
      pairG[k] = static_cast<float>(g);
      pairCorr[k] = corr[k];
    }
    const PairSums sums = sumPairs(i, count, ws, gs, nears, ex, ey, ez, r2s);
    const double c = sums.rho / rest - 1;
    lambda_[i] = c > 0 ? -c / (sums.gradSq + relax) : 0;
  }
}
void Fluid::solveDelta(int begin, int end) {
  for (int i = begin; i < end; i++) {
    const double li = lambda_[i];
    double dx = li * wallGrad_[3 * i], dy = li * wallGrad_[3 * i + 1], dz = li * wallGrad_[3 * i + 2];
    const size_t base = static_cast<size_t>(i) * kMaxNeighbours;
    for (int k = 0; k < count_[i]; k++) {
      const double g = pairG_[base + k];
      if (g == 0) continue;
      const int j = list_[base + k];
      const double ex = p_[3 * i] - p_[3 * j], ey = p_[3 * i + 1] - p_[3 * j + 1], ez = p_[3 * i + 2] - p_[3 * j + 2];
      const double s = (li + lambda_[j] + pairCorr_[base + k]) * g;
      dx += s * ex;
      dy += s * ey;
      dz += s * ez;
    }
    dp_[3 * i] = dx;
    dp_[3 * i + 1] = dy;
    dp_[3 * i + 2] = dz;
  }
}

// XSPH: each particle takes a share of its neighbours' velocity (into dp_, added afterwards).
// pairW: each listed pair's kernel, when known at these positions (DFSPH's factors keep them).
void Fluid::viscosity(int begin, int end, const double* pairW) {
  const double c = params_.viscosity;
  for (int i = begin; i < end; i++) {
    double sx = 0, sy = 0, sz = 0, sw = 0;
    const int32_t* nb = &list_[static_cast<size_t>(i) * kMaxNeighbours];
    for (int k = 0; k < count_[i]; k++) {
      const int j = nb[k];
      double wij;
      if (pairW) {
        wij = pairW[static_cast<size_t>(i) * kMaxNeighbours + k];
      } else {
        const double ex = p_[3 * i] - p_[3 * j], ey = p_[3 * i + 1] - p_[3 * j + 1], ez = p_[3 * i + 2] - p_[3 * j + 2];
        wij = w(ex * ex + ey * ey + ez * ez);
      }
      sx += wij * (v_[3 * j] - v_[3 * i]);
      sy += wij * (v_[3 * j + 1] - v_[3 * i + 1]);
      sz += wij * (v_[3 * j + 2] - v_[3 * i + 2]);
      sw += wij;
    }
    const double f = sw > 0 ? c / sw : 0;
    dp_[3 * i] = f * sx;
    dp_[3 * i + 1] = f * sy;
    dp_[3 * i + 2] = f * sz;
  }
}

void Fluid::step(double* x, double* v, double dt, double gravity, const std::vector<Collider>& colliders) {
  // Predicted positions in the caller's order (dp_ holds them until the sort), kept out of solids.
  double* predicted = dp_.data();
  pool_.run(n_, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      v[3 * i + 1] -= gravity * dt;
      for (int a = 0; a < 3; a++) predicted[3 * i + a] = x[3 * i + a] + v[3 * i + a] * dt;
    }
    collide(predicted, x, begin, end, colliders, params_.spacingM / 2);
  });
  sortByCell(predicted);
  pool_.run(n_, [&](int begin, int end) {
    for (int k = begin; k < end; k++) {
      const int i = order_[k];
      for (int a = 0; a < 3; a++) {
        p_[3 * k + a] = predicted[3 * i + a];
        x_[3 * k + a] = x[3 * i + a];
        cell_[3 * k + a] = cellOf_[3 * i + a];
      }
    }
  });
  pool_.run(n_, [&](int begin, int end) {
    listNeighbours(begin, end);
    gatherWalls(begin, end, colliders);
  });
  for (int it = 0; it < params_.iterations; it++) {
    pool_.run(n_, [&](int begin, int end) { solveLambda(begin, end); });
    pool_.run(n_, [&](int begin, int end) { solveDelta(begin, end); });
    pool_.run(n_, [&](int begin, int end) {
      for (int a = 3 * begin; a < 3 * end; a++) p_[a] += dp_[a];
      collide(p_.data(), x_.data(), begin, end, colliders, params_.spacingM / 2);
    });
  }
  // Velocities from the moves, then XSPH viscosity, then back into the caller's order.
  pool_.run(n_, [&](int begin, int end) {
    for (int a = 3 * begin; a < 3 * end; a++) v_[a] = (p_[a] - x_[a]) / dt;
  });
  pool_.run(n_, [&](int begin, int end) {
    viscosity(begin, end);
    for (int k = begin; k < end; k++) {
      const int i = order_[k];
      for (int a = 0; a < 3; a++) {
        x[3 * i + a] = p_[3 * k + a];
        v[3 * i + a] = v_[3 * k + a] + dp_[3 * k + a];
      }
    }
  });
}

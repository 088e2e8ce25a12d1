// Divergence-free SPH as main/engine/liquids/dfsph.ts does it (that file says how and why), in
// C++ on every core: each substep sorts the particles by cell (pbf.cc's sort and neighbour lists),
// and every pass computes each particle from the arrays the last pass left, so the threads' share
// of the work never changes a number. The solves' residuals are summed in the caller's particle
// order, as the JavaScript sums them, so both stop after the same iteration.
#include <algorithm>
#include <cmath>

#include "pbf.h"

namespace {
// As dfsph.ts.
constexpr double kDensityTolerance = 0.0002;
constexpr double kDivergenceTolerance = 0.001;
constexpr int kMaxIterations = 100;
constexpr int kMinDensityIterations = 2;
constexpr double kWhole = 0.95;
constexpr double kRelaxation = 0.1;
constexpr double kContact = 0.25;
constexpr double kOmega = 0.5;
constexpr double kChebyshevRho = 0.9;
constexpr int kChebyshevFrom = 2;
// Offsets in warm after the two kappas.
constexpr int kWarmLastDt = 0, kWarmDensityIterations = 1, kWarmDivergenceIterations = 2, kWarmSubsteps = 3;

// dfsph.ts's chebyshevWeight: iteration it's weight, from the last one's.
double chebyshevWeight(int it, double last) {
  const double rho2 = kChebyshevRho * kChebyshevRho;
  if (it < kChebyshevFrom) return 1;
  return it == kChebyshevFrom ? 2 / (2 - rho2) : 4 / (4 - rho2 * last);
}

// dfsph.ts's complementarity: the compression foreseen, or the thinning where the pressure pushes.
double complementarity(double r, double kappa) { return r > 0 ? r : kappa < 0 ? -r : 0; }
}  // namespace

void Fluid::stepDfsph(double* x, double* v, double* warm, double dt, double gravity, const std::vector<Collider>& colliders, double* reactions) {
  if (rho_.size() != static_cast<size_t>(n_)) {
    for (auto* a : {&rho_, &target_, &alpha_, &kappa_, &residual_, &previous_, &kDensity_, &kDivergence_, &still_}) a->resize(n_);
    asleep_.resize(n_);
    wake_.resize(n_);
    for (auto* a : {&pos_, &wallBody_, &movedBy_}) a->resize(n_);
    for (auto* a : {&wallBodyGrad_, &keptOut_}) a->resize(3 * static_cast<size_t>(n_));
    depth_.resize(n_);
    pairW_.resize(static_cast<size_t>(n_) * kMaxNeighbours);
    packed_.resize(static_cast<size_t>(n_) * kMaxNeighbours);
    start_.resize(static_cast<size_t>(n_) + 1);
  }
  std::fill(reactions, reactions + kReactionStride * colliders.size(), 0.0);
  double* tail = warm + 2 * static_cast<size_t>(n_);
  const int substeps = stepSubsteps(v, tail + 4, n_, dt, params_.spacingM, gravity, colliders);
  double density = 0, divergence = 0;
  // The moving solids carried along their motions substep by substep (dfsph-solids.ts's carrySolids),
  // as the liquid brakes them (base, since: dfsph-solids.ts's BrakedSolids).
  std::vector<Collider> at(colliders), base(colliders);
  std::vector<double> since(colliders.size(), 0.0), last(3 * colliders.size(), 0.0);
  for (int s = 0; s < substeps; s++) {
    for (size_t k = 0; s > 0 && k < at.size(); k++)
      if (colliders[k].kind != Collider::kFloor && moves(colliders[k].motion)) {
        at[k].motion = base[k].motion;
        carryCollider(base[k], s * dt / substeps - since[k], at[k]);
      }
    sortAndGather(x, v, warm);
    dfsphSubstep(dt / substeps, gravity, at, warm);
    addReactions(at, reactions);
    brakeSolids(colliders, base, since, last, reactions, (s + 1) * dt / substeps, dt);
    density += tail[kWarmDensityIterations];
    divergence += tail[kWarmDivergenceIterations];
    // Back into the caller's order.
    pool_.run(n_, [&](int begin, int end) {
      for (int k = begin; k < end; k++) {
        const int i = order_[k];
        for (int a = 0; a < 3; a++) {
          x[3 * i + a] = x_[3 * k + a];
          v[3 * i + a] = v_[3 * k + a];
        }
        warm[i] = kDensity_[k];
        warm[n_ + i] = kDivergence_[k];
        tail[4 + i] = still_[k];
      }
    });
  }
  tail[kWarmDensityIterations] = density;
  tail[kWarmDivergenceIterations] = divergence;
  tail[kWarmSubsteps] = substeps;
}

// The particles in cell order (by where they are now), with their velocities and kappas.
void Fluid::sortAndGather(const double* x, const double* v, const double* warm) {
  sortByCell(x);
  pool_.run(n_, [&](int begin, int end) {
    for (int k = begin; k < end; k++) {
      const int i = order_[k];
      pos_[i] = k;
      for (int a = 0; a < 3; a++) {
        p_[3 * k + a] = x[3 * i + a];
        x_[3 * k + a] = x[3 * i + a];
        v_[3 * k + a] = v[3 * i + a];
        cell_[3 * k + a] = cellOf_[3 * i + a];
      }
      kDensity_[k] = warm[i];
      kDivergence_[k] = warm[n_ + i];
      still_[k] = warm[2 * static_cast<size_t>(n_) + 4 + i];
    }
  });
}

void Fluid::dfsphSubstep(double dt, double gravity, const std::vector<Collider>& colliders, double* warm) {
  double* tail = warm + 2 * static_cast<size_t>(n_);
  pool_.run(n_, [&](int begin, int end) {
    listNeighbours(begin, end);
    gatherWalls(begin, end, colliders, true);
  });
  start_[0] = 0;
  for (int i = 0; i < n_; i++) start_[i + 1] = start_[i] + count_[i];
  pool_.run(n_, [&](int begin, int end) { dfsphFactors(begin, end); });
  awake_ = markSleepers();
  const double last = tail[kWarmLastDt];
  const double scale = last > 0 ? dt / last : 0;
  tail[kWarmDivergenceIterations] = dfsphSolve(false, kDivergence_.data(), scale, dt);
  // Gravity, then XSPH viscosity (pbf.cc's, into dp_).
  pool_.run(n_, [&](int begin, int end) {
    for (int i = begin; i < end; i++)
      if (!asleep_[i]) v_[3 * i + 1] -= gravity * dt;
  });
  pool_.run(n_, [&](int begin, int end) { viscosity(begin, end, pairW_.data()); });
  pool_.run(n_, [&](int begin, int end) {
    for (int i = begin; i < end; i++)
      for (int a = 3 * i; a < 3 * i + 3; a++) v_[a] += asleep_[i] ? 0 : dp_[a];
  });
  tail[kWarmDensityIterations] = dfsphSolve(true, kDensity_.data(), scale, dt);
  filmDepths();
  pool_.run(n_, [&](int begin, int end) { wallFriction(begin, end); });
  pool_.run(n_, [&](int begin, int end) {
    for (int a = 3 * begin; a < 3 * end; a++) dp_[a] = p_[a] = x_[a] + dt * v_[a];
    collide(p_.data(), x_.data(), begin, end, colliders, kContact * params_.spacingM, movedBy_.data());
    keepOut(begin, end, dt);
    for (int a = 3 * begin; a < 3 * end; a++) x_[a] = p_[a];
    settleSleepers(begin, end);
  });
  tail[kWarmLastDt] = dt;
}

// In three passes over a particle's neighbours, as pbf.cc's solveLambda: their offsets gathered,
// each pair's kernel and gradient factor (no branch, so a vector at a time), then the sums in list
// order (as dfsph.ts's factors, to the bit). The kernels are kept for the viscosity (same places);
// the gradient factors and the list, packed (pbf.h's packed_), for the solves.
KINORA_VECTOR_CLONES void Fluid::dfsphFactors(int begin, int end) {
  const double relax = kRelaxation / h2_;
  const double h = h_, h2 = h2_, k3 = cubicK_, rest = rest_;
  alignas(64) double ex[kMaxNeighbours], ey[kMaxNeighbours], ez[kMaxNeighbours], r2s[kMaxNeighbours];
  alignas(64) double ws[kMaxNeighbours], gs[kMaxNeighbours], nears[kMaxNeighbours];
  for (int i = begin; i < end; i++) {
    const size_t base = static_cast<size_t>(i) * kMaxNeighbours;
    float* __restrict pairG = &pairG_[start_[i]];
    double* __restrict pairW = &pairW_[base];
    const int count = gatherOffsets(i, ex, ey, ez);
    std::copy_n(&list_[base], count, &packed_[start_[i]]);
    for (int k = 0; k < count; k++) {
      const double r2 = ex[k] * ex[k] + ey[k] * ey[k] + ez[k] * ez[k];
      // cubicW and cubicSlope, both branches worked out and one kept.
      const double r = std::sqrt(r2);
      const double q = r / h, u = 1 - q;
      const bool inner = q <= 0.5;
      const double wIn = k3 * (6 * (q * q * q - q * q) + 1), wOut = k3 * (2 * (u * u * u));
      const double wij = r2 >= h2 ? 0 : inner ? wIn : wOut;
      const double d = inner ? 6 * (3 * q * q - 2 * q) : -6 * (u * u);
      const bool near = (r >= 1e-9) & (r < h);
      const double slope = (k3 * d) / (h * r * rest);
      const double g = near ? slope : 0;
      r2s[k] = r2;
      ws[k] = wij;
      gs[k] = g;
      nears[k] = near ? 1 : 0;
      pairG[k] = static_cast<float>(g);
      pairW[k] = wij;
    }
    const PairSums sums = sumPairs(i, count, ws, gs, nears, ex, ey, ez, r2s);
    rho_[i] = sums.rho / rest_;
    target_[i] = jsMax(1, (w(0) + wallRho_[i]) / rest_);
    alpha_[i] = 1 / (sums.gradSq + relax);
  }
}

// (The arrays through local pointers: read through the members, each one's start was fetched
// again for every pair.)
KINORA_VECTOR_CLONES double Fluid::densityRate(int i) const {
  const double* __restrict p = p_.data();
  const double* __restrict v = v_.data();
  const float* __restrict pairG = &pairG_[start_[i]];
  const int32_t* __restrict nb = &packed_[start_[i]];
  const int count = count_[i];
  const double px = p[3 * i], py = p[3 * i + 1], pz = p[3 * i + 2];
  const double vx = v[3 * i], vy = v[3 * i + 1], vz = v[3 * i + 2];
  double d = wallGrad_[3 * i] * vx + wallGrad_[3 * i + 1] * vy + wallGrad_[3 * i + 2] * vz - wallGradV_[i];
  for (int k = 0; k < count; k++) {
    const double g = pairG[k];
    if (g == 0) continue;
    const double* pj = p + 3 * static_cast<size_t>(nb[k]);
    const double* vj = v + 3 * static_cast<size_t>(nb[k]);
    d += g * ((px - pj[0]) * (vx - vj[0]) + (py - pj[1]) * (vy - vj[1]) + (pz - pj[2]) * (vz - vj[2]));
  }
  return d;
}

int Fluid::dfsphSolve(bool density, double* total, double scale, double dt) {
  pool_.run(n_, [&](int begin, int end) {
    for (int i = begin; i < end; i++) kappa_[i] = total[i] = total[i] * scale;
  });
  if (scale > 0) pool_.run(n_, [&](int begin, int end) { dfsphPush(begin, end); });
  const double tolerance = density ? kDensityTolerance : kDivergenceTolerance;
  const int least = density ? kMinDensityIterations : 1;
  double w = 1;
  for (int it = 0; it < kMaxIterations; it++) {
    w = chebyshevWeight(it, w);
    pool_.run(n_, [&](int begin, int end) {
      for (int i = begin; i < end; i++) {
        if (asleep_[i]) { kappa_[i] = residual_[i] = 0; continue; }  // Its pressure carried over whole (dfsph.ts).
        const double d = densityRate(i);
        double r;
        if (density) {
          r = rho_[i] + dt * d - target_[i];
          residual_[i] = complementarity(r, total[i]);
          r /= dt;
        } else {
          r = rho_[i] >= kWhole ? d : jsMin(0, d);
          residual_[i] = jsMax(0, r) * dt;
        }
        const double jacobi = total[i] - kOmega * r * alpha_[i];
        const double next = jsMin(0, w == 1 ? jacobi : previous_[i] + w * (jacobi - previous_[i]));
        kappa_[i] = next - total[i];
      }
    });
    double sum = 0;
    for (int i = 0; i < n_; i++) sum += residual_[pos_[i]];
    if (it >= least && sum <= tolerance * awake_) return it;
    pool_.run(n_, [&](int begin, int end) {
      for (int i = begin; i < end; i++) {
        previous_[i] = total[i];
        total[i] += kappa_[i];
      }
      dfsphPush(begin, end);
    });
  }
  return kMaxIterations;
}

// The velocity change the kappas make (dfsph.ts's push).
KINORA_VECTOR_CLONES void Fluid::dfsphPush(int begin, int end) {
  const double* __restrict p = p_.data();
  const double* __restrict kappa = kappa_.data();
  for (int i = begin; i < end; i++) {
    if (asleep_[i]) continue;
    const double ki = kappa[i];
    const double px = p[3 * i], py = p[3 * i + 1], pz = p[3 * i + 2];
    double dx = ki * wallGrad_[3 * i], dy = ki * wallGrad_[3 * i + 1], dz = ki * wallGrad_[3 * i + 2];
    const float* __restrict pairG = &pairG_[start_[i]];
    const int32_t* __restrict nb = &packed_[start_[i]];
    const int count = count_[i];
    for (int k = 0; k < count; k++) {
      const double g = pairG[k];
      if (g == 0) continue;
      const size_t j = static_cast<size_t>(nb[k]);
      const double s = (ki + kappa[j]) * g;
      dx += s * (px - p[3 * j]);
      dy += s * (py - p[3 * j + 1]);
      dz += s * (pz - p[3 * j + 2]);
    }
    v_[3 * i] += dx;
    v_[3 * i + 1] += dy;
    v_[3 * i + 2] += dz;
  }
}

// Position-based fluids (Macklin and Mueller, 2013) as main/engine/liquids/pbf.ts does them, in
// C++ on every core: each step the particles are sorted by the cell of a kernel-wide grid they are
// in (so a particle's neighbours lie together in memory), their neighbours listed once, and the
// density constraint, the position correction, the collisions and the XSPH viscosity run over them
// in parallel. Every particle's result depends only on the positions before the pass, so the
// numbers do not depend on how the threads share the work.
#pragma once
#include <cmath>
#include <cstdint>
#include <vector>

#include "colliders.h"
#include "pool.h"

// AVX2 where the CPU has it (GCC's function clones, picked when the addon loads), SSE2 elsewhere:
// the same IEEE operations either way (no fused multiply-adds), so the same numbers.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define KINORA_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define KINORA_VECTOR_CLONES
#endif

// JavaScript's Math.min and Math.max, signed zeros included (std::min(0.0, -0.0) is +0, where
// Math.min(0, -0) is -0), so the twins agree to the bit.
inline double jsMin(double a, double b) { return (a < b || (a == b && std::signbit(a))) ? a : b; }
inline double jsMax(double a, double b) { return (a > b || (a == b && !std::signbit(a))) ? a : b; }

// dfsph-solids.ts's REACTION_STRIDE.
constexpr int kReactionStride = 9;
// dfsph-sleep.ts's allAsleep (dfsph-sleep.cc), over n counts of still substeps.
bool allAsleep(const double* still, int n);
// dfsph-rate.ts's stepSubsteps (dfsph-rate.cc): the step's substeps, from the velocities, the counts
// of still substeps and the solids as the step found them.
int stepSubsteps(const double* v, const double* still, int n, double dt, double spacing, double gravity, const std::vector<Collider>& colliders);
// dfsph-solids.ts's BrakedSolids.brake (dfsph-solids.cc).
void brakeSolids(const std::vector<Collider>& colliders, std::vector<Collider>& base, std::vector<double>& since, std::vector<double>& last, double* reactions, double t, double dt);

struct FluidParams {
  double spacingM;
  double viscosity;
  int iterations;
  // Coulomb friction against solids (fluid-solids.ts's collide).
  double friction;
  // Stepped by DFSPH (stepDfsph), whose density kernel is the cubic spline (pbf.ts's w).
  bool dfsph;
};

class Fluid {
 public:
  static constexpr int kMaxNeighbours = 48;
  struct Candidates;

  Fluid(int n, const FluidParams& params, int threads);
  int threads() const { return pool_.threads(); }
  int n() const { return n_; }
  // One step of dt seconds: x and v (3n each, in the caller's particle order) are read and updated.
  void step(double* x, double* v, double dt, double gravity, const std::vector<Collider>& colliders);
  // dfsph.ts's step (dfsph.cc): warm holds the kappas (density, then divergence: n each, in the
  // caller's order), the last substep's length and the iteration counts, then each particle's count
  // of still substeps (dfsph-sleep.cc), updated in place.
  // reactions (kReactionStride per collider, zeroed here): what the liquid did to each box and
  // sphere over the step, per unit particle mass: the impulse (m/s), its moment about the
  // solid's pose (m^2/s), and how far the liquid's braking moved it (m: dfsph-solids.ts's
  // BrakedSolids).
  void stepDfsph(double* x, double* v, double* warm, double dt, double gravity, const std::vector<Collider>& colliders, double* reactions);

 private:
  double w(double r2) const {
    if (cubic_) return cubicW(r2);
    const double d = h2_ - r2;
    return d > 0 ? poly6_ * d * d * d : 0;
  }
  double cubicW(double r2) const {
    if (r2 >= h2_) return 0;
    const double q = std::sqrt(r2) / h_;
    if (q <= 0.5) return cubicK_ * (6 * (q * q * q - q * q) + 1);
    const double u = 1 - q;
    return cubicK_ * (2 * (u * u * u));
  }
  // pbf.ts's cubicSlope: dW/dr over r and the rest density.
  double cubicSlope(double r) const {
    const double q = r / h_;
    const double d = q <= 0.5 ? 6 * (3 * q * q - 2 * q) : -6 * ((1 - q) * (1 - q));
    return (cubicK_ * d) / (h_ * r * rest_);
  }
  // Particle i's offsets to each of its listed neighbours (i minus j), into ex, ey, ez; returns how
  // many. The first pass of solveLambda and dfsphFactors, which then work a vector at a time.
  int gatherOffsets(int i, double* ex, double* ey, double* ez) const {
    const int32_t* nb = &list_[static_cast<size_t>(i) * kMaxNeighbours];
    const int count = count_[i];
    const double px = p_[3 * i], py = p_[3 * i + 1], pz = p_[3 * i + 2];
    for (int k = 0; k < count; k++) {
      const double* pj = &p_[3 * static_cast<size_t>(nb[k])];
      ex[k] = px - pj[0];
      ey[k] = py - pj[1];
      ez[k] = pz - pj[2];
    }
    return count;
  }
  // The third pass of solveLambda and dfsphFactors, over the pairs their second pass worked out:
  // particle i's density (its own kernel, the walls' share and its neighbours') and the squared
  // gradients of its constraint (the sum over neighbours within reach, plus its own gradient's),
  // added in list order (as pbf.ts and dfsph.ts do, to the bit).
  struct PairSums {
    double rho;
    double gradSq;
  };
  PairSums sumPairs(int i, int count, const double* ws, const double* gs, const double* nears, const double* ex, const double* ey, const double* ez, const double* r2s) const {
    double rho = w(0) + wallRho_[i];
    double gx = wallGrad_[3 * i], gy = wallGrad_[3 * i + 1], gz = wallGrad_[3 * i + 2], sum2 = 0;
    for (int k = 0; k < count; k++) {
      rho += ws[k];
      if (nears[k] == 0) continue;
      const double g = gs[k];
      gx += g * ex[k];
      gy += g * ey[k];
      gz += g * ez[k];
      sum2 += g * g * r2s[k];
    }
    return {rho, sum2 + gx * gx + gy * gy + gz * gz};
  }
  double latticeSum(double d) const;
  void wallShares(double d);
  void sortByCell(const double* p);
  void indexRuns();
  void cellRange(int32_t cx, int32_t cy, int32_t cz, int* from, int* to) const;
  void gatherCandidates(int32_t cx, int32_t cy, int32_t cz, Candidates& c) const;
  void listNeighbours(int begin, int end);
  void gatherWalls(int begin, int end, const std::vector<Collider>& colliders, bool smooth = false);
  // movedBy (DFSPH): per particle, the last collider that moved it, or -1; friction is then left
  // to keepOut (fluid-solids.ts's collide says why).
  void collide(double* p, const double* x, int begin, int end, const std::vector<Collider>& colliders, double radius, int32_t* movedBy = nullptr) const;
  void solveLambda(int begin, int end);
  void solveDelta(int begin, int end);
  void viscosity(int begin, int end, const double* pairW = nullptr);
  // DFSPH (dfsph.cc).
  void sortAndGather(const double* x, const double* v, const double* warm);
  void dfsphSubstep(double dt, double gravity, const std::vector<Collider>& colliders, double* warm);
  void dfsphFactors(int begin, int end);
  double densityRate(int i) const;
  int dfsphSolve(bool density, double* total, double scale, double dt);
  void dfsphPush(int begin, int end);
  void keepOut(int begin, int end, double dt);
  void addReactions(const std::vector<Collider>& colliders, double* reactions) const;
  void filmDepths();
  void wallFriction(int begin, int end);
  // Still water sleeping (dfsph-sleep.cc).
  int markSleepers();
  void settleSleepers(int begin, int end);

  int n_;
  FluidParams params_;
  bool cubic_;
  double h_, h2_, poly6_, cubicK_, spiky_, rest_, wCorr_;
  std::vector<double> wallTable_, wallSlope_;
  Pool pool_;
  // Per particle, in cell order: predicted and start positions, velocities, the walls' density
  // share and gradient (and its product with the walls' speeds), the constraint's multiplier and
  // the correction.
  std::vector<double> p_, x_, v_, wallRho_, wallGrad_, wallGradV_, lambda_, dp_;
  // Cell order: order_[k] is the caller's index of the k-th particle, cell_ its cell (x, y, z);
  // cellOf_ and key_ (the cell packed) are by the caller's index; sortTmp_ and digitStart_ the radix
  // sort's. runStart_/runEnd_: each cell's run of sorted particles, in slots by the cell's hash.
  std::vector<int32_t> order_, cell_, cellOf_, sortTmp_, digitStart_, runStart_, runEnd_;
  std::vector<uint64_t> key_;
  std::vector<int32_t> list_, count_;
  // DFSPH: the lists again, one after another with no room left between them (particle i's from
  // start_[i]), and pairG_ in the same places: the solves read both in every iteration, and a
  // particle's ~33 pairs spread over 48 places touched a third more cache lines (the solves took
  // 7-19% longer: memory, not arithmetic, is what they wait on).
  std::vector<int32_t> packed_, start_;
  // Per listed pair (DFSPH: packed, as packed_): the kernel gradient factor, kept in single
  // precision (as pbf.ts's pairG): the solves' passes over the pairs stream it with the lists, and
  // at 4 bytes a pair DFSPH's solves took a sixth less time than at 8 (the sums that make it use
  // it unrounded); the artificial pressure (solveLambda's), and (DFSPH) the kernel, kept by
  // dfsphFactors for the viscosity.
  std::vector<float> pairG_;
  std::vector<double> pairCorr_, pairW_;
  // DFSPH, per particle in cell order: density over rest, the pressure diagonal's inverse, this
  // iteration's kappa, the residual, the two solves' accumulated kappas; pos_[i] is the cell-order
  // place of the caller's particle i (the residuals are summed in the caller's order, as dfsph.ts).
  // target_ is the density the density solve aims at (dfsph.ts's target).
  // previous_: the accumulated kappa an iteration ago (Chebyshev's acceleration).
  std::vector<double> rho_, target_, alpha_, kappa_, residual_, previous_, kDensity_, kDivergence_;
  std::vector<int32_t> pos_;
  // DFSPH, per particle in cell order: the solid body among its walls (collider index, or -1) and
  // that body's share of the walls' gradient; the collider that last moved it (collide) and the
  // velocity keepOut gave it then.
  std::vector<int32_t> wallBody_, movedBy_;
  std::vector<double> wallBodyGrad_, keptOut_, depth_;
  // DFSPH, per particle in cell order: its count of still substeps, whether it sleeps through this
  // substep, and whether it woke (dfsph-sleep.ts); how many are awake.
  std::vector<double> still_;
  std::vector<uint8_t> asleep_, wake_;
  int awake_ = 0;
};

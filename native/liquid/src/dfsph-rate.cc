// How many substeps a DFSPH step is divided into, as main/engine/liquids/dfsph-rate.ts has it (that
// file says why): the fastest particle's CFL bound, the fastest moving solid's, the fall bound, and
// none while all the water sleeps and no solid moves.
#include <cmath>

#include "pbf.h"

namespace {
// As dfsph-rate.ts.
constexpr double kCfl = 0.5;
constexpr double kSolidCfl = 0.25;
constexpr double kFallCfl = 0.2;
constexpr int kMaxSubsteps = 32;

// dfsph-rate.ts's particleSubsteps: the substeps a particle moving at `speed` needs over dt.
double particleSubsteps(double speed, double dt, double spacing, double gravity) {
  const double fall = std::ceil(dt / (kFallCfl * std::sqrt(spacing / gravity)));
  return jsMin(kMaxSubsteps, jsMax(jsMax(1, fall), std::ceil(((speed + gravity * dt) * dt) / (kCfl * spacing))));
}

// dfsph-rate.ts's substepsFor.
double substepsFor(const double* v, int n, double dt, double spacing, double gravity) {
  double fastest2 = 0;
  for (int i = 0; i < n; i++) fastest2 = jsMax(fastest2, v[3 * i] * v[3 * i] + v[3 * i + 1] * v[3 * i + 1] + v[3 * i + 2] * v[3 * i + 2]);
  return particleSubsteps(std::sqrt(fastest2), dt, spacing, gravity);
}

// dfsph-solids.ts's solidSpeed, over the moving solids (carried, as foundSolids lists them).
double solidSpeed(const std::vector<Collider>& colliders) {
  double fastest = 0;
  for (const Collider& c : colliders) {
    if (c.kind == Collider::kFloor || !moves(c.motion)) continue;
    const double* v = c.motion.v;
    const double* w = c.motion.w;
    const double rx = c.pose.t[0] - c.motion.com[0], ry = c.pose.t[1] - c.motion.com[1], rz = c.pose.t[2] - c.motion.com[2];
    fastest = jsMax(fastest, std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) + std::sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]) * std::sqrt(rx * rx + ry * ry + rz * rz));
  }
  return fastest;
}
}  // namespace

// dfsph-rate.ts's stepSubsteps.
int stepSubsteps(const double* v, const double* still, int n, double dt, double spacing, double gravity, const std::vector<Collider>& colliders) {
  const double solid = solidSpeed(colliders);
  if (solid == 0 && allAsleep(still, n)) return 0;
  return static_cast<int>(jsMin(kMaxSubsteps, jsMax(substepsFor(v, n, dt, spacing, gravity), std::ceil((solid * dt) / (kSolidCfl * spacing)))));
}

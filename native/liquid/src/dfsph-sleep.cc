// Still water sleeps, as main/engine/liquids/dfsph-sleep.ts has it (that file says how and why):
// which particles sleep through a substep and which wake, and after it, their counts of still
// substeps. Per particle in cell order; each reads only what the particles were before the pass,
// so the threads' share of the work never changes which sleep.
#include "pbf.h"

namespace {
// As dfsph-sleep.ts.
constexpr double kSleepSpeed = 0.02;
constexpr double kSleepAfter = 6;
constexpr double kWakeSpeed = 0.05;
constexpr double kSqueeze = 0.01;
}  // namespace

// dfsph-sleep.ts's allAsleep, over the counts in the caller's warm array.
bool allAsleep(const double* still, int n) {
  for (int i = 0; i < n; i++)
    if (still[i] < kSleepAfter) return false;
  return true;
}

// dfsph-sleep.ts's sleepers: after dfsphFactors, which sleep through this substep (asleep_); returns
// how many are awake.
int Fluid::markSleepers() {
  pool_.run(n_, [&](int begin, int end) {
    for (int i = begin; i < end; i++) asleep_[i] = still_[i] >= kSleepAfter ? 1 : 0;
  });
  const double wake2 = kWakeSpeed * kWakeSpeed;
  pool_.run(n_, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      wake_[i] = 0;
      if (!asleep_[i]) continue;
      bool wake = wallGradV_[i] != 0 || rho_[i] - target_[i] > kSqueeze;
      const int32_t* nb = &list_[static_cast<size_t>(i) * kMaxNeighbours];
      for (int k = 0; !wake && k < count_[i]; k++) {
        const double* vj = &v_[3 * static_cast<size_t>(nb[k])];
        wake = !asleep_[nb[k]] && vj[0] * vj[0] + vj[1] * vj[1] + vj[2] * vj[2] > wake2;
      }
      wake_[i] = wake ? 1 : 0;
    }
  });
  int awake = 0;
  for (int i = 0; i < n_; i++) {
    if (wake_[i]) {
      still_[i] = 0;
      asleep_[i] = 0;
    }
    awake += asleep_[i] ? 0 : 1;
  }
  return awake;
}

// dfsph-sleep.ts's settle: after the substep, each awake particle's count of still substeps (those
// still long enough stopped), and a sleeper a solid pushed woken.
void Fluid::settleSleepers(int begin, int end) {
  const double sleep2 = kSleepSpeed * kSleepSpeed;
  for (int i = begin; i < end; i++) {
    double* v = &v_[3 * i];
    const double s2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
    if (asleep_[i]) {
      if (s2 > 0) still_[i] = 0;
      continue;
    }
    const double count = s2 < sleep2 ? still_[i] + 1 : 0;
    still_[i] = count;
    if (count >= kSleepAfter) v[0] = v[1] = v[2] = 0;
  }
}

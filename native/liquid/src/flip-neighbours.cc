// neighbours.ts's NeighbourGrid.build in C++ (flip-solver.h), for the FLIP liquid's SPH densities
// (pbf.ts's densityRatios, relax.ts): every particle's neighbours within one cell width, listed in
// neighbours.ts's order (its 27 cells x then y then z from -1 to +1, each cell's particles by
// index, at most kMaxNeighbours), so the densities summed over them are the JavaScript's to the
// bit. The particles are sorted into runs, one a cell (by hash slot, then by cell within a slot,
// each run's particles in index order), and the lists are made a cell at a time on the pool: the
// 27 cells' runs are looked up once for all of a cell's particles (~8 at the pour's spacing), not
// once a particle, and a run's particles are read in a row, with no cell to compare (the listing
// took 25% of the 20k pour's step looked up particle by particle).
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "flip-solver.h"

namespace {
constexpr int kMaxNeighbours = 48;  // neighbours.ts's MAX_NEIGHBOURS
// A cell no finite position is in: a particle at NaN lists no neighbours and is listed by none
// (its distances compare false in the JavaScript).
constexpr int32_t kNowhere = INT32_MIN;

int32_t cellIndex(double c) { return std::isfinite(c) && std::fabs(c) < 2e9 ? static_cast<int32_t>(c) : kNowhere; }

uint32_t slotOf(int32_t ix, int32_t iy, int32_t iz, uint32_t mask) {
  uint32_t h = (static_cast<uint32_t>(ix) * 73856093u) ^ (static_cast<uint32_t>(iy) * 19349663u) ^ (static_cast<uint32_t>(iz) * 83492791u);
  h ^= h >> 16;
  h *= 0x45d9f3bu;
  return (h ^ (h >> 16)) & mask;
}

bool sameCell(const int32_t* a, const int32_t* b) { return a[0] == b[0] && a[1] == b[1] && a[2] == b[2]; }
bool cellBefore(const int32_t* a, const int32_t* b) { return a[0] != b[0] ? a[0] < b[0] : a[1] != b[1] ? a[1] < b[1] : a[2] < b[2]; }
}  // namespace

void FlipSolver::neighbours(const double* p, int n, double cellM, int32_t* list, int32_t* count) {
  uint32_t size = 64;
  while (size < 2u * static_cast<uint32_t>(n)) size *= 2;
  const uint32_t mask = size - 1;
  cell_.resize(3 * static_cast<size_t>(n));
  slot_.resize(n);
  order_.resize(n);
  // Slot `size` holds the particles in no cell (kNowhere): they are sorted last and never run.
  start_.assign(size + 2, 0);
  const double inv = 1 / cellM;
  for (int i = 0; i < n; i++) {
    int32_t* c = &cell_[3 * static_cast<size_t>(i)];
    for (int a = 0; a < 3; a++) c[a] = cellIndex(std::floor(p[3 * i + a] * inv));
    slot_[i] = c[0] == kNowhere || c[1] == kNowhere || c[2] == kNowhere ? size : slotOf(c[0], c[1], c[2], mask);
    start_[slot_[i] + 1]++;
  }
  for (uint32_t s = 0; s <= size; s++) start_[s + 1] += start_[s];
  fill_.assign(start_.begin(), start_.end() - 1);
  for (int i = 0; i < n; i++) order_[fill_[slot_[i]]++] = i;
  // Within a slot, the particles of each cell together (stably: each cell's by index), and the
  // runs of one cell each, by slot (slotRun_[s] is slot s's first run).
  runStart_.clear();
  runCell_.clear();
  slotRun_.assign(size + 1, 0);
  for (uint32_t s = 0; s < size; s++) {
    slotRun_[s] = static_cast<int>(runStart_.size());
    const int from = start_[s], to = start_[s + 1];
    if (from == to) continue;
    bool mixed = false;
    for (int q = from + 1; q < to && !mixed; q++) mixed = !sameCell(&cell_[3 * static_cast<size_t>(order_[q])], &cell_[3 * static_cast<size_t>(order_[from])]);
    if (mixed) std::stable_sort(order_.begin() + from, order_.begin() + to, [&](int a, int b) { return cellBefore(&cell_[3 * static_cast<size_t>(a)], &cell_[3 * static_cast<size_t>(b)]); });
    for (int q = from; q < to; q++) {
      const int32_t* c = &cell_[3 * static_cast<size_t>(order_[q])];
      if (q == from || !sameCell(c, &cell_[3 * static_cast<size_t>(order_[q - 1])])) {
        runStart_.push_back(q);
        runCell_.insert(runCell_.end(), c, c + 3);
      }
    }
  }
  slotRun_[size] = static_cast<int>(runStart_.size());
  const int runs = static_cast<int>(runStart_.size());
  runStart_.push_back(start_[size]);
  // The particles' places in run order, read in a row by the scans below.
  sortedP_.resize(3 * static_cast<size_t>(n));
  for (int q = 0; q < n; q++)
    for (int a = 0; a < 3; a++) sortedP_[3 * static_cast<size_t>(q) + a] = p[3 * order_[q] + a];
  for (int q = start_[size]; q < n; q++) count[order_[q]] = 0;
  const double r2 = cellM * cellM, reach = r2 * (1 + 1e-6);
  pool_.run(runs, [&](int begin, int end) {
    int from[27], to[27];
    for (int r = begin; r < end; r++) {
      const int32_t* own = &runCell_[3 * static_cast<size_t>(r)];
      // The 27 cells' runs (empty where a cell holds no particle), in neighbours.ts's order.
      int c = 0;
      for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) for (int dz = -1; dz <= 1; dz++, c++) {
        const int32_t want[3] = {own[0] + dx, own[1] + dy, own[2] + dz};
        const uint32_t s = slotOf(want[0], want[1], want[2], mask);
        from[c] = to[c] = 0;
        for (int run = slotRun_[s]; run < slotRun_[s + 1]; run++)
          if (sameCell(&runCell_[3 * static_cast<size_t>(run)], want)) { from[c] = runStart_[run]; to[c] = runStart_[run + 1]; break; }
      }
      for (int qi = runStart_[r]; qi < runStart_[r + 1]; qi++) {
        const int i = order_[qi];
        const double* pi = &sortedP_[3 * static_cast<size_t>(qi)];
        const double px = pi[0], py = pi[1], pz = pi[2];
        // Listed into `found` (one spare place) without a branch on the distance: a pair is as
        // often in reach as not, and the mispredicted branch cost more than the comparison.
        int32_t found[kMaxNeighbours + 1];
        int k = 0;
        // How far the particle is from its cell's lower and upper faces (squared, none below 0):
        // a cell across an edge or a corner whose nearest point is beyond the radius (by a margin
        // far above the rounding) holds no neighbour, and is not scanned (a quarter of the 27
        // cells' particles, at no change to the lists).
        double below[3], above[3];
        const double at[3] = {px, py, pz};
        for (int a = 0; a < 3; a++) {
          const double lo = own[a] * cellM, d0 = at[a] - lo, d1 = lo + cellM - at[a];
          below[a] = d0 > 0 ? d0 * d0 : 0;
          above[a] = d1 > 0 ? d1 * d1 : 0;
        }
        c = 0;
        for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) for (int dz = -1; dz <= 1; dz++, c++) {
          if (from[c] == to[c]) continue;
          const double gap = (dx < 0 ? below[0] : dx > 0 ? above[0] : 0) + (dy < 0 ? below[1] : dy > 0 ? above[1] : 0) + (dz < 0 ? below[2] : dz > 0 ? above[2] : 0);
          if (gap > reach) continue;
          for (int q = from[c]; q < to[c] && k < kMaxNeighbours; q++) {
            if (q == qi) continue;
            const double* pj = &sortedP_[3 * static_cast<size_t>(q)];
            const double ex = pj[0] - px, ey = pj[1] - py, ez = pj[2] - pz;
            found[k] = order_[q];
            k += ex * ex + ey * ey + ez * ez < r2 ? 1 : 0;
          }
        }
        std::copy(found, found + k, list + static_cast<size_t>(i) * kMaxNeighbours);
        count[i] = k;
      }
    }
  });
}

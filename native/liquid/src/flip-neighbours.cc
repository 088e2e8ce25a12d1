// neighbours.ts's NeighbourGrid.build in C++ (flip-solver.h), for the FLIP liquid's SPH densities
// (pbf.ts's densityRatios, relax.ts): every particle's neighbours within one cell width, listed in
// neighbours.ts's order (its 27 cells x then y then z from -1 to +1, each cell's particles by
// index, at most kMaxNeighbours), so the densities summed over them are the JavaScript's to the
// bit. The cells are bucketed in a hash table of its own (a bucket's particles stay in index order,
// and only those really in the cell count, so the table's size changes nothing); the particles'
// lists are made on the pool, each one's its own.
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
}  // namespace

void FlipSolver::neighbours(const double* p, int n, double cellM, int32_t* list, int32_t* count) {
  uint32_t size = 64;
  while (size < 2u * static_cast<uint32_t>(n)) size *= 2;
  const uint32_t mask = size - 1;
  cell_.resize(3 * static_cast<size_t>(n));
  slot_.resize(n);
  order_.resize(n);
  start_.assign(size + 1, 0);
  const double inv = 1 / cellM;
  for (int i = 0; i < n; i++) {
    int32_t* c = &cell_[3 * static_cast<size_t>(i)];
    for (int a = 0; a < 3; a++) c[a] = cellIndex(std::floor(p[3 * i + a] * inv));
    slot_[i] = slotOf(c[0], c[1], c[2], mask);
    start_[slot_[i] + 1]++;
  }
  for (uint32_t s = 0; s < size; s++) start_[s + 1] += start_[s];
  fill_.assign(start_.begin(), start_.end() - 1);
  for (int i = 0; i < n; i++) order_[fill_[slot_[i]]++] = i;
  // Each listed particle's cell and place copied into slot order, so a slot's scan reads memory in
  // a row instead of jumping to each particle's own (the listing took 3.5x relax's CPU so: 14 ms
  // for the 20k pour's 15k particles). The same numbers are compared, so the same lists.
  sortedCell_.resize(3 * static_cast<size_t>(n));
  sortedP_.resize(3 * static_cast<size_t>(n));
  for (int q = 0; q < n; q++) {
    const int j = order_[q];
    for (int a = 0; a < 3; a++) {
      sortedCell_[3 * static_cast<size_t>(q) + a] = cell_[3 * static_cast<size_t>(j) + a];
      sortedP_[3 * static_cast<size_t>(q) + a] = p[3 * j + a];
    }
  }
  const double r2 = cellM * cellM;
  pool_.run(n, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      const double px = p[3 * i], py = p[3 * i + 1], pz = p[3 * i + 2];
      const int32_t* own = &cell_[3 * static_cast<size_t>(i)];
      int k = 0;
      int32_t* out = list + static_cast<size_t>(i) * kMaxNeighbours;
      if (own[0] != kNowhere && own[1] != kNowhere && own[2] != kNowhere)
        for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) for (int dz = -1; dz <= 1; dz++) {
          const int32_t cx = own[0] + dx, cy = own[1] + dy, cz = own[2] + dz;
          const uint32_t s = slotOf(cx, cy, cz, mask);
          for (int q = start_[s]; q < start_[s + 1] && k < kMaxNeighbours; q++) {
            const int32_t* cj = &sortedCell_[3 * static_cast<size_t>(q)];
            if (cj[0] != cx || cj[1] != cy || cj[2] != cz) continue;
            const int j = order_[q];
            if (j == i) continue;
            const double* pj = &sortedP_[3 * static_cast<size_t>(q)];
            const double ex = pj[0] - px, ey = pj[1] - py, ez = pj[2] - pz;
            if (ex * ex + ey * ey + ez * ez < r2) out[k++] = j;
          }
        }
      count[i] = k;
    }
  });
}

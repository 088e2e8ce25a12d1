// transfer.ts's extrapolate in C++ (flip-solver.h): the faces outside the liquid filled from their
// known neighbours, `layers` deep, over the faces of the cells within one of a liquid cell (listed
// once per marking of the cells, as transfer.ts's nearFaces keeps them); each face's mean summed in
// the JavaScript's order, so the same numbers. On the calling thread: it is ~0.14 ms a substep for
// 15k particles, less than waking a thread costs on a busy machine (on the pool, at load 15 on two
// cores, the 20k pour's extrapolations waited 2.5 s for it, against 0.25 s of work).
#include <algorithm>
#include <array>

#include "flip-solver.h"

// The faces of axis a on the cells within one of a liquid cell, each once.
void FlipSolver::nearFaces(const CellGrid& cells, const FaceLattice& f, int a, std::vector<int>& list) {
  std::vector<uint8_t>& stamp = stamp_[a];
  stamp.assign(static_cast<size_t>(f.sx) * f.sy * f.sz, 0);
  list.clear();
  const int up = a == 0 ? 1 : a == 1 ? f.sx : f.sx * f.sy;
  for (int l = 0; l < cells.liquidCount; l++) {
    const int c = cells.liquid[l];
    const int i = c % cells.nx, j = (c / cells.nx) % cells.ny, k = c / (cells.nx * cells.ny);
    for (int kk = std::max(0, k - 1); kk <= std::min(cells.nz - 1, k + 1); kk++)
      for (int jj = std::max(0, j - 1); jj <= std::min(cells.ny - 1, j + 1); jj++)
        for (int ii = std::max(0, i - 1); ii <= std::min(cells.nx - 1, i + 1); ii++) {
          const int q = ii + f.sx * (jj + f.sy * kk);
          if (!stamp[q]) { stamp[q] = 1; list.push_back(q); }
          if (!stamp[q + up]) { stamp[q + up] = 1; list.push_back(q + up); }
        }
  }
}

void FlipSolver::extrapolate(const CellGrid& cells, FaceLattice* lattices, int layers, bool fromLiquid) {
  // The near faces are kept while the cells' marking, the grid's size and the liquid cells (the
  // same cells in the same order, compared whole: two different sets could share any sum of them)
  // stay the same, so a list made for another grid is never used on this one.
  const std::array<double, 4> key = {cells.marked, static_cast<double>(cells.nx), static_cast<double>(cells.ny), static_cast<double>(cells.nz)};
  const bool same = key == nearKey_ && static_cast<int>(nearCells_.size()) == cells.liquidCount &&
                    std::equal(nearCells_.begin(), nearCells_.end(), cells.liquid);
  if (!same) {
    nearKey_ = key;
    nearCells_.assign(cells.liquid, cells.liquid + cells.liquidCount);
  }
  for (int a = 0; a < 3; a++) {
    FaceLattice& f = lattices[a];
    const int count = f.sx * f.sy * f.sz;
    std::vector<int>& near = near_[a];
    if (!same || !nearMade_[a]) {
      nearFaces(cells, f, a, near);
      nearMade_[a] = true;
    }
    std::vector<uint8_t>& known = known_[a];
    if (static_cast<int>(known.size()) < count) known.assign(count, 0);
    for (const int q : near) known[q] = fromLiquid ? 0 : (f.weight[q] > 0 ? 1 : 0);
    const int steps[3] = {1, f.sx, f.sx * f.sy};
    if (fromLiquid)
      for (int l = 0; l < cells.liquidCount; l++) {
        const int c = cells.liquid[l];
        const int i = c % cells.nx, j = (c / cells.nx) % cells.ny, k = c / (cells.nx * cells.ny);
        const int q = i + f.sx * (j + f.sy * k);
        known[q] = 1;
        known[q + steps[a]] = 1;
      }
    std::vector<int>& fresh = fresh_[a];
    for (int layer = 0; layer < layers; layer++) {
      fresh.clear();
      for (const int q : near) {
        if (known[q]) continue;
        double sum = 0;
        int k = 0;
        for (const int s : steps) {
          if (q - s >= 0 && known[q - s] == 1) { sum += f.vel[q - s]; k++; }
          if (q + s < count && known[q + s] == 1) { sum += f.vel[q + s]; k++; }
        }
        if (k > 0) { f.vel[q] = sum / k; fresh.push_back(q); }
      }
      for (const int q : fresh) known[q] = 1;
    }
    // Every face marked is a near one: cleared for the next call.
    for (const int q : near) known[q] = 0;
  }
}

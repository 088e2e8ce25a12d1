// The liquid's neighbour search (pbf.h's Fluid, as main/engine/liquids/neighbours.ts does it):
// the particles sorted by the kernel-wide grid cell they are in, then each particle's neighbours
// listed once a step, in the order neighbours.ts lists them, so both solvers sum in the same order.
#include <algorithm>
#include <cmath>

#include "pbf.h"

namespace {
// listNeighbours' margin on a cell's bounds, in kernel radii.
constexpr double kCellMargin = 1e-7;

uint32_t hashCell(int32_t ix, int32_t iy, int32_t iz) {
  return (static_cast<uint32_t>(ix) * 73856093u) ^ (static_cast<uint32_t>(iy) * 19349663u) ^ (static_cast<uint32_t>(iz) * 83492791u);
}
}  // namespace

// Counting sort of the particles by their cell's hash bucket (stable, so the order is the same
// every run); a bucket that two cells share is then grouped by cell, keeping each cell's particles
// in their original order, so that every cell is one run of the sorted particles.
void Fluid::sortByCell(const double* p) {
  const double inv = 1 / h_;
  std::fill(bucketStart_.begin(), bucketStart_.end(), 0);
  for (int i = 0; i < n_; i++) {
    int32_t* c = &cellOf_[3 * i];
    for (int a = 0; a < 3; a++) c[a] = static_cast<int32_t>(std::floor(p[3 * i + a] * inv));
    const int32_t b = static_cast<int32_t>(hashCell(c[0], c[1], c[2]) % static_cast<uint32_t>(tableSize_));
    bucketOf_[i] = b;
    bucketStart_[b + 1]++;
  }
  for (int b = 0; b < tableSize_; b++) bucketStart_[b + 1] += bucketStart_[b];
  std::copy(bucketStart_.begin(), bucketStart_.begin() + tableSize_, cursor_.begin());
  for (int i = 0; i < n_; i++) order_[cursor_[bucketOf_[i]]++] = i;
  const auto cellLess = [&](int32_t a, int32_t b) {
    const int32_t *ca = &cellOf_[3 * a], *cb = &cellOf_[3 * b];
    return ca[0] != cb[0] ? ca[0] < cb[0] : ca[1] != cb[1] ? ca[1] < cb[1] : ca[2] < cb[2];
  };
  for (int b = 0; b < tableSize_; b++) {
    const int s = bucketStart_[b], e = bucketStart_[b + 1];
    bool mixed = false;
    for (int k = s + 1; k < e && !mixed; k++) mixed = cellLess(order_[s], order_[k]) || cellLess(order_[k], order_[s]);
    if (mixed) std::stable_sort(order_.begin() + s, order_.begin() + e, cellLess);
  }
}

// The run of sorted particles in cell (cx, cy, cz): [*from, *to), empty when none.
void Fluid::cellRange(int32_t cx, int32_t cy, int32_t cz, int* from, int* to) const {
  const uint32_t b = hashCell(cx, cy, cz) % static_cast<uint32_t>(tableSize_);
  const int e = bucketStart_[b + 1];
  int s = bucketStart_[b];
  const auto inCell = [&](int k) { return cell_[3 * k] == cx && cell_[3 * k + 1] == cy && cell_[3 * k + 2] == cz; };
  while (s < e && !inCell(s)) s++;
  int t = s;
  while (t < e && inCell(t)) t++;
  *from = s;
  *to = t;
}

// Each particle's neighbours within h (itself excluded), at most kMaxNeighbours, in cell order:
// the 27 cells about it, each in its particles' original order (as neighbours.ts lists them). The
// cells' runs are looked up once for all the particles of a cell.
void Fluid::listNeighbours(int begin, int end) {
  int from[27], to[27];
  int32_t cx = 0, cy = 0, cz = 0;
  bool known = false;
  for (int i = begin; i < end; i++) {
    const int32_t* c = &cell_[3 * i];
    if (!known || c[0] != cx || c[1] != cy || c[2] != cz) {
      cx = c[0];
      cy = c[1];
      cz = c[2];
      int m = 0;
      for (int dx = -1; dx <= 1; dx++)
        for (int dy = -1; dy <= 1; dy++)
          for (int dz = -1; dz <= 1; dz++, m++) cellRange(cx + dx, cy + dy, cz + dz, &from[m], &to[m]);
      known = true;
    }
    const double px = p_[3 * i], py = p_[3 * i + 1], pz = p_[3 * i + 2];
    // How far the particle is from its cell's faces (squared, per axis: the cell below, its own,
    // the cell above), less a margin far beyond the rounding of the cell's bounds: a cell whose
    // nearest point is h or more away holds no neighbour and is passed over (about half the
    // corner cells and a fifth of the edge cells).
    double gap[3][3];
    for (int a = 0; a < 3; a++) {
      const double lo = p_[3 * i + a] - c[a] * h_ - kCellMargin * h_, hi = (c[a] + 1) * h_ - p_[3 * i + a] - kCellMargin * h_;
      gap[a][0] = lo > 0 ? lo * lo : 0;
      gap[a][1] = 0;
      gap[a][2] = hi > 0 ? hi * hi : 0;
    }
    int32_t* out = &list_[static_cast<size_t>(i) * kMaxNeighbours];
    int k = 0;
    // Every candidate is written and kept only if near (no branch on the test: a sixth or so of
    // the 27 cells' particles are within h, too few for the CPU to guess which).
    for (int m = 0; m < 27; m++) {
      if (gap[0][m / 9] + gap[1][(m / 3) % 3] + gap[2][m % 3] >= h2_) continue;
      for (int s = from[m]; s < to[m] && k < kMaxNeighbours; s++) {
        const double ex = p_[3 * s] - px, ey = p_[3 * s + 1] - py, ez = p_[3 * s + 2] - pz;
        out[k] = s;
        k += static_cast<int>((ex * ex + ey * ey + ez * ez < h2_) & (s != i));
      }
    }
    count_[i] = k;
  }
}

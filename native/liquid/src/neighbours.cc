// The liquid's neighbour search (pbf.h's Fluid, as main/engine/liquids/neighbours.ts does it):
// the particles sorted by the kernel-wide grid cell they are in, then each particle's neighbours
// listed once a step, in the order neighbours.ts lists them, so both solvers sum in the same order.
#include <algorithm>
#include <climits>
#include <cmath>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include "pbf.h"

namespace {
// listNeighbours' margin on a cell's bounds, in kernel radii.
constexpr double kCellMargin = 1e-7;
// The radix sort's digit.
constexpr int kDigitBits = 11;

uint32_t hashCell(int32_t ix, int32_t iy, int32_t iz) {
  uint32_t h = (static_cast<uint32_t>(ix) * 73856093u) ^ (static_cast<uint32_t>(iy) * 19349663u) ^ (static_cast<uint32_t>(iz) * 83492791u);
  // Mixed, so that the low bits the table's mask keeps depend on every bit.
  h ^= h >> 16;
  h *= 0x45d9f3bu;
  return h ^ (h >> 16);
}

// A 21-bit number's bits two apart (bit b to bit 3b): three of them interleaved make a Morton key.
uint64_t spread(uint64_t v) {
  v &= 0x1fffff;
  v = (v | (v << 32)) & 0x1f00000000ffffull;
  v = (v | (v << 16)) & 0x1f0000ff0000ffull;
  v = (v | (v << 8)) & 0x100f00f00f00f00full;
  v = (v | (v << 4)) & 0x10c30c30c30c30c3ull;
  v = (v | (v << 2)) & 0x1249249249249249ull;
  return v;
}

int bitsFor(uint32_t range) {
  int b = 0;
  while (b < 32 && (range >> b) != 0) b++;
  return b;
}
}  // namespace

// The particles sorted by cell, the cells in Morton (Z) order, each cell's particles in their
// original order: a particle's 27 cells then lie near each other in memory, where sorting by a hash
// bucket scattered them over all the particles (each pass over the neighbours waited on memory;
// Z order misses the first-level cache 7% less often than x-then-y-then-z order). The neighbours
// are listed in the same order either way, so no number changes. A radix sort of the cells' keys
// (stable from the original order); a scene too wide to key (never one on a table) is sorted by
// comparing the cells.
void Fluid::sortByCell(const double* p) {
  const double inv = 1 / h_;
  int32_t lo[3] = {INT32_MAX, INT32_MAX, INT32_MAX}, hi[3] = {INT32_MIN, INT32_MIN, INT32_MIN};
  for (int i = 0; i < n_; i++) {
    int32_t* c = &cellOf_[3 * i];
    for (int a = 0; a < 3; a++) {
      c[a] = static_cast<int32_t>(std::floor(p[3 * i + a] * inv));
      lo[a] = std::min(lo[a], c[a]);
      hi[a] = std::max(hi[a], c[a]);
    }
  }
  int bits[3];
  for (int a = 0; a < 3; a++) bits[a] = bitsFor(static_cast<uint32_t>(static_cast<int64_t>(hi[a]) - lo[a]));
  for (int i = 0; i < n_; i++) order_[i] = i;
  const int widest = std::max(bits[0], std::max(bits[1], bits[2]));
  if (widest <= 21) {
    for (int i = 0; i < n_; i++) {
      const int32_t* c = &cellOf_[3 * i];
      uint64_t key = 0;
      for (int a = 0; a < 3; a++) key |= spread(static_cast<uint64_t>(static_cast<int64_t>(c[a]) - lo[a])) << (2 - a);
      key_[i] = key;
    }
    const uint64_t mask = (1u << kDigitBits) - 1;
    for (int shift = 0; shift < 3 * widest; shift += kDigitBits) {
      digitStart_.assign((size_t{1} << kDigitBits) + 1, 0);
      for (int k = 0; k < n_; k++) digitStart_[((key_[order_[k]] >> shift) & mask) + 1]++;
      for (size_t d = 1; d < digitStart_.size(); d++) digitStart_[d] += digitStart_[d - 1];
      for (int k = 0; k < n_; k++) sortTmp_[digitStart_[(key_[order_[k]] >> shift) & mask]++] = order_[k];
      order_.swap(sortTmp_);
    }
  } else {
    std::stable_sort(order_.begin(), order_.end(), [&](int32_t a, int32_t b) {
      const int32_t *ca = &cellOf_[3 * a], *cb = &cellOf_[3 * b];
      return ca[0] != cb[0] ? ca[0] < cb[0] : ca[1] != cb[1] ? ca[1] < cb[1] : ca[2] < cb[2];
    });
  }
  indexRuns();
}

// Each cell's run of sorted particles, by the cell's hash (open addressing, linear probing).
void Fluid::indexRuns() {
  std::fill(runStart_.begin(), runStart_.end(), -1);
  const uint32_t mask = static_cast<uint32_t>(runStart_.size()) - 1;
  for (int s = 0; s < n_;) {
    const int32_t* c = &cellOf_[3 * order_[s]];
    int t = s + 1;
    while (t < n_) {
      const int32_t* d = &cellOf_[3 * order_[t]];
      if (d[0] != c[0] || d[1] != c[1] || d[2] != c[2]) break;
      t++;
    }
    uint32_t slot = hashCell(c[0], c[1], c[2]) & mask;
    while (runStart_[slot] >= 0) slot = (slot + 1) & mask;
    runStart_[slot] = s;
    runEnd_[slot] = t;
    s = t;
  }
}

// The run of sorted particles in cell (cx, cy, cz): [*from, *to), empty when none.
void Fluid::cellRange(int32_t cx, int32_t cy, int32_t cz, int* from, int* to) const {
  const uint32_t mask = static_cast<uint32_t>(runStart_.size()) - 1;
  for (uint32_t slot = hashCell(cx, cy, cz) & mask; runStart_[slot] >= 0; slot = (slot + 1) & mask) {
    const int s = runStart_[slot];
    if (cell_[3 * s] == cx && cell_[3 * s + 1] == cy && cell_[3 * s + 2] == cz) {
      *from = s;
      *to = runEnd_[slot];
      return;
    }
  }
  *from = *to = 0;
}

// A cell's candidates: the particles of the 27 cells about it, cell after cell (cell m's from
// seg[m] to seg[m + 1]), their sorted indices and positions axis by axis, so that four are tested
// at a time; with room for four more, so a test of four may read past the last (lanes it drops).
struct Fluid::Candidates {
  std::vector<int32_t> s;
  std::vector<double> x, y, z;
  int seg[28];
};

namespace {
constexpr int kMax = Fluid::kMaxNeighbours;

// Keeps candidates q to qe of c within h of pi, other than particle i itself, in their order,
// into out from k, until out holds kMax; returns how many it holds. Every candidate is written and
// kept only if near (no branch on the test: a sixth or so of the 27 cells' particles are within h,
// too few for the CPU to guess which).
int keepNear(const Fluid::Candidates& c, int q, int qe, int i, const double* pi, double h2, int32_t* out, int k) {
  for (; q < qe && k < kMax; q++) {
    const double ex = c.x[q] - pi[0], ey = c.y[q] - pi[1], ez = c.z[q] - pi[2];
    out[k] = c.s[q];
    k += static_cast<int>((ex * ex + ey * ey + ez * ez < h2) & (c.s[q] != i));
  }
  return k;
}

#if defined(__GNUC__) && defined(__x86_64__)
// The same over runs of candidates, four at a time where the CPU has AVX2 (the same IEEE
// operations in the same order, so the same list): the near ones' indices packed by a byte
// shuffle, while four more still fit (then one at a time, to the last that fits).
struct PackTable {
  alignas(16) uint8_t b[16][16];
  PackTable() {
    for (int bits = 0; bits < 16; bits++) {
      int at = 0;
      for (int lane = 0; lane < 4; lane++)
        if (bits & (1 << lane))
          for (int byte = 0; byte < 4; byte++) b[bits][at++] = static_cast<uint8_t>(4 * lane + byte);
      while (at < 16) b[bits][at++] = 0x80;
    }
  }
};
const PackTable kPack;

__attribute__((target("avx2,popcnt"))) int keepNearAvx2(const Fluid::Candidates& c, const int* ranges, int count, int i, const double* pi, double h2, int32_t* out) {
  const __m256d px = _mm256_set1_pd(pi[0]), py = _mm256_set1_pd(pi[1]), pz = _mm256_set1_pd(pi[2]), reach = _mm256_set1_pd(h2);
  const __m128i self = _mm_set1_epi32(i);
  int k = 0;
  for (int r = 0; r < count; r++) {
    int q = ranges[2 * r];
    const int qe = ranges[2 * r + 1];
    for (; q < qe && k <= kMax - 4; q += 4) {
      const __m256d ex = _mm256_sub_pd(_mm256_loadu_pd(&c.x[q]), px);
      const __m256d ey = _mm256_sub_pd(_mm256_loadu_pd(&c.y[q]), py);
      const __m256d ez = _mm256_sub_pd(_mm256_loadu_pd(&c.z[q]), pz);
      const __m256d r2 = _mm256_add_pd(_mm256_add_pd(_mm256_mul_pd(ex, ex), _mm256_mul_pd(ey, ey)), _mm256_mul_pd(ez, ez));
      const __m128i index = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&c.s[q]));
      int bits = _mm256_movemask_pd(_mm256_cmp_pd(r2, reach, _CMP_LT_OQ)) & ~_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(index, self)));
      if (qe - q < 4) bits &= (1 << (qe - q)) - 1;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k), _mm_shuffle_epi8(index, _mm_load_si128(reinterpret_cast<const __m128i*>(kPack.b[bits]))));
      k += __builtin_popcount(bits);
    }
    k = keepNear(c, q, qe, i, pi, h2, out, k);
  }
  return k;
}
const bool kAvx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
}();
#endif
}  // namespace

// The candidates about cell (cx, cy, cz), into c.
void Fluid::gatherCandidates(int32_t cx, int32_t cy, int32_t cz, Candidates& c) const {
  int from[27], to[27], total = 0, m = 0;
  for (int dx = -1; dx <= 1; dx++)
    for (int dy = -1; dy <= 1; dy++)
      for (int dz = -1; dz <= 1; dz++, m++) {
        cellRange(cx + dx, cy + dy, cz + dz, &from[m], &to[m]);
        total += to[m] - from[m];
      }
  if (c.s.size() < static_cast<size_t>(total) + 4) {
    for (auto* a : {&c.x, &c.y, &c.z}) a->resize(2 * static_cast<size_t>(total) + 4);
    c.s.resize(2 * static_cast<size_t>(total) + 4);
  }
  int q = 0;
  for (m = 0; m < 27; m++) {
    c.seg[m] = q;
    for (int s = from[m]; s < to[m]; s++, q++) {
      c.s[q] = s;
      c.x[q] = p_[3 * s];
      c.y[q] = p_[3 * s + 1];
      c.z[q] = p_[3 * s + 2];
    }
  }
  c.seg[27] = q;
  for (int pad = q; pad < q + 4; pad++) {
    c.s[pad] = -1;
    c.x[pad] = c.y[pad] = c.z[pad] = 0;
  }
}

// Each particle's neighbours within h (itself excluded), at most kMaxNeighbours, in cell order:
// the 27 cells about it, each in its particles' original order (as neighbours.ts lists them). The
// cells' candidates are gathered once for all the particles of a cell.
void Fluid::listNeighbours(int begin, int end) {
  Candidates c;
  int32_t cx = 0, cy = 0, cz = 0;
  bool known = false;
  for (int i = begin; i < end; i++) {
    const int32_t* cell = &cell_[3 * i];
    if (!known || cell[0] != cx || cell[1] != cy || cell[2] != cz) {
      cx = cell[0];
      cy = cell[1];
      cz = cell[2];
      gatherCandidates(cx, cy, cz, c);
      known = true;
    }
    const double* pi = &p_[3 * i];
    // How far the particle is from its cell's faces (squared, per axis: the cell below, its own,
    // the cell above), less a margin far beyond the rounding of the cell's bounds: a cell whose
    // nearest point is h or more away holds no neighbour and is passed over (about half the
    // corner cells and a fifth of the edge cells).
    double gap[3][3];
    for (int a = 0; a < 3; a++) {
      const double lo = pi[a] - cell[a] * h_ - kCellMargin * h_, hi = (cell[a] + 1) * h_ - pi[a] - kCellMargin * h_;
      gap[a][0] = lo > 0 ? lo * lo : 0;
      gap[a][1] = 0;
      gap[a][2] = hi > 0 ? hi * hi : 0;
    }
    // The cells not passed over, as runs of candidates (neighbouring cells' runs joined).
    int ranges[54], count = 0;
    for (int m = 0; m < 27; m++) {
      if (gap[0][m / 9] + gap[1][(m / 3) % 3] + gap[2][m % 3] >= h2_ || c.seg[m] == c.seg[m + 1]) continue;
      if (count > 0 && ranges[2 * count - 1] == c.seg[m]) {
        ranges[2 * count - 1] = c.seg[m + 1];
      } else {
        ranges[2 * count] = c.seg[m];
        ranges[2 * count + 1] = c.seg[m + 1];
        count++;
      }
    }
    int32_t* out = &list_[static_cast<size_t>(i) * kMaxNeighbours];
    int k = 0;
#if defined(__GNUC__) && defined(__x86_64__)
    if (kAvx2) k = keepNearAvx2(c, ranges, count, i, pi, h2_, out);
    else
#endif
      for (int r = 0; r < count; r++) k = keepNear(c, ranges[2 * r], ranges[2 * r + 1], i, pi, h2_, out, k);
    count_[i] = k;
  }
}

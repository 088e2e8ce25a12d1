// Tone mapping, FXAA and grain: line for line the passes in main/engine/frames/post/ (tonemap.ts,
// antialias.ts), in double precision where JavaScript computes in doubles and float where it stores
// into Float32Arrays, so both give the same bytes.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#if defined(__AVX2__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "numbers.h"
#include "passes.h"

namespace {

inline double lut(const float* table, int size, double x) {
  if (!(x > 0)) return 0;
  if (x >= size) return 255;
  return table[static_cast<int>(x)];
}

// The same as v <= 0 ? 0 : v >= 255 ? 255 : (int)(v + 0.5), with min/max instead of branches
// (0 and 255 round to themselves).
inline uint8_t clampByte(double v) {
  const double low = v < 0 ? 0 : v;
  return static_cast<uint8_t>(static_cast<int>((low > 255 ? 255 : low) + 0.5));
}

// The table's entries already rounded to bytes, as toneMap rounds each lookup (the ends too: below
// the table 0, past it 255): one small table in cache instead of a float and a rounding per channel.
struct ByteTable {
  const float* source = nullptr;
  int size = 0;
  std::vector<uint8_t> bytes;
  const uint8_t* of(const float* table, int lutSize) {
    if (source != table || size != lutSize) {
      bytes.resize(static_cast<size_t>(lutSize));
      for (int i = 0; i < lutSize; i++) bytes[i] = static_cast<uint8_t>(static_cast<int>(static_cast<double>(table[i]) + 0.5));
      source = table;
      size = lutSize;
    }
    return bytes.data();
  }
};
thread_local ByteTable byteTable;

// Each byte's share of luma (antialias.ts: r * 0.299 + g * 0.587 + b * 0.114), the same doubles the
// products give, looked up instead of converted and multiplied for every pixel.
struct LumaTable {
  double r[256], g[256], b[256];
  LumaTable() {
    for (int v = 0; v < 256; v++) { r[v] = v * 0.299; g[v] = v * 0.587; b[v] = v * 0.114; }
  }
};
const LumaTable lumaOf;

inline uint32_t byteOf(const uint8_t* bytes, int lutSize, double x) {
  if (!(x > 0)) return 0;
  if (x >= lutSize) return 255;
  return bytes[static_cast<int>(x)];
}

}  // namespace

void toneMap(const float* hdr, uint32_t* pixels, size_t n, double k, const float* table, int lutSize) {
  const uint8_t* bytes = byteTable.of(table, lutSize);
  for (size_t i = 0; i < n; i++) {
    const size_t o = i * 3;
    pixels[i] = 0xff000000u | (byteOf(bytes, lutSize, hdr[o + 2] * k) << 16) | (byteOf(bytes, lutSize, hdr[o + 1] * k) << 8) | byteOf(bytes, lutSize, hdr[o] * k);
  }
}

namespace {

// The blend of one edge pixel (antialias.ts, after the early contrast test); 0 when none.
double edgeOffset(const float* L, int W, int H, int x, int y, double range, bool& horizontalOut, int& acrossOffOut, const FxaaParams& p) {
  const int i = y * W + x;
  const double C = L[i], U = L[i - W], D = L[i + W], Le = L[i - 1], R = L[i + 1];
  const double UL = L[i - W - 1], UR = L[i - W + 1], DL = L[i + W - 1], DR = L[i + W + 1];
  const double downUp = D + U, leftRight = Le + R;
  const double leftCorners = DL + UL, downCorners = DL + DR, rightCorners = DR + UR, upCorners = UR + UL;
  const double edgeH = std::fabs(-2 * Le + leftCorners) + std::fabs(-2 * C + downUp) * 2 + std::fabs(-2 * R + rightCorners);
  const double edgeV = std::fabs(-2 * U + upCorners) + std::fabs(-2 * C + leftRight) * 2 + std::fabs(-2 * D + downCorners);
  const bool horizontal = edgeH >= edgeV;
  const double l1 = horizontal ? U : Le, l2 = horizontal ? D : R;
  const double g1 = l1 - C, g2 = l2 - C;
  const bool steep1 = std::fabs(g1) >= std::fabs(g2);
  const double gradScaled = 0.25 * maxOf(std::fabs(g1), std::fabs(g2));
  const int across = steep1 ? -1 : 1;
  const double localAvg = 0.5 * ((steep1 ? l1 : l2) + C);
  const int acrossOff = horizontal ? across * W : across;
  const int alongOff = horizontal ? 1 : W;
  const int alongMax = horizontal ? W - 1 - x : H - 1 - y;
  const int alongMin = horizontal ? -x : -y;
  int d1 = 0, d2 = 0;
  double end1 = 0, end2 = 0;
  bool done1 = false, done2 = false;
  for (int s = 0; s < p.stepCount && !(done1 && done2); s++) {
    const int step = static_cast<int>(p.steps[s]);
    if (!done1) {
      d1 = d1 + step < -alongMin ? d1 + step : -alongMin;
      const int j = i - d1 * alongOff;
      end1 = 0.5 * (static_cast<double>(L[j]) + static_cast<double>(L[j + acrossOff])) - localAvg;
      done1 = std::fabs(end1) >= gradScaled || d1 >= -alongMin;
    }
    if (!done2) {
      d2 = d2 + step < alongMax ? d2 + step : alongMax;
      const int j = i + d2 * alongOff;
      end2 = 0.5 * (static_cast<double>(L[j]) + static_cast<double>(L[j + acrossOff])) - localAvg;
      done2 = std::fabs(end2) >= gradScaled || d2 >= alongMax;
    }
  }
  const bool dir1 = d1 < d2;
  const int dist = d1 < d2 ? d1 : d2;
  const int thickness = d1 + d2;
  const double pixelOffset = thickness > 0 ? -static_cast<double>(dist) / thickness + 0.5 : 0;
  const bool centreSmaller = C < localAvg;
  const bool correct = ((dir1 ? end1 : end2) < 0) != centreSmaller;
  double offset = correct ? pixelOffset : 0;
  const double avg = (2 * (downUp + leftRight) + leftCorners + rightCorners) / 12;
  const double s1 = minOf(1, std::fabs(avg - C) / range);
  const double s2 = (-2 * s1 + 3) * s1 * s1;
  offset = maxOf(offset, s2 * s2 * p.subpixel);
  horizontalOut = horizontal;
  acrossOffOut = acrossOff;
  return offset;
}

}  // namespace

namespace {

// Whether each interior pixel of row y passes FXAA's contrast test (the local luma range against the
// thresholds), into edge[x]: antialias.ts's test in doubles on float min and max (both exact), four
// pixels at a time with SSE2 (every x86_64 has it). Most pixels of a frame stop here.
void contrastRow(const float* L, int W, int y, const FxaaParams& p, uint8_t* edge) {
  const float* C = L + static_cast<size_t>(y) * W;
  const float* U = C - W;
  const float* D = C + W;
  const double edgeMin = p.edgeMin, edgeMax = p.edgeMax;
  int x = 1;
#if defined(__SSE2__)
  const __m128d vMin = _mm_set1_pd(edgeMin), vMax = _mm_set1_pd(edgeMax);
  for (; x + 4 <= W - 1; x += 4) {
    const __m128 c = _mm_loadu_ps(C + x), u = _mm_loadu_ps(U + x), d = _mm_loadu_ps(D + x);
    const __m128 l = _mm_loadu_ps(C + x - 1), r = _mm_loadu_ps(C + x + 1);
    const __m128 hi = _mm_max_ps(_mm_max_ps(_mm_max_ps(c, u), _mm_max_ps(d, l)), r);
    const __m128 lo = _mm_min_ps(_mm_min_ps(_mm_min_ps(c, u), _mm_min_ps(d, l)), r);
    int bits = 0;
    for (int half = 0; half < 2; half++) {
      const __m128d h = _mm_cvtps_pd(half ? _mm_movehl_ps(hi, hi) : hi), o = _mm_cvtps_pd(half ? _mm_movehl_ps(lo, lo) : lo);
      const __m128d range = _mm_sub_pd(h, o);
      const __m128d limit = _mm_max_pd(_mm_mul_pd(h, vMax), vMin);
      // Not (range < limit): an edge candidate.
      bits |= (_mm_movemask_pd(_mm_cmpnlt_pd(range, limit)) & 3) << (2 * half);
    }
    edge[x] = bits & 1; edge[x + 1] = (bits >> 1) & 1; edge[x + 2] = (bits >> 2) & 1; edge[x + 3] = (bits >> 3) & 1;
  }
#endif
  for (; x < W - 1; x++) {
    const float c = C[x], u = U[x], d = D[x], l = C[x - 1], r = C[x + 1];
    const float hi = std::max(std::max(std::max(c, u), std::max(d, l)), r);
    const float lo = std::min(std::min(std::min(c, u), std::min(d, l)), r);
    const double range = static_cast<double>(hi) - static_cast<double>(lo);
    const double limit = static_cast<double>(hi) * edgeMax;
    edge[x] = !(range < (limit > edgeMin ? limit : edgeMin));
  }
}

// FXAA of the interior pixels of row y (1 <= y < H - 1) into out, which holds the row's copy of src.
void fxaaRow(const uint8_t* src, uint8_t* out, const float* L, int W, int H, int y, const FxaaParams& p, uint8_t* edge) {
  contrastRow(L, W, y, p, edge);
  for (int x = 1; x < W - 1; x++) {
    if (!edge[x]) continue;
    const int i = y * W + x;
    const double C = L[i], U = L[i - W], D = L[i + W], Le = L[i - 1], R = L[i + 1];
    const double range = maxOf(maxOf(maxOf(C, U), maxOf(D, Le)), R) - minOf(minOf(minOf(C, U), minOf(D, Le)), R);
    bool horizontal = false;
    int acrossOff = 0;
    const double offset = edgeOffset(L, W, H, x, y, range, horizontal, acrossOff, p);
    if (offset <= 0) continue;
    const size_t a = static_cast<size_t>(i) * 4, b = static_cast<size_t>(i + acrossOff) * 4;
    const double w = offset < 1 ? offset : 1;
    for (int c = 0; c < 3; c++) out[a + c] = static_cast<uint8_t>(static_cast<int>(src[a + c] + (src[b + c] - src[a + c]) * w + 0.5));
  }
}

inline uint8_t byteClamp(int v) { return static_cast<uint8_t>(v < 0 ? 0 : v > 255 ? 255 : v); }

// addGrain on one row. Its clampByte(c + n) per channel is clamp(c + floor(n + 0.5)) with the
// rounding done once per pixel: n is a float tile value times a float weight (exact in a double), so
// c + n + 0.5 is exact whenever |n| is large enough for the rounding to matter (the weights are
// at least 2^-2 there, leaving n under 42 significant bits), and both round to c when |n| < 0.5.
void grainRow(uint8_t* bytes, int W, int y, const GrainParams& g) {
  const int mask = (1 << g.bits) - 1;
  const int row = ((y + g.oy) & mask) << g.bits;
  uint8_t* p = bytes + static_cast<size_t>(y) * W * 4;
  int x = 0;
#if defined(__AVX2__)
  // The x86-64-v3 build (binding.gyp): eight pixels at a time, the same numbers. The luma index and
  // the tile and weight lookups are integer work and gathers; n is the same float times float in
  // doubles, floored after adding a half (exact: floor of an integral-range double); and
  // byteClamp(c + dn) on each colour byte is an unsigned saturating add of max(dn, 0) and subtract
  // of max(-dn, 0) (dn is -3..3), leaving alpha's byte alone.
  const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), byteMask = _mm256_set1_epi32(0xff), colour = _mm256_set1_epi32(0x010101);
  const __m256i vMask = _mm256_set1_epi32(mask), vRow = _mm256_set1_epi32(row), zero = _mm256_setzero_si256();
  const __m256d half = _mm256_set1_pd(0.5);
  for (; x + 8 <= W; x += 8, p += 32) {
    const __m256i px = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i r = _mm256_and_si256(px, byteMask), gg = _mm256_and_si256(_mm256_srli_epi32(px, 8), byteMask), b = _mm256_and_si256(_mm256_srli_epi32(px, 16), byteMask);
    const __m256i luma = _mm256_srli_epi32(_mm256_add_epi32(_mm256_add_epi32(_mm256_mullo_epi32(r, _mm256_set1_epi32(77)), _mm256_mullo_epi32(gg, _mm256_set1_epi32(150))), _mm256_mullo_epi32(b, _mm256_set1_epi32(29))), 8);
    const __m256 weight = _mm256_i32gather_ps(g.weight, luma, 4);
    const __m256i at = _mm256_or_si256(vRow, _mm256_and_si256(_mm256_add_epi32(_mm256_set1_epi32(x + g.ox), lane), vMask));
    const __m256 tile = _mm256_i32gather_ps(g.tile, at, 4);
    const __m256d lo = _mm256_floor_pd(_mm256_add_pd(_mm256_mul_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(tile)), _mm256_cvtps_pd(_mm256_castps256_ps128(weight))), half));
    const __m256d hi = _mm256_floor_pd(_mm256_add_pd(_mm256_mul_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(tile, 1)), _mm256_cvtps_pd(_mm256_extractf128_ps(weight, 1))), half));
    const __m256i dn = _mm256_set_m128i(_mm256_cvttpd_epi32(hi), _mm256_cvttpd_epi32(lo));
    const __m256i up = _mm256_mullo_epi32(_mm256_max_epi32(dn, zero), colour), down = _mm256_mullo_epi32(_mm256_max_epi32(_mm256_sub_epi32(zero, dn), zero), colour);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(p), _mm256_subs_epu8(_mm256_adds_epu8(px, up), down));
  }
#endif
  for (; x < W; x++, p += 4) {
    const int r = p[0], gg = p[1], b = p[2];
    const double n = static_cast<double>(g.tile[row | ((x + g.ox) & mask)]) * static_cast<double>(g.weight[(r * 77 + gg * 150 + b * 29) >> 8]);
    const double v = n + 0.5;  // |n| < 3: an int holds it
    const int t = static_cast<int>(v);
    const int dn = t - (t > v);
    p[0] = byteClamp(r + dn);
    p[1] = byteClamp(gg + dn);
    p[2] = byteClamp(b + dn);
  }
}

}  // namespace

void post(const float* hdr, double k, const float* lut, int lutSize, uint8_t* color, float* L, uint8_t* out, int W, int H,
          const FxaaParams* aa, const GrainParams* grain) {
  const size_t n = static_cast<size_t>(W) * H;
  if (!aa) toneMap(hdr, reinterpret_cast<uint32_t*>(color), n, k, lut, lutSize);
  else {
    // Tone mapping and luma in one trip (antialias.ts reads luma from the tone-mapped bytes).
    const uint8_t* bytes = byteTable.of(lut, lutSize);
    uint32_t* pixels = reinterpret_cast<uint32_t*>(color);
    for (size_t i = 0; i < n; i++) {
      const size_t o = i * 3;
      const uint32_t r = byteOf(bytes, lutSize, hdr[o] * k), g = byteOf(bytes, lutSize, hdr[o + 1] * k), b = byteOf(bytes, lutSize, hdr[o + 2] * k);
      pixels[i] = 0xff000000u | (b << 16) | (g << 8) | r;
      L[i] = static_cast<float>(lumaOf.r[r] + lumaOf.g[g] + lumaOf.b[b]);
    }
  }
  // Row by row: FXAA reads only color and luma, so each row of out is final (and grained) at once.
  const size_t row = static_cast<size_t>(W) * 4;
  std::vector<uint8_t> edge(static_cast<size_t>(W));
  for (int y = 0; y < H; y++) {
    std::memcpy(out + y * row, color + y * row, row);
    if (aa && y >= 1 && y < H - 1) fxaaRow(color, out, L, W, H, y, *aa, edge.data());
    if (grain) grainRow(out, W, y, *grain);
  }
}

// Tone mapping, FXAA and grain: line for line the passes in main/engine/frames/post/ (tonemap.ts,
// antialias.ts), in double precision where JavaScript computes in doubles and float where it stores
// into Float32Arrays, so both give the same bytes.
#include <cmath>
#include <cstring>
#include <vector>

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

inline float lumaOf(const uint8_t* v) { return static_cast<float>(v[0] * 0.299 + v[1] * 0.587 + v[2] * 0.114); }

// FXAA of the interior pixels of row y (1 <= y < H - 1) into out, which holds the row's copy of src.
void fxaaRow(const uint8_t* src, uint8_t* out, const float* L, int W, int H, int y, const FxaaParams& p) {
  {
    for (int x = 1; x < W - 1; x++) {
      const int i = y * W + x;
      const double C = L[i], U = L[i - W], D = L[i + W], Le = L[i - 1], R = L[i + 1];
      double max = C, min = C;
      if (U > max) max = U; else if (U < min) min = U;
      if (D > max) max = D; else if (D < min) min = D;
      if (Le > max) max = Le; else if (Le < min) min = Le;
      if (R > max) max = R; else if (R < min) min = R;
      const double range = max - min;
      if (range < maxOf(p.edgeMin, max * p.edgeMax)) continue;
      bool horizontal = false;
      int acrossOff = 0;
      const double offset = edgeOffset(L, W, H, x, y, range, horizontal, acrossOff, p);
      if (offset <= 0) continue;
      const size_t a = static_cast<size_t>(i) * 4, b = static_cast<size_t>(i + acrossOff) * 4;
      const double w = offset < 1 ? offset : 1;
      for (int c = 0; c < 3; c++) out[a + c] = static_cast<uint8_t>(static_cast<int>(src[a + c] + (src[b + c] - src[a + c]) * w + 0.5));
    }
  }
}

// addGrain on one row.
void grainRow(uint8_t* bytes, int W, int y, const GrainParams& g) {
  const int mask = (1 << g.bits) - 1;
  const int row = ((y + g.oy) & mask) << g.bits;
  for (int x = 0; x < W; x++) {
    uint8_t* p = bytes + static_cast<size_t>(y * W + x) * 4;
    const int r = p[0], gg = p[1], b = p[2];
    const double n = static_cast<double>(g.tile[row | ((x + g.ox) & mask)]) * static_cast<double>(g.weight[(r * 77 + gg * 150 + b * 29) >> 8]);
    p[0] = clampByte(r + n);
    p[1] = clampByte(gg + n);
    p[2] = clampByte(b + n);
  }
}

}  // namespace

void post(const float* hdr, double k, const float* lut, int lutSize, uint8_t* color, float* L, uint8_t* out, int W, int H,
          const FxaaParams* aa, const GrainParams* grain) {
  const size_t n = static_cast<size_t>(W) * H;
  toneMap(hdr, reinterpret_cast<uint32_t*>(color), n, k, lut, lutSize);
  if (aa) for (size_t i = 0; i < n; i++) L[i] = lumaOf(color + i * 4);
  // Row by row: FXAA reads only color and luma, so each row of out is final (and grained) at once.
  const size_t row = static_cast<size_t>(W) * 4;
  for (int y = 0; y < H; y++) {
    std::memcpy(out + y * row, color + y * row, row);
    if (aa && y >= 1 && y < H - 1) fxaaRow(color, out, L, W, H, y, *aa);
    if (grain) grainRow(out, W, y, *grain);
  }
}

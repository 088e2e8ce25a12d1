// RGBA frames to planar yuv420p for the encoder (main/engine/frames/post/yuv420p.ts is the reference
// and holds why): BT.601 coefficients in limited range, the conversion ffmpeg applied to our RGBA
// input before, in 16-bit fixed point; chroma from the mean of each 2x2 block (an odd last column or
// row averages the pixels it has). Integers only, so the JavaScript twin gives the same bytes.
#include <cstdint>

#include "passes.h"

namespace {

// Fixed-point coefficients x 65536 (yuv420p.ts RY..BV); each chroma row sums to zero.
constexpr int32_t RY = 16829, GY = 33039, BY = 6416;
constexpr int32_t RU = -9714, GU = -19070, BU = 28784;
constexpr int32_t RV = 28784, GV = -24103, BV = -4681;

inline uint8_t lumaOf(const uint8_t* p) {
  return static_cast<uint8_t>((RY * p[0] + GY * p[1] + BY * p[2] + (16 << 16) + (1 << 15)) >> 16);
}

// r, g, b: sums of `count` pixels (1, 2 or 4); the offset keeps every sum positive before the shift.
inline uint8_t chromaOf(int32_t cr, int32_t cg, int32_t cb, int32_t r, int32_t g, int32_t b, int count) {
  const int32_t scaled = (cr * r + cg * g + cb * b) * (4 / count);
  return static_cast<uint8_t>((scaled + (128 << 18) + (1 << 17)) >> 18);
}

}  // namespace

void rgbaToYuv420p(const uint8_t* rgba, int W, int H, uint8_t* out) {
  const int CW = (W + 1) / 2, CH = (H + 1) / 2;
  uint8_t* yPlane = out;
  uint8_t* uPlane = out + static_cast<size_t>(W) * H;
  uint8_t* vPlane = uPlane + static_cast<size_t>(CW) * CH;
  for (int y = 0; y < H; y++) {
    const uint8_t* row = rgba + static_cast<size_t>(y) * W * 4;
    uint8_t* dst = yPlane + static_cast<size_t>(y) * W;
    for (int x = 0; x < W; x++) dst[x] = lumaOf(row + x * 4);
  }
  for (int cy = 0; cy < CH; cy++) {
    const int y0 = cy * 2, rows = y0 + 1 < H ? 2 : 1;
    for (int cx = 0; cx < CW; cx++) {
      const int x0 = cx * 2, cols = x0 + 1 < W ? 2 : 1;
      int32_t r = 0, g = 0, b = 0;
      for (int dy = 0; dy < rows; dy++)
        for (int dx = 0; dx < cols; dx++) {
          const uint8_t* p = rgba + (static_cast<size_t>(y0 + dy) * W + x0 + dx) * 4;
          r += p[0];
          g += p[1];
          b += p[2];
        }
      const size_t at = static_cast<size_t>(cy) * CW + cx;
      uPlane[at] = chromaOf(RU, GU, BU, r, g, b, rows * cols);
      vPlane[at] = chromaOf(RV, GV, BV, r, g, b, rows * cols);
    }
  }
}

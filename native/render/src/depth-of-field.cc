// Depth of field: line for line main/engine/frames/post/depth-of-field.ts (circles of confusion, a
// half-resolution copy blurred with a disc of samples, and the bilinear blend back by each pixel's
// circle), in the same precision: doubles, stored as floats where the JavaScript stores into a
// Float32Array.
#include <cmath>
#include <limits>

#include "numbers.h"
#include "passes.h"

namespace {

// The circle of confusion (full-resolution pixels) of pixel i: nothing drawn (sky) is at infinity.
inline double cocAt(const DepthOfFieldFrame& f, const DepthOfFieldParams& p, size_t i) {
  const double d = f.depth[i];
  const double w = d > 0 ? 1 / d : std::numeric_limits<double>::infinity();
  return minOf(p.maxCoc, p.maxCoc * std::fabs(1 - p.focus / w));
}

void downsample(const DepthOfFieldFrame& f, const DepthOfFieldParams& p, int hw, int hh) {
  const int W = f.W, H = f.H;
  for (int j = 0; j < hh; j++) {
    for (int i = 0; i < hw; i++) {
      double r = 0, g = 0, b = 0, c = 0, n = 0;
      for (int dy = 0; dy < 2; dy++) {
        for (int dx = 0; dx < 2; dx++) {
          const int x = W - 1 < i * 2 + dx ? W - 1 : i * 2 + dx, y = H - 1 < j * 2 + dy ? H - 1 : j * 2 + dy;
          const size_t q = static_cast<size_t>(y) * W + x;
          r += f.hdr[q * 3]; g += f.hdr[q * 3 + 1]; b += f.hdr[q * 3 + 2];
          c += cocAt(f, p, q); n++;
        }
      }
      const size_t h = static_cast<size_t>(j) * hw + i;
      f.half[h * 3] = static_cast<float>(r / n); f.half[h * 3 + 1] = static_cast<float>(g / n); f.half[h * 3 + 2] = static_cast<float>(b / n);
      f.halfCoc[h] = static_cast<float>(c / n / 2);
    }
  }
}

void blur(const DepthOfFieldFrame& f, const DepthOfFieldParams& p, int hw, int hh) {
  const float* half = f.half;
  for (int j = 0; j < hh; j++) {
    for (int i = 0; i < hw; i++) {
      const size_t h = static_cast<size_t>(j) * hw + i;
      const double rc = f.halfCoc[h];
      if (rc < p.sharpCoc) { f.blurred[h * 3] = half[h * 3]; f.blurred[h * 3 + 1] = half[h * 3 + 1]; f.blurred[h * 3 + 2] = half[h * 3 + 2]; continue; }
      double r = half[h * 3], g = half[h * 3 + 1], b = half[h * 3 + 2], wsum = 1;
      for (int k = 0; k < p.taps; k++) {
        const int x = roundJs(i + p.disc[k * 2] * rc), y = roundJs(j + p.disc[k * 2 + 1] * rc);
        if (x < 0 || y < 0 || x >= hw || y >= hh) continue;
        const size_t s = static_cast<size_t>(y) * hw + x;
        // A sharp (in-focus) neighbour does not spread onto the blurred background.
        const double w = minOf(1, f.halfCoc[s] / rc);
        r += half[s * 3] * w; g += half[s * 3 + 1] * w; b += half[s * 3 + 2] * w; wsum += w;
      }
      f.blurred[h * 3] = static_cast<float>(r / wsum); f.blurred[h * 3 + 1] = static_cast<float>(g / wsum); f.blurred[h * 3 + 2] = static_cast<float>(b / wsum);
    }
  }
}

void composite(const DepthOfFieldFrame& f, const DepthOfFieldParams& p, int hw, int hh) {
  const int W = f.W, H = f.H;
  const float* bl = f.blurred;
  for (int y = 0; y < H; y++) {
    const double fy = minOf(hh - 1, maxOf(0, (y - 0.5) / 2));
    const int j = static_cast<int>(minOf(hh - 2, floorOf(fy)));
    const double ty = fy - j;
    for (int x = 0; x < W; x++) {
      const size_t i = static_cast<size_t>(y) * W + x;
      const double c = cocAt(f, p, i);
      if (c < p.sharpCoc) continue;
      const double k = minOf(1, (c - p.sharpCoc) / p.blendRamp);
      const double fx = minOf(hw - 1, maxOf(0, (x - 0.5) / 2));
      const int ii = static_cast<int>(minOf(hw - 2, floorOf(fx)));
      const double tx = fx - ii;
      const size_t a = (static_cast<size_t>(j) * hw + ii) * 3, row = static_cast<size_t>(hw) * 3;
      for (int ch = 0; ch < 3; ch++) {
        const double top = bl[a + ch] + (static_cast<double>(bl[a + 3 + ch]) - bl[a + ch]) * tx;
        const double bottom = bl[a + row + ch] + (static_cast<double>(bl[a + row + 3 + ch]) - bl[a + row + ch]) * tx;
        const double v = top + (bottom - top) * ty;
        const double old = f.hdr[i * 3 + ch];
        f.hdr[i * 3 + ch] = static_cast<float>(old + (v - old) * k);
      }
    }
  }
}

}  // namespace

void depthOfField(const DepthOfFieldFrame& f, const DepthOfFieldParams& p) {
  const int hw = (f.W + 1) / 2, hh = (f.H + 1) / 2;
  downsample(f, p, hw, hh);
  blur(f, p, hw, hh);
  composite(f, p, hw, hh);
}

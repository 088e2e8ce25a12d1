// Twins of shading/surfaces/organic.ts: skin, cloth, foliage, bark and paint. The same formulas in
// the same order.
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "twins.h"

namespace twins {

using noise::fbm2;
using noise::fbm3;
using noise::smoothstep;

// organic.ts's WEAVE_K (radians a metre) and the weave's cycles a metre along a diagonal.
constexpr double CLOTH_WEAVE_K = 2400;
constexpr double CLOTH_WEAVE_CYCLES_PER_M = CLOTH_WEAVE_K * 1.4142135623730951 / (2 * 3.141592653589793);

void skin(Sample& s, const double*) {
  const double n = fbm3(s.x * 12, s.y * 12, s.z * 12, 2, 51, s.footprint * 12);
  s.r *= 0.95 + 0.1 * n; s.g *= 0.96 + 0.06 * n;
  s.roughness = 0.55;
}

// params: roughness
void cloth(Sample& s, const double* p) {
  const double weave = noise::clamp01(1.5 - 2 * s.footprint * CLOTH_WEAVE_CYCLES_PER_M);
  if (weave <= 0) shadeAlbedo(s, 0.95);
  else {
    const bool flat = std::fabs(s.ny) > 0.5;
    const double a = std::sin((flat ? s.x : s.x + s.z) * CLOTH_WEAVE_K) * std::sin((flat ? s.z : s.y) * CLOTH_WEAVE_K);
    shadeAlbedo(s, 0.95 + 0.06 * a * weave);
  }
  const double folds = fbm3(s.x * 6, s.y * 6, s.z * 6, 2, 52, s.footprint * 6);
  shadeAlbedo(s, 0.92 + 0.14 * folds);
  s.roughness = p[0];
}

void foliage(Sample& s, const double*) {
  double clump[4] = {0, 0, 0, 0};
  const double d = noise::cellNearest3(s.x * 1.6, s.y * 1.6, s.z * 1.6, 61, clump);
  const double detail = noise::clamp01(2 - s.footprint * 6);
  const double ox = clump[0], oy = clump[1], oz = clump[2];
  const double along = ox * s.nx + oy * s.ny + oz * s.nz;
  const double k = 0.8 * detail;
  double nx = s.nx + (ox - along * s.nx) * k, ny = s.ny + (oy - along * s.ny) * k, nz = s.nz + (oz - along * s.nz) * k;
  const double l = 1 / std::sqrt(nx * nx + ny * ny + nz * nz);
  nx *= l; ny *= l; nz *= l;
  s.nx = nx; s.ny = ny; s.nz = nz;
  const double gap = smoothstep(0.3, 1.05, d) * detail;
  const double tone = fbm3(s.x * 0.8, s.y * 0.8, s.z * 0.8, 3, 62);
  const double own = clump[3];
  shadeAlbedo(s, (0.82 + 0.3 * tone) * (1 - 0.4 * gap));
  s.r *= 0.8 + 0.4 * own * detail + 0.2 * (1 - detail); s.b *= 1.1 - 0.2 * own * detail - 0.1 * (1 - detail);
  s.cavity *= 1 - 0.35 * gap;
  if (s.footprint < 0.06) {
    const double leaf = noise::valueNoise3(s.x * 14, s.y * 14, s.z * 14, 63);
    const double fine = s.footprint < 0.03 ? 1 : (0.06 - s.footprint) / 0.03;
    shadeAlbedo(s, 1 + ((leaf - 0.5) * 0.5 - 0.35 * smoothstep(0.25, 0.1, leaf)) * fine);
  }
  s.roughness = 0.8;
}

void bark(Sample& s, const double*) {
  const double furrow = fbm2((s.x + s.z) * 30, s.y * 2.5, 3, 71, s.footprint * 30);
  shadeAlbedo(s, 0.65 + 0.6 * furrow);
  s.cavity *= 0.7 + 0.3 * furrow;
  s.roughness = 0.95;
}

void paint(Sample& s, const double*) {
  const double n = fbm3(s.x * 2, s.y * 2, s.z * 2, 3, 81, s.footprint * 2);
  shadeAlbedo(s, 0.95 + 0.08 * n);
  s.roughness = 0.75;
}

}  // namespace twins

// Twin of shading/surfaces/sand.ts. The same formulas in the same order.
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "twins.h"

namespace twins {

using noise::fbm2;
using noise::hash2;
using noise::smoothstep;

// params: hasShore, originX, originZ, seawardX, seawardZ, wetWidthM, waterline (at this frame's t),
// how much darker the wettest sand is, its roughness
void sand(Sample& s, const double* p) {
  const double dunes = fbm2(s.x * 0.15, s.z * 0.15, 3, 41);
  const double trodden = fbm2(s.x * 1.3, s.z * 1.3, 3, 44, s.footprint * 1.3);
  shadeAlbedo(s, 0.84 + 0.26 * dunes + 0.14 * (trodden - 0.5));
  const double warp = fbm2(s.x * 0.3, s.z * 0.3, 2, 42) * 6;
  const double phase = (s.x * 0.8 + s.z * 0.6) * 7 + warp;
  const double rip = s.footprint < 0.05 ? 1 - s.footprint / 0.05 : 0;
  if (rip > 0) {
    tiltNormal(s, std::cos(phase) * 0.3 * rip * 0.8, std::cos(phase) * 0.3 * rip * 0.6);
    shadeAlbedo(s, 1 + 0.06 * std::sin(phase) * rip);
  }
  if (s.footprint < 0.004) {
    const double g = hash2(floorOf(s.x * 600), floorOf(s.z * 600), 43);
    if (g > 0.97) shadeAlbedo(s, 1.35);
  }
  s.roughness = 0.92;
  if (p[0] == 0) return;
  const double d = (s.x - p[1]) * p[3] + (s.z - p[2]) * p[4];
  const double edge = p[6];
  const double wet = smoothstep(-p[5], 0, d - edge * 0.4) * 0.8 + smoothstep(-0.6, 0, d - edge) * 0.2;
  if (wet <= 0) return;
  const double k = 1 - p[7] * wet;
  s.r *= k; s.g *= k * 1.02; s.b *= k * 1.05;
  s.roughness = s.roughness + (p[8] - s.roughness) * wet;
}

}  // namespace twins

// Twin of shading/surfaces/tile.ts. The same formulas in the same order.
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "twins.h"

namespace twins {

using noise::fbm2;
using noise::hash2;
using noise::smoothstep;

// params: tileM, groutM, roughness, seed (surfaces/tile.ts)
void tile(Sample& s, const double* p) {
  const double t = p[0], grout = p[1], rough = p[2], seed = p[3];
  const bool vertical = std::fabs(s.ny) < 0.5;
  const double a = vertical ? s.x + s.z : s.x;
  const double b = vertical ? s.y : s.z;
  const double ia = floorOf(a / t), ib = floorOf(b / t);
  shadeAlbedo(s, 0.95 + 0.06 * hash2(ia, ib, seed));
  const double mottle = fbm2(a * 7, b * 7, 2, seed + 1, s.footprint * 7);
  shadeAlbedo(s, 0.96 + 0.08 * mottle);
  s.roughness = rough;
  const double ea = a - ia * t, eb = b - ib * t;
  const double edge = minOf(minOf(ea, t - ea), minOf(eb, t - eb));
  const double width = maxOf(grout / 2, s.footprint * 0.7);
  const double g = (1 - smoothstep(0, width, edge)) * minOf(1, grout / 2 / width + 0.3);
  if (g > 0) {
    shadeAlbedo(s, 1 - 0.35 * g);
    s.roughness += (0.9 - s.roughness) * g;
    s.cavity *= 1 - 0.4 * g;
  }
}

}  // namespace twins

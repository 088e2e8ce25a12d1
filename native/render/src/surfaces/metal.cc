// Twin of shading/surfaces/metal.ts (brushed). The same formulas in the same order.
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "twins.h"

namespace twins {

using noise::fbm2;
using noise::fbm3;

// metal.ts. params: roughness
void brushed(Sample& s, const double* p) {
  const double streak = fbm2(s.x * 500, s.z * 500, 2, 101, s.footprint * 500);
  const double smudge = fbm3(s.x * 3, s.y * 3, s.z * 3, 2, 102, s.footprint * 3);
  shadeAlbedo(s, 0.9 + 0.18 * streak + 0.1 * (smudge - 0.5));
  s.roughness = p[0] + 0.16 * (0.5 - streak) + 0.12 * (smudge - 0.5);
}

}  // namespace twins

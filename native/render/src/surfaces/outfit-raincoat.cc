// Twin of people/outfits/raincoat.ts raincoatFront: the coated cloth's gloss, wet in streaks running
// down it, then the placket and its buttons. The same formulas in the same order.
// params (raincoat.ts nativeParams): trim (3), then RAINCOAT: placketH, buttonH, firstH, stepH,
// buttons, seamH, roughness, slick.
#include "outfit-marks.h"

namespace twins {

namespace {

enum : int { TRIM = 0, PLACKET = 3, BUTTON, FIRST, STEP, BUTTONS, SEAM, ROUGHNESS, SLICK };

}  // namespace

void raincoatMarks(Sample& s, const FrontPoint& at, const double* p) {
  const double streak = noise::fbm3(s.x * 30, s.y * 4, s.z * 30, 2, 91, s.footprint * 30);
  s.roughness = p[ROUGHNESS] - p[SLICK] * noise::smoothstep(0.45, 0.75, streak);
  const double H = at.H, across = at.across, up = at.up;
  const double face = noise::smoothstep(0, 0.03 * H, at.forward);
  if (face <= 0 || up > -0.02 * H) return;
  marks::darken(s, 0.45 * face * marks::lineCover(across - p[PLACKET] * H, p[SEAM] * H, s.footprint));
  for (int k = 0; k < p[BUTTONS]; k++) {
    const double dy = up + (p[FIRST] + k * p[STEP]) * H;
    if (std::fabs(dy) < 0.02 * H) marks::button(s, across, dy, p[BUTTON] * H, p + TRIM, at);
  }
}

}  // namespace twins

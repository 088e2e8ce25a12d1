// Twin of people/outfits/hoodie.ts hoodieFront: the ribbed hem, the pouch pocket and the
// drawstrings. The same formulas in the same order.
// params (hoodie.ts nativeParams): trim (3), then HOODIE: pocketTopH, pocketFootH, pocketTopHalfH,
// pocketFootHalfH, stringAcrossH, stringHalfH, stringsH (2), ribH, seamH; then RIB_ROUND.
#include "outfit-marks.h"

namespace twins {

namespace {

using marks::darken;
using marks::inside;
using marks::lineCover;
using noise::smoothstep;

enum : int { TRIM = 0, POCKET_TOP = 3, POCKET_FOOT, POCKET_TOP_HALF, POCKET_FOOT_HALF, STRING_ACROSS, STRING_HALF, STRINGS, RIB = 11, SEAM, RIB_ROUND };

}  // namespace

void hoodieMarks(Sample& s, const FrontPoint& at, const double* p) {
  const double H = at.H, across = at.across, up = at.up, forward = at.forward, waistUp = at.waistUp;
  const double fp = s.footprint, x = std::fabs(across);
  // The ribbed hem all round: wales across the band, fading when finer than the pixel.
  if (up < waistUp + p[RIB] * H) {
    const double rib = std::sin(std::atan2(across, forward) * p[RIB_ROUND]) * smoothstep(0.004, 0.0015, fp);
    darken(s, 0.1 + 0.06 * rib);
  }
  const double face = smoothstep(0, 0.03 * H, forward);
  if (face <= 0) return;
  // The pouch: its top seam, its side openings slanting out to its foot, shaded a little inside.
  const double top = waistUp + p[POCKET_TOP] * H, foot = waistUp + p[POCKET_FOOT] * H;
  if (up < top + 0.004 * H && up > foot - 0.004 * H) {
    const double t = minOf(1, maxOf(0, (top - up) / (top - foot)));
    const double half = (p[POCKET_TOP_HALF] + (p[POCKET_FOOT_HALF] - p[POCKET_TOP_HALF]) * t) * H;
    const double inPocket = inside(x - half, fp) * inside(up - top, fp) * face;
    darken(s, 0.05 * inPocket);
    const double seam = p[SEAM] * H;
    darken(s, 0.5 * face * maxOf(lineCover(x - half, seam, fp) * (up <= top ? 1 : 0), lineCover(up - top, seam, fp) * (x <= half ? 1 : 0)));
  }
  // The drawstrings: two cords from the neckline, one hanging a little lower, with tipped ends.
  for (int k = 0; k < 2; k++) {
    const double len = p[STRINGS + k];
    const double cx = (k == 0 ? -1 : 1) * p[STRING_ACROSS] * H;
    if (up > -0.02 * H || up < -len * H) continue;
    const double cord = lineCover(across - cx, p[STRING_HALF] * H, fp) * face;
    const bool tip = up < -(len - 0.01) * H;
    marks::paint(s, p + TRIM, cord, tip ? 0.5 : 1);
    darken(s, 0.35 * face * lineCover(across - cx - 2.2 * p[STRING_HALF] * H, p[STRING_HALF] * H, fp));
  }
}

}  // namespace twins

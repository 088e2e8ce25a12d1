// Twins of people/neckline.ts and people/cloth-folds.ts's pattern over cloth (its folds in
// ../cloth-folds.cc). The same formulas in the same order.
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "outfit-marks.h"
#include "twins.h"

namespace twins {

using noise::smoothstep;

// people/neckline.ts. params: cloth's roughness, the collar ring's centre, the wearer's right, up and
// forward, the cut (depth, half-width, vee, band, stand: metres), skin and top (linear), the armhole
// (centre across and up, half-width (0: none), half-height, band: metres), then the armpits' folds
// (armpit-folds.ts; none raised on a sleeveless top). An outfit's marks (outfit-front.cc) are drawn
// on the cloth before the neck is cut from it, as neckline.ts draws them.
constexpr double NECK_RIB_K = 2100;
// neckline.ts SIDE_BLEND.
constexpr double NECK_SIDE_BLEND = 0.3;

void neckline(Sample& s, const double* p) { necklineOver(s, p, nullptr); }

void necklineOver(Sample& s, const double* p, const FrontMarks* marks) {
  cloth(s, p);
  const double px = s.x - p[1], py = s.y - p[2], pz = s.z - p[3];
  const double across = px * p[4] + py * p[5] + pz * p[6], up = px * p[7] + py * p[8] + pz * p[9];
  const double forward = px * p[10] + py * p[11] + pz * p[12];
  if (marks) applyMarks(s, *marks, p + 1, across, up, forward);
  const double depth = p[13], halfWidth = p[14], vee = p[15], band = p[16], stand = p[17];
  const double x = minOf(1, std::fabs(across) / halfWidth);
  const double front = smoothstep(-NECK_SIDE_BLEND * halfWidth, NECK_SIDE_BLEND * halfWidth, forward);
  const double dip = front * depth * (vee > 0 ? 1 - x : std::sqrt(1 - x * x));
  const double edge = -dip + stand;
  const double soft = maxOf(s.footprint, 1e-4);
  double skinK = smoothstep(edge - soft, edge + soft, up);
  double bandK = smoothstep(edge - band - soft, edge - band + soft, up) * (1 - skinK);
  const double shadowK = stand > 0 ? maxOf(0, 1 - std::fabs(up - (edge - band - soft)) / (2 * soft + 0.002)) * (1 - bandK) : 0;
  const double hx = p[24], hy = p[25], hw = p[26], hh = p[27], hb = p[28];
  if (hw > 0) {
    const double out = (std::hypot((std::fabs(across) - hx) / hw, (up - hy) / hh) - 1) * minOf(hw, hh);
    const double inHole = smoothstep(soft, -soft, out), onBand = smoothstep(hb + soft, hb - soft, out) * (1 - inHole);
    bandK = maxOf(bandK * (1 - inHole), onBand * (1 - skinK));
    skinK = maxOf(skinK, inHole);
  }
  if (skinK > 0) {
    const double r0 = s.r, g0 = s.g, b0 = s.b, rough = s.roughness;
    s.r = p[18]; s.g = p[19]; s.b = p[20];
    skin(s, nullptr);
    s.r = r0 + (s.r - r0) * skinK; s.g = g0 + (s.g - g0) * skinK; s.b = b0 + (s.b - b0) * skinK;
    s.roughness = rough + (s.roughness - rough) * skinK;
  }
  if (bandK > 0) {
    const double rib = stand > 0 ? 1.06 : 0.9 + 0.06 * std::sin(across * NECK_RIB_K) * smoothstep(0.004, 0.001, s.footprint);
    s.r += (p[21] * rib - s.r) * bandK; s.g += (p[22] * rib - s.g) * bandK; s.b += (p[23] * rib - s.b) * bandK;
  }
  if (shadowK > 0) shadeAlbedo(s, 1 - 0.45 * shadowK);
  armpitFolds(s, p + 29, 1 - skinK);
}

// people/cloth-folds.ts. params: cloth's roughness, clothFolds's for the elbow or knee, then 1 and
// clothFolds's for a trouser leg's hip, or 0. CLOTH_FOLDS_PARAMS: how many clothFolds reads
// (cloth-folds.ts PARAMS_LENGTH).
constexpr int CLOTH_FOLDS_PARAMS = 37;
void clothFoldsOver(Sample& s, const double* p) {
  cloth(s, p);
  clothFolds(s, p + 1);
  if (p[1 + CLOTH_FOLDS_PARAMS] > 0) clothFolds(s, p + 2 + CLOTH_FOLDS_PARAMS);
}

}  // namespace twins

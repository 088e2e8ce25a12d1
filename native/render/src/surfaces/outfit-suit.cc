// Twin of people/outfits/suit.ts suitFront: the jacket's lapels opening in a V over a shirt and tie,
// two buttons below it, the pocket flaps. The same formulas in the same order.
// params (suit.ts nativeParams): shirt (3), whether there is a tie, tie (3), trim (3), then SUIT:
// vDepthH, vHalfH, lapelH, tieKnotH, tieH, knotH, buttonH, buttonsH (2), flapDownH, flapH (2), seamH.
#include "outfit-marks.h"

namespace twins {

namespace {

using marks::darken;
using marks::inside;
using marks::lineCover;
using noise::smoothstep;

enum : int { SHIRT = 0, HAS_TIE = 3, TIE = 4, TRIM = 7, V_DEPTH = 10, V_HALF, LAPEL, TIE_KNOT, TIE_W, KNOT, BUTTON, BUTTONS, FLAP_DOWN = 19, FLAP, SEAM = 22 };

// The shirt in the V, the tie down its middle, and the lapel's shadow along the V's edge.
void openFront(Sample& s, const FrontPoint& at, const double* p, double k, double vHalf) {
  const double H = at.H, across = at.across, up = at.up;
  marks::paint(s, p + SHIRT, k, 0.97);
  s.roughness += (0.75 - s.roughness) * k;
  if (p[HAS_TIE] != 0) {
    const bool knot = up > -p[KNOT] * H - 0.012 * H;
    const double t = minOf(1, -up / (p[V_DEPTH] * H));
    const double half = knot ? p[TIE_KNOT] * H : (p[TIE_KNOT] + (p[TIE_W] - p[TIE_KNOT]) * t) * H;
    const double onTie = inside(std::fabs(across) - half, s.footprint) * k;
    // A silk's diagonal stripes, fading when finer than the pixel.
    const double stripe = 0.92 + 0.08 * std::sin((across + up) * 700) * smoothstep(0.004, 0.0015, s.footprint);
    marks::paint(s, p + TIE, onTie, knot ? 0.85 : stripe);
    s.roughness += (0.4 - s.roughness) * onTie;
  }
  darken(s, 0.3 * k * lineCover(std::fabs(across) - vHalf, 0.004 * H, s.footprint));
}

// A lapel rolls outward from the V: its normal tilted out across the body and its cloth a little
// lighter. k: how much of the pixel it is, signed by the side.
void rollLapel(Sample& s, const FrontPoint& at, double k) {
  const double* r = at.right;
  const double by = 0.45 * k;
  const double nx = s.nx + by * r[0], ny = s.ny + by * r[1], nz = s.nz + by * r[2], l = 1 / std::sqrt(nx * nx + ny * ny + nz * nz);
  s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
  const double light = 1 + 0.12 * std::fabs(k);
  s.r *= light; s.g *= light; s.b *= light;
}

double sign(double v) { return v > 0 ? 1 : v < 0 ? -1 : v; }

}  // namespace

void suitMarks(Sample& s, const FrontPoint& at, const double* p) {
  const double H = at.H, across = at.across, up = at.up;
  const double face = smoothstep(0, 0.03 * H, at.forward);
  if (face <= 0) return;
  const double depth = p[V_DEPTH] * H, x = std::fabs(across), fp = s.footprint;
  // The V's half-width at this height (0 at its point), and the lapel's outer edge beside it.
  const double down = minOf(1, maxOf(0, -up / depth));
  const double vHalf = p[V_HALF] * H * (1 - down);
  const double lapel = vHalf + p[LAPEL] * H * std::pow(1 - down, 0.7);
  if (up > -depth && up < 0.01 * H) {
    const double inV = inside(x - vHalf, fp) * face;
    if (inV > 0) openFront(s, at, p, inV, vHalf);
    const double onLapel = inside(x - lapel, fp) * (1 - inside(x - vHalf, fp)) * face;
    if (onLapel > 0) rollLapel(s, at, onLapel * sign(across));
    darken(s, 0.5 * face * lineCover(x - lapel, p[SEAM] * H, fp));
  }
  // Below the V: the closing edge, two buttons, and the pocket flaps.
  if (up <= -depth + 0.01 * H) {
    darken(s, 0.45 * face * lineCover(across, p[SEAM] * H, fp) * smoothstep(-depth + 0.01 * H, -depth - 0.005 * H, up));
    for (int b = 0; b < 2; b++) marks::button(s, across, up + depth + p[BUTTONS + b] * H, p[BUTTON] * H, p + TRIM, at);
  }
  const double flapY = at.waistUp - p[FLAP_DOWN] * H;
  if (x > p[FLAP] * H && x < p[FLAP + 1] * H) darken(s, 0.45 * face * lineCover(up - flapY, p[SEAM] * H, fp));
}

}  // namespace twins

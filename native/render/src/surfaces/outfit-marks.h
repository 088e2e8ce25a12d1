// Twin of people/outfits/marks.ts (seams and edges as thin lines, patches of another cloth, buttons,
// each soft over the pixel's footprint) and of outfits/types.ts FrontPoint, for the outfits' marks
// (outfit-suit.cc, outfit-hoodie.cc, outfit-raincoat.cc) laid by outfit-front.cc. The same formulas
// in the same order.
#pragma once
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "../surfaces.h"

namespace twins {

// Where a sample is on the front of the body, in the wearer's frame from the collar ring's centre
// (metres), the waist's height there, the wearer's height, and the wearer's right and up.
struct FrontPoint {
  double across, up, forward, waistUp, H;
  const double* right;
  const double* upAxis;
};

// An outfit's marks at one sample; p: its own numbers (its module's nativeParams).
using FrontMarksFn = void (*)(Sample& s, const FrontPoint& at, const double* p);

// One outfit's marks and their numbers: the waist's height in the collar's frame this frame, the
// wearer's height, then the outfit's own (outfits/front-pattern.ts nativeParams).
struct FrontMarks {
  FrontMarksFn fn;
  const double* params;
};

// The marks at (across, up, forward) in the collar's frame; frame: its origin, right, up, forward.
inline void applyMarks(Sample& s, const FrontMarks& m, const double* frame, double across, double up, double forward) {
  const FrontPoint at{across, up, forward, m.params[0], m.params[1], frame + 3, frame + 6};
  m.fn(s, at, m.params + 2);
}

namespace marks {

// How much of a pixel `d` metres from a line (either side) the line `halfWidth` wide covers.
inline double lineCover(double d, double halfWidth, double footprint) {
  const double soft = maxOf(footprint, 1e-4);
  return noise::smoothstep(halfWidth + soft, halfWidth - soft, std::fabs(d)) * minOf(1, (2 * halfWidth) / soft + 0.25);
}

// How much of a pixel at signed distance `d` (negative inside) a region covers.
inline double inside(double d, double footprint) {
  return noise::smoothstep(maxOf(footprint, 1e-4), -maxOf(footprint, 1e-4), d);
}

// Blends the sample's colour towards c (linear rgb, times shade) by k.
inline void paint(Sample& s, const double* c, double k, double shade = 1) {
  if (k <= 0) return;
  s.r += (c[0] * shade - s.r) * k; s.g += (c[1] * shade - s.g) * k; s.b += (c[2] * shade - s.b) * k;
}

inline void darken(Sample& s, double k) {
  if (k == 0) return;
  s.r *= 1 - k; s.g *= 1 - k; s.b *= 1 - k;
}

// A round button centred (dx, dy) away along the front's across and up, r round: its colour c, a
// domed face (the normal tilted out along the wearer's right and up) and a shadowed rim.
inline void button(Sample& s, double dx, double dy, double r, const double* c, const FrontPoint& at) {
  const double d = std::sqrt(dx * dx + dy * dy);
  if (d > r + maxOf(s.footprint, 1e-4)) return;
  const double k = inside(d - r, s.footprint);
  paint(s, c, k);
  darken(s, 0.5 * lineCover(d - r, 0.12 * r, s.footprint));
  const double tilt = 0.8 * k * minOf(1, d / r);
  if (d > 1e-9) {
    const double tx = (dx / d) * tilt, ty = (dy / d) * tilt;
    const double* right = at.right;
    const double* up = at.upAxis;
    const double nx = s.nx + tx * right[0] + ty * up[0], ny = s.ny + tx * right[1] + ty * up[1], nz = s.nz + tx * right[2] + ty * up[2];
    const double l = 1 / std::sqrt(nx * nx + ny * ny + nz * nz);
    s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
  }
  s.roughness += (0.3 - s.roughness) * k;
}

}  // namespace marks

// outfit-suit.cc, outfit-hoodie.cc, outfit-raincoat.cc: each outfit's front.
void suitMarks(Sample& s, const FrontPoint& at, const double* p);
void hoodieMarks(Sample& s, const FrontPoint& at, const double* p);
void raincoatMarks(Sample& s, const FrontPoint& at, const double* p);

}  // namespace twins

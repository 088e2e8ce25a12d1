// Twin of shading/surfaces/sand.ts. The same formulas in the same order.
#include <algorithm>
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "twins.h"

namespace twins {

using noise::fbm2;
using noise::hash2;
using noise::smoothstep;

// The wash's sheet over the sand (sand.ts underSheet).
static void underSheet(Sample& s, double q, double reachM) {
  static const double water[3] = {0.03, 0.13, 0.15};
  const double depth = smoothstep(0, 1.6, reachM - q);
  const double a = 0.65 * depth;
  s.r += (water[0] - s.r) * a; s.g += (water[1] - s.g) * a; s.b += (water[2] - s.b) * a;
  const double along = q - 0.85 * reachM;
  const double fade = 1 - smoothstep(0.02, 0.12, s.footprint);
  if (fade <= 0) return;
  const double rx = fbm2(s.x * 2.2, along * 4.5, 2, 48, s.footprint * 4.5) - 0.5, rz = fbm2(s.x * 2.2 + 7.1, along * 4.5, 2, 49, s.footprint * 4.5) - 0.5;
  tiltNormal(s, 0.35 * rx * fade * (0.4 + depth), 0.5 * rz * fade * (0.4 + depth));
}

// The washes' marks (sand.ts washed): w = stillM, reachM, wetM, sheenM, backSec, downSec, DRYING,
// DAMP_ROUGHNESS, FILM_ROUGHNESS, FILM_SEC; p = the shore's params before them.
static void washed(Sample& s, const double* p, const double* w) {
  const double dx = s.x - p[1], dz = s.z - p[2];
  const double tongue = 1 + 0.6 * (fbm2((dx * p[4] - dz * p[3]) * 0.12, 0.5, 2, 45) - 0.5);
  const double q = (w[0] - (dx * p[3] + dz * p[4])) / tongue;
  const double wobble = 0.15 * (fbm2((dx * p[4] - dz * p[3]) * 0.8, 2.5, 2, 47) - 0.5);
  const double wet = 1 - smoothstep(w[2] - 0.35, w[2] + 0.05, q + wobble);
  if (wet <= 0) return;
  const double fresh = std::max(1 - smoothstep(w[3] - 0.3, w[3] + 0.05, q + wobble), q <= w[1] ? 1.0 : 0.0);
  double age;
  if (q <= w[1]) age = 0;
  else if (q >= w[3]) age = INFINITY;
  else age = std::max(0.0, w[4] - w[5] * std::sqrt(1 - q / w[3]));
  const double film = std::exp(-age / w[9]);
  const double k = 1 - p[5] * wet * (w[6] + (1 - w[6]) * fresh) * (1 + 0.12 * film);
  s.r *= k; s.g *= k * 1.02; s.b *= k * 1.05;
  const double damp = s.roughness + (w[7] - s.roughness) * wet;
  s.roughness = damp + (w[8] - damp) * film;
  if (q < w[1]) underSheet(s, q, w[1]);
}

// params: hasShore, originX, originZ, seawardX, seawardZ, how much darker the wettest sand is, then
// the washes' marks (washed above)
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
  washed(s, p, p + 6);
}

}  // namespace twins

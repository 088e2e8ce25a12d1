// Twins of shading/surfaces/ground.ts: grass, asphalt, concrete and litter. The same formulas in
// the same order.
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "twins.h"

namespace twins {

using noise::fbm2;
using noise::hash2;
using noise::smoothstep;
using noise::valueNoise;

// params: hasStripes, stripeX, stripeZ
void grass(Sample& s, const double* p) {
  const double patch = fbm2(s.x * 0.12, s.z * 0.12, 4, 11);
  const double dry = fbm2(s.x * 0.45 + 7, s.z * 0.45, 3, 12, s.footprint * 0.45);
  const double d = maxOf(0, dry - 0.55) * 1.6;
  s.r *= 0.85 + 0.3 * patch + d * 0.9;
  s.g *= 0.85 + 0.25 * patch + d * 0.25;
  s.b *= 0.8 + 0.2 * patch;
  const double hue = fbm2(s.x * 0.06 + 3, s.z * 0.06, 2, 16);
  s.r *= 0.7 + 0.6 * hue; s.b *= 1.3 - 0.6 * hue;
  const double y = 0.2126 * s.r + 0.7152 * s.g + 0.0722 * s.b;
  s.r += (y - s.r) * 0.25; s.g += (y - s.g) * 0.25; s.b += (y - s.b) * 0.25;
  shadeAlbedo(s, 0.88 + 0.24 * fbm2(s.x * 0.8, s.z * 0.8, 2, 17, s.footprint * 0.8));
  if (p[0] != 0) {
    const double u = (s.x * p[1] + s.z * p[2]) / 3 + 0.15 * valueNoise(s.x * 0.2, s.z * 0.2, 18);
    const int band = static_cast<int>(noise::bits(floorOf(u))) & 1;
    const double q = u - floorOf(u);
    const double e = maxOf(0.12, s.footprint / 3);
    const double edge = minOf(smoothstep(0, e, q), smoothstep(0, e, 1 - q));
    shadeAlbedo(s, 1.005 + (band ? 0.075 : -0.075) * edge);
  }
  const double fine = s.footprint < 0.02 ? 1 : s.footprint < 0.06 ? (0.06 - s.footprint) / 0.04 : 0;
  if (fine > 0) {
    const double n = valueNoise(s.x * 90, s.z * 90, 13);
    shadeAlbedo(s, 1 + (n - 0.5) * 0.5 * fine);
    tiltNormal(s, (valueNoise(s.x * 60, s.z * 60, 14) - 0.5) * 0.6 * fine, (valueNoise(s.x * 60 + 3, s.z * 60, 15) - 0.5) * 0.6 * fine);
    s.cavity *= 1 - 0.25 * fine * (1 - n);
  }
  s.roughness = 0.95;
}

void asphalt(Sample& s, const double*) {
  const double stain = fbm2(s.x * 0.2, s.z * 0.2, 4, 21);
  shadeAlbedo(s, 0.8 + 0.4 * stain);
  const double fine = s.footprint < 0.01 ? 1 : s.footprint < 0.03 ? (0.03 - s.footprint) / 0.02 : 0;
  if (fine > 0) {
    const double h = hash2(floorOf(s.x * 220), floorOf(s.z * 220), 22);
    shadeAlbedo(s, 1 + (h > 0.93 ? 0.6 : h < 0.1 ? -0.35 : (h - 0.5) * 0.2) * fine);
  } else {
    const double n = fbm2(s.x * 6, s.z * 6, 2, 23, s.footprint * 6);
    shadeAlbedo(s, 0.95 + 0.1 * n);
  }
  s.roughness = 0.9 - 0.15 * stain;
}

// params: seed
void concrete(Sample& s, const double* p) {
  const double seed = p[0];
  const double stain = fbm2(s.x * 0.35, s.z * 0.35 + s.y * 0.35, 4, seed);
  const double grit = fbm2(s.x * 9, s.z * 9 + s.y * 9, 3, seed + 1, s.footprint * 9);
  shadeAlbedo(s, 0.82 + 0.26 * stain + 0.12 * (grit - 0.5));
  s.roughness = 0.85;
}

void litter(Sample& s, const double*) {
  const double damp = fbm2(s.x * 0.25, s.z * 0.25, 4, 101);
  const double moss = smoothstep(0.55, 0.75, fbm2(s.x * 0.18 + 9, s.z * 0.18, 4, 103));
  shadeAlbedo(s, 0.7 + 0.55 * damp);
  s.r *= 1 - 0.45 * moss; s.g *= 1 + 0.25 * moss; s.b *= 1 - 0.3 * moss;
  const double fine = s.footprint < 0.05 ? 1 - s.footprint / 0.05 : 0;
  if (fine > 0) {
    const double n = valueNoise(s.x * 16, s.z * 23, 102);
    const double k = smoothstep(0.62, 0.72, n) * fine;
    const double tint = hash2(floorOf(s.x * 16), floorOf(s.z * 23), 104);
    s.r *= 1 + (0.5 + 0.5 * tint) * k; s.g *= 1 + 0.3 * tint * k; s.b *= 1 - 0.2 * k;
    s.cavity *= 1 - 0.25 * smoothstep(0.55, 0.62, n) * (1 - k) * fine;
  }
  s.roughness = 0.95;
}

}  // namespace twins

// The sky dome's gradient (main/engine/frames/shading/sky.ts gradient): what the shading pass's
// reflections see and what the background pass draws under its clouds and stars.
#pragma once
#include <cmath>

#include "numbers.h"
#include "passes.h"

// sky.ts aureoleOf: the aureole's share of the glow, from the cosine to the sun to the 32nd power.
inline double skyAureole(double m32) {
  const double m256 = m32 * m32 * m32 * m32 * m32 * m32 * m32 * m32;
  return m256 * m256 * SKY_AUREOLE;
}

inline void skyGradient(const SkyParams& s, double dx, double dy, double dz, double* out) {
  double c[3];
  if (dy >= 0) {
    // Most of the colour change happens near the horizon, like a real sky.
    const double k = std::sqrt(dy);
    for (int i = 0; i < 3; i++) c[i] = s.hor[i] + (s.zen[i] - s.hor[i]) * k;
  } else {
    const double k = minOf(1, -dy * 6);
    for (int i = 0; i < 3; i++) c[i] = s.hor[i] + (s.nad[i] - s.hor[i]) * k;
  }
  double mu = dx * s.sun[0] + dy * s.sun[1] + dz * s.sun[2];
  if (mu > 0) {
    const double m2 = mu * mu, m4 = m2 * m2, m8 = m4 * m4;
    const double aureole = s.sunset ? skyAureole(m8 * m8 * m8 * m8) : 0;
    mu = 0.35 * m8 + 0.65 * m8 * m8 * m8 * m8;
    // Sunset glow hugs the horizon.
    const double band = s.sunset ? 1.4 - minOf(1, std::fabs(dy) * 3) : 1;
    for (int i = 0; i < 3; i++) c[i] += s.glow[i] * (mu + aureole * SKY_AUREOLE_TINT[i]) * band;
  }
  out[0] = c[0]; out[1] = c[1]; out[2] = c[2];
}

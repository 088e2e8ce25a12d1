// Twin of shading/surfaces/wood.ts. The same formulas in the same order.
#include <cmath>

#include "../noise.h"
#include "../numbers.h"
#include "twins.h"

namespace twins {

using noise::fbm2;
using noise::hash2;
using noise::smoothstep;

// wood.ts's GAP_M.
constexpr double WOOD_GAP_M = 0.0025;

// params: alongX, alongZ, boardWidthM, boardLengthM, roughness, local, seed
void wood(Sample& s, const double* p) {
  const double ax = p[0], az = p[1], bw = p[2], bl = p[3], rough = p[4], seed = p[6];
  const bool local = p[5] != 0;
  const double px = local ? s.lx : s.x, pz = local ? s.lz : s.z, py = local ? s.ly : s.y;
  const bool vertical = std::fabs(s.ny) < 0.5;
  const double a = vertical ? px * ax + pz * az + (px * az - pz * ax) : px * ax + pz * az;
  const double b = vertical ? py : px * az - pz * ax;
  const double row = floorOf(b / bw);
  const double shift = hash2(row, 0, seed) * bl;
  const double seg = floorOf((a + shift) / bl);
  const double plank = hash2(row, seg, seed + 1);
  const double detail = noise::clamp01(1.5 - (2 * s.footprint) / bw);
  const double tone = 0.97 + (plank - 0.5) * 0.22 * detail;
  const double grain = fbm2((a + shift) * 1.2, (b - row * bw) * 40 + plank * 17, 3, seed + 2, s.footprint * 40);
  const double streak = 0.97 + (0.2 * smoothstep(0.35, 0.75, grain) - 0.07) * detail;
  shadeAlbedo(s, tone * streak);
  s.roughness = rough * (0.85 + 0.3 * grain);
  const double across = noise::lineCoverage(b, bw, WOOD_GAP_M, s.footprint);
  const double along = noise::lineCoverage(a + shift, bl, WOOD_GAP_M, s.footprint);
  const double gap = across + along - across * along;
  if (gap > 0) {
    shadeAlbedo(s, 1 - 0.45 * gap);
    s.cavity *= 1 - 0.5 * gap;
  }
}

}  // namespace twins

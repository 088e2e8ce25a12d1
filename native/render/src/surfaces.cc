// Twins of shading/surfaces/ground.ts (grass, asphalt, concrete, litter), wood.ts, sand.ts and
// organic.ts (skin, cloth, foliage, bark, paint), metal.ts (brushed), tile.ts, people/neckline.ts and
// people/cloth-folds.ts (its folds in cloth-folds.cc): the same formulas in the same order. Ball prints
// and water have no twin yet: the shading pass runs their JavaScript.
#include <cmath>

#include "noise.h"
#include "numbers.h"
#include "surfaces.h"

namespace {

using noise::fbm2;
using noise::fbm3;
using noise::hash2;
using noise::smoothstep;
using noise::valueNoise;

void shadeAlbedo(Sample& s, double k) {
  s.r *= k; s.g *= k; s.b *= k;
}

void tiltNormal(Sample& s, double gx, double gz) {
  double nx = s.nx - gx, ny = s.ny, nz = s.nz - gz;
  const double l = 1 / std::sqrt(nx * nx + ny * ny + nz * nz);
  nx *= l; ny *= l; nz *= l;
  s.nx = nx; s.ny = ny; s.nz = nz;
}

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

// params: hasShore, originX, originZ, seawardX, seawardZ, wetWidthM, waterline (at this frame's t),
// how much darker the wettest sand is, its roughness
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
  const double d = (s.x - p[1]) * p[3] + (s.z - p[2]) * p[4];
  const double edge = p[6];
  const double wet = smoothstep(-p[5], 0, d - edge * 0.4) * 0.8 + smoothstep(-0.6, 0, d - edge) * 0.2;
  if (wet <= 0) return;
  const double k = 1 - p[7] * wet;
  s.r *= k; s.g *= k * 1.02; s.b *= k * 1.05;
  s.roughness = s.roughness + (p[8] - s.roughness) * wet;
}

// organic.ts's WEAVE_K (radians a metre) and the weave's cycles a metre along a diagonal.
constexpr double CLOTH_WEAVE_K = 2400;
constexpr double CLOTH_WEAVE_CYCLES_PER_M = CLOTH_WEAVE_K * 1.4142135623730951 / (2 * 3.141592653589793);

void skin(Sample& s, const double*) {
  const double n = fbm3(s.x * 12, s.y * 12, s.z * 12, 2, 51, s.footprint * 12);
  s.r *= 0.95 + 0.1 * n; s.g *= 0.96 + 0.06 * n;
  s.roughness = 0.55;
}

// params: roughness
void cloth(Sample& s, const double* p) {
  const double weave = noise::clamp01(1.5 - 2 * s.footprint * CLOTH_WEAVE_CYCLES_PER_M);
  if (weave <= 0) shadeAlbedo(s, 0.95);
  else {
    const bool flat = std::fabs(s.ny) > 0.5;
    const double a = std::sin((flat ? s.x : s.x + s.z) * CLOTH_WEAVE_K) * std::sin((flat ? s.z : s.y) * CLOTH_WEAVE_K);
    shadeAlbedo(s, 0.95 + 0.06 * a * weave);
  }
  const double folds = fbm3(s.x * 6, s.y * 6, s.z * 6, 2, 52, s.footprint * 6);
  shadeAlbedo(s, 0.92 + 0.14 * folds);
  s.roughness = p[0];
}

// people/neckline.ts. params: cloth's roughness, the collar ring's centre, the wearer's right, up and
// forward, the cut (depth, half-width, vee, band, stand: metres), skin and top (linear), the armhole
// (centre across and up, half-width (0: none), half-height, band: metres), then the armpits' folds
// (armpit-folds.ts; none raised on a sleeveless top).
constexpr double NECK_RIB_K = 2100;
// neckline.ts SIDE_BLEND.
constexpr double NECK_SIDE_BLEND = 0.3;

void neckline(Sample& s, const double* p) {
  cloth(s, p);
  const double px = s.x - p[1], py = s.y - p[2], pz = s.z - p[3];
  const double across = px * p[4] + py * p[5] + pz * p[6], up = px * p[7] + py * p[8] + pz * p[9];
  const double forward = px * p[10] + py * p[11] + pz * p[12];
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

void foliage(Sample& s, const double*) {
  double clump[4];
  const double d = noise::cellNearest3(s.x * 1.6, s.y * 1.6, s.z * 1.6, 61, clump);
  const double detail = noise::clamp01(2 - s.footprint * 6);
  const double ox = clump[0], oy = clump[1], oz = clump[2];
  const double along = ox * s.nx + oy * s.ny + oz * s.nz;
  const double k = 0.8 * detail;
  double nx = s.nx + (ox - along * s.nx) * k, ny = s.ny + (oy - along * s.ny) * k, nz = s.nz + (oz - along * s.nz) * k;
  const double l = 1 / std::sqrt(nx * nx + ny * ny + nz * nz);
  nx *= l; ny *= l; nz *= l;
  s.nx = nx; s.ny = ny; s.nz = nz;
  const double gap = smoothstep(0.3, 1.05, d) * detail;
  const double tone = fbm3(s.x * 0.8, s.y * 0.8, s.z * 0.8, 3, 62);
  const double own = clump[3];
  shadeAlbedo(s, (0.82 + 0.3 * tone) * (1 - 0.4 * gap));
  s.r *= 0.8 + 0.4 * own * detail + 0.2 * (1 - detail); s.b *= 1.1 - 0.2 * own * detail - 0.1 * (1 - detail);
  s.cavity *= 1 - 0.35 * gap;
  if (s.footprint < 0.06) {
    const double leaf = noise::valueNoise3(s.x * 14, s.y * 14, s.z * 14, 63);
    const double fine = s.footprint < 0.03 ? 1 : (0.06 - s.footprint) / 0.03;
    shadeAlbedo(s, 1 + ((leaf - 0.5) * 0.5 - 0.35 * smoothstep(0.25, 0.1, leaf)) * fine);
  }
  s.roughness = 0.8;
}

void bark(Sample& s, const double*) {
  const double furrow = fbm2((s.x + s.z) * 30, s.y * 2.5, 3, 71, s.footprint * 30);
  shadeAlbedo(s, 0.65 + 0.6 * furrow);
  s.cavity *= 0.7 + 0.3 * furrow;
  s.roughness = 0.95;
}

void paint(Sample& s, const double*) {
  const double n = fbm3(s.x * 2, s.y * 2, s.z * 2, 3, 81, s.footprint * 2);
  shadeAlbedo(s, 0.95 + 0.08 * n);
  s.roughness = 0.75;
}

// metal.ts. params: roughness
void brushed(Sample& s, const double* p) {
  const double streak = fbm2(s.x * 500, s.z * 500, 2, 101, s.footprint * 500);
  const double smudge = fbm3(s.x * 3, s.y * 3, s.z * 3, 2, 102, s.footprint * 3);
  shadeAlbedo(s, 0.9 + 0.18 * streak + 0.1 * (smudge - 0.5));
  s.roughness = p[0] + 0.16 * (0.5 - streak) + 0.12 * (smudge - 0.5);
}

// params: tileM, groutM, roughness, seed (surfaces/tile.ts)
void tile(Sample& s, const double* p) {
  const double t = p[0], grout = p[1], rough = p[2], seed = p[3];
  const bool vertical = std::fabs(s.ny) < 0.5;
  const double a = vertical ? s.x + s.z : s.x;
  const double b = vertical ? s.y : s.z;
  const double ia = floorOf(a / t), ib = floorOf(b / t);
  shadeAlbedo(s, 0.95 + 0.06 * hash2(ia, ib, seed));
  const double mottle = fbm2(a * 7, b * 7, 2, seed + 1, s.footprint * 7);
  shadeAlbedo(s, 0.96 + 0.08 * mottle);
  s.roughness = rough;
  const double ea = a - ia * t, eb = b - ib * t;
  const double edge = minOf(minOf(ea, t - ea), minOf(eb, t - eb));
  const double width = maxOf(grout / 2, s.footprint * 0.7);
  const double g = (1 - smoothstep(0, width, edge)) * minOf(1, grout / 2 / width + 0.3);
  if (g > 0) {
    shadeAlbedo(s, 1 - 0.35 * g);
    s.roughness += (0.9 - s.roughness) * g;
    s.cavity *= 1 - 0.4 * g;
  }
}

}  // namespace

const SurfaceTwin SURFACE_TWINS[] = {
    {"grass", grass}, {"asphalt", asphalt}, {"concrete", concrete}, {"litter", litter}, {"wood", wood},
    {"sand", sand},   {"skin", skin},       {"cloth", cloth},       {"foliage", foliage}, {"bark", bark},
    {"paint", paint}, {"brushed", brushed}, {"tile", tile}, {"neckline", neckline}, {"cloth-folds", clothFoldsOver},
};
const int SURFACE_TWIN_COUNT = sizeof(SURFACE_TWINS) / sizeof(SURFACE_TWINS[0]);

// Twin of main/engine/frames/people/cloth-folds.ts clothFoldsAt: a sleeve's or trouser leg's folds
// over a bending joint, its crease and its break over the shoe; and of armpit-folds.ts
// armpitFoldsAt: a shirt gathering at a raised arm's armpit. The same formulas in the same order.
// params: as clothFoldsAt reads them (the joints' frame, the forward, height, crease, then the
// shape: FOLDS, CREASE and BREAK).
#include <cmath>

#include "noise.h"
#include "numbers.h"
#include "surfaces.h"

namespace {

using noise::clamp01;
using noise::smoothstep;

constexpr double PI = 3.141592653589793;

void tilt(Sample& s, double x, double y, double z, double by) {
  const double nx = s.nx + by * x, ny = s.ny + by * y, nz = s.nz + by * z, l = 1 / std::sqrt(nx * nx + ny * ny + nz * nz);
  s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
}

void scale(Sample& s, double k) { s.r *= k; s.g *= k; s.b *= k; }

void creaseAt(Sample& s, const double* p, double H, double t) {
  const bool lower = t > 0;
  const int o = lower ? 12 : 9;
  const double ax = p[o], ay = p[o + 1], az = p[o + 2];
  const double qx = s.x - p[0], qy = s.y - p[1], qz = s.z - p[2], along = qx * ax + qy * ay + qz * az;
  const double rx = qx - along * ax, ry = qy - along * ay, rz = qz - along * az;
  const double fd = p[19] * ax + p[20] * ay + p[21] * az;
  double fx = p[19] - fd * ax, fy = p[20] - fd * ay, fz = p[21] - fd * az;
  double fl = std::sqrt(fx * fx + fy * fy + fz * fz);
  if (fl == 0) fl = 1;
  fx /= fl; fy /= fl; fz /= fl;
  const double sx = ay * fz - az * fy, sy = az * fx - ax * fz, sz = ax * fy - ay * fx;
  const double front = rx * fx + ry * fy + rz * fz, across = rx * sx + ry * sy + rz * sz;
  if (front <= 0) return;
  const double facing = smoothstep(0, 0.5, front / std::sqrt(front * front + across * across));
  const double above = (p[15] - s.x) * ax + (p[16] - s.y) * ay + (p[17] - s.z) * az;
  const double e = (above - p[33] * H) / (p[34] * H), fold = lower ? std::exp(-e * e) * facing : 0;
  const double cw = p[30] * H, width = maxOf(cw, s.footprint);
  const double aw = across / width, line = std::exp(-(aw * aw)) * (cw / width) * facing * (1 - fold);
  if (line > 1e-3) {
    const double sign = across > 0 ? 1 : across < 0 ? -1 : 0;
    tilt(s, sx, sy, sz, p[31] * line * sign);
    scale(s, 1 + p[32] * line);
  }
  if (fold > 1e-3) {
    tilt(s, -ax, -ay, -az, p[35] * e * fold);
    scale(s, 1 - p[36] * fold * smoothstep(0, -1, e));
  }
}

}  // namespace

void clothFolds(Sample& s, const double* p) {
  const double H = p[22];
  const double dx = s.x - p[0], dy = s.y - p[1], dz = s.z - p[2];
  const double t = dx * p[3] + dy * p[4] + dz * p[5];
  const int o = t > 0 ? 12 : 9;
  const double ax = p[o], ay = p[o + 1], az = p[o + 2];
  const double along = dx * ax + dy * ay + dz * az;
  const double rx = dx - along * ax, ry = dy - along * ay, rz = dz - along * az;
  double rl = std::sqrt(rx * rx + ry * ry + rz * rz);
  if (rl == 0) rl = 1e-9;
  const double inward = (rx * p[6] + ry * p[7] + rz * p[8]) / rl;
  const double round = std::sqrt(maxOf(0, 1 - inward * inward)) * rl;
  const double reach = p[25] * H, k = (2 * PI) / (p[24] * H);
  const double tr = along / reach, near = p[18] * std::exp(-(tr * tr));
  if (near > 1e-3) {
    const double inside = near * smoothstep(0, 0.6, inward), outside = near * smoothstep(0, 0.6, -inward);
    const double phase = k * (along + p[29] * round);
    const double fine = clamp01(1.5 - (s.footprint * k) / PI);
    if (inside > 0) {
      tilt(s, ax, ay, az, p[26] * inside * fine * std::sin(phase));
      scale(s, 1 - p[27] * inside * (fine * (0.5 - 0.5 * std::cos(phase)) + (1 - fine) * 0.5));
    }
    if (outside > 0) scale(s, 1 + p[28] * outside);
  }
  if (p[23] > 0) creaseAt(s, p, H, t);
}

void armpitFolds(Sample& s, const double* p, double cloth) {
  const double H = p[11], ux = p[8], uy = p[9], uz = p[10];
  const double reach = p[12] * H, from = p[13] * H;
  for (int o = 0; o < 8; o += 4) {
    const double raised = p[o + 3];
    if (raised <= 0) continue;
    const double vx = s.x - p[o], vy = s.y - p[o + 1], vz = s.z - p[o + 2];
    const double dist = std::sqrt(vx * vx + vy * vy + vz * vz);
    if (dist >= 2 * reach || dist < 1e-6) continue;
    const double down = -(vx * ux + vy * uy + vz * uz);
    const double hx = vx + down * ux, hy = vy + down * uy, hz = vz + down * uz;
    double h = std::sqrt(hx * hx + hy * hy + hz * hz);
    if (h == 0) h = 1e-9;
    const double angle = std::atan2(down, h);
    const double dr = dist / reach;
    const double near = cloth * raised * std::exp(-dr * dr) * smoothstep(from, 2 * from, dist) * smoothstep(-0.6, 0, angle);
    if (near < 1e-3) continue;
    const double phase = p[14] * angle;
    const double fine = clamp01(1.5 - (s.footprint * p[14]) / (dist * PI));
    const double c = std::cos(angle), sn = std::sin(angle);
    const double tx = (-sn * hx) / h - c * ux, ty = (-sn * hy) / h - c * uy, tz = (-sn * hz) / h - c * uz;
    tilt(s, tx, ty, tz, p[15] * near * fine * std::sin(phase));
    scale(s, 1 - p[16] * near * (fine * (0.5 - 0.5 * std::cos(phase)) + (1 - fine) * 0.5));
  }
}

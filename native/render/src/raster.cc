// Scan conversion of opaque triangles into the G-buffer: line for line the unclipped path of
// main/engine/frames/rasterizer/rasterize.ts drawTriangles and triangle.ts (setup, span,
// fillGeometry), so the G-buffer holds the same numbers.
#include <cmath>
#include <limits>

#include "numbers.h"
#include "passes.h"

namespace {

struct Setup {
  int a, b, c;
  double x0, y0, e1x, e1y, e2x, e2y, inv;
  double A0, B0, C0, A1, B1, C1, A2, B2, C2;
  int rowStart, rowEnd, xLo, xHi, xs, xe;
};

bool setup(Setup& T, const double* v, int stride, int i0, int i1, int i2, int W, int H) {
  const int a = i0 * stride;
  int b = i1 * stride, c = i2 * stride;
  const double x0 = v[a], y0 = v[a + 1];
  double x1 = v[b], y1 = v[b + 1], x2 = v[c], y2 = v[c + 1];
  double area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  if (!(std::fabs(area) > 1e-12)) return false;
  if (area < 0) {
    int t = b; b = c; c = t;
    double s = x1; x1 = x2; x2 = s;
    s = y1; y1 = y2; y2 = s;
    area = -area;
  }
  // Compared as doubles first: once start < end, both lie within [0, H] (or [0, W]).
  const double rowStart = maxOf(0, ceilOf(minOf(minOf(y0, y1), y2) - 0.5));
  const double rowEnd = minOf(H, ceilOf(maxOf(maxOf(y0, y1), y2) - 0.5));
  if (!(rowStart < rowEnd)) return false;
  const double xLo = maxOf(0, ceilOf(minOf(minOf(x0, x1), x2) - 0.5));
  const double xHi = minOf(W, ceilOf(maxOf(maxOf(x0, x1), x2) - 0.5));
  if (!(xLo < xHi)) return false;
  T.rowStart = static_cast<int>(rowStart); T.rowEnd = static_cast<int>(rowEnd);
  T.xLo = static_cast<int>(xLo); T.xHi = static_cast<int>(xHi);
  T.a = a; T.b = b; T.c = c; T.x0 = x0; T.y0 = y0;
  T.inv = 1 / area;
  T.e1x = x1 - x0; T.e1y = y1 - y0; T.e2x = x2 - x0; T.e2y = y2 - y0;
  T.A0 = -(y1 - y0); T.B0 = x1 - x0; T.C0 = -(T.B0 * y0 + T.A0 * x0);
  T.A1 = -(y2 - y1); T.B1 = x2 - x1; T.C1 = -(T.B1 * y1 + T.A1 * x1);
  T.A2 = -(y0 - y2); T.B2 = x0 - x2; T.C2 = -(T.B2 * y2 + T.A2 * x2);
  return true;
}

inline bool edge(double A, double B, double C, double py, double& lo, double& hi) {
  const double s = B * py + C;
  if (A > 0) lo = maxOf(lo, -s / A);
  else if (A < 0) hi = minOf(hi, -s / A);
  else if (s < 0) return false;
  return true;
}

bool span(Setup& T, double py) {
  double lo = -std::numeric_limits<double>::infinity(), hi = std::numeric_limits<double>::infinity();
  if (!edge(T.A0, T.B0, T.C0, py, lo, hi) || !edge(T.A1, T.B1, T.C1, py, lo, hi) || !edge(T.A2, T.B2, T.C2, py, lo, hi)) return false;
  const double xs = maxOf(T.xLo, ceilOf(lo - 0.5)), xe = minOf(T.xHi, ceilOf(hi - 0.5));
  if (!(xs < xe)) return false;
  T.xs = static_cast<int>(xs);
  T.xe = static_cast<int>(xe);
  return true;
}

inline double ddx(const Setup& T, const double* v, int k) { return ((v[T.b + k] - v[T.a + k]) * T.e2y - (v[T.c + k] - v[T.a + k]) * T.e1y) * T.inv; }
inline double ddy(const Setup& T, const double* v, int k) { return ((v[T.c + k] - v[T.a + k]) * T.e1x - (v[T.b + k] - v[T.a + k]) * T.e2x) * T.inv; }

void fillGeometry(const Geometry& g, const double* v, int stride, int i0, int i1, int i2, uint16_t drawId) {
  Setup T;
  if (!setup(T, v, stride, i0, i1, i2, g.W, g.H)) return;
  const int a = T.a;
  const double iwdx = ddx(T, v, 2), iwdy = ddy(T, v, 2);
  const double nxdx = ddx(T, v, 3), nxdy = ddy(T, v, 3), nydx = ddx(T, v, 4), nydy = ddy(T, v, 4), nzdx = ddx(T, v, 5), nzdy = ddy(T, v, 5);
  const double rdx = ddx(T, v, 6), rdy = ddy(T, v, 6), gdx = ddx(T, v, 7), gdy = ddy(T, v, 7), bdx = ddx(T, v, 8), bdy = ddy(T, v, 8);
  for (int y = T.rowStart; y < T.rowEnd; y++) {
    const double py = y + 0.5;
    if (!span(T, py)) continue;
    const double ox = T.xs + 0.5 - T.x0, oy = py - T.y0;
    double iw = v[a + 2] + iwdx * ox + iwdy * oy;
    double nx = v[a + 3] + nxdx * ox + nxdy * oy;
    double ny = v[a + 4] + nydx * ox + nydy * oy;
    double nz = v[a + 5] + nzdx * ox + nzdy * oy;
    double r = v[a + 6] + rdx * ox + rdy * oy;
    double gg = v[a + 7] + gdx * ox + gdy * oy;
    double b = v[a + 8] + bdx * ox + bdy * oy;
    const int end = y * g.W + T.xe;
    for (int i = y * g.W + T.xs; i < end; i++) {
      if (iw > g.depth[i]) {
        g.depth[i] = static_cast<float>(iw);
        const double w = 1 / iw;
        const int o = i * 3;
        g.normal[o] = static_cast<float>(nx * w); g.normal[o + 1] = static_cast<float>(ny * w); g.normal[o + 2] = static_cast<float>(nz * w);
        g.albedo[o] = static_cast<float>(r * w); g.albedo[o + 1] = static_cast<float>(gg * w); g.albedo[o + 2] = static_cast<float>(b * w);
        g.id[i] = drawId;
      }
      iw += iwdx; nx += nxdx; ny += nydx; nz += nzdx; r += rdx; gg += gdx; b += bdx;
    }
  }
}

}  // namespace

int fillOpaque(const Geometry& g, const TriangleBatch& b, int* drawn) {
  const uint16_t* i16 = static_cast<const uint16_t*>(b.index);
  const uint32_t* i32 = static_cast<const uint32_t*>(b.index);
  const double* P = b.proj;
  const int S = b.stride;
  int count = 0;
  int t = b.start;
  for (; t + 2 < b.end; t += 3) {
    const int i0 = b.index32 ? static_cast<int>(i32[t]) : i16[t];
    const int i1 = b.index32 ? static_cast<int>(i32[t + 1]) : i16[t + 1];
    const int i2 = b.index32 ? static_cast<int>(i32[t + 2]) : i16[t + 2];
    const int c0 = b.codes[i0], c1 = b.codes[i1], c2 = b.codes[i2];
    if ((c0 & c1 & c2) != 0) continue;
    if (((c0 | c1 | c2) & b.outNear) != 0) break;
    if (b.cull != 0) {
      const int a0 = i0 * S, a1 = i1 * S, a2 = i2 * S;
      const double area = (P[a1] - P[a0]) * (P[a2 + 1] - P[a0 + 1]) - (P[a2] - P[a0]) * (P[a1 + 1] - P[a0 + 1]);
      if (b.cull == 1 ? area >= 0 : area <= 0) continue;
    }
    fillGeometry(g, P, S, i0, i1, i2, static_cast<uint16_t>(b.drawId));
    count++;
  }
  *drawn += count;
  return t + 2 < b.end ? t : b.end;
}

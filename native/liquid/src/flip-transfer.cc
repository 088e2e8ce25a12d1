// transfer.ts's particlesToGrid and gridToParticles in C++ (flip-solver.h), operation for operation
// (no fused multiply-adds: binding.gyp), so they give the JavaScript's numbers to the bit. P2G
// splats each velocity part onto its own lattice, the three parts on the pool at once (each part's
// sums in the particles' order, as in JavaScript); G2P reads the lattices at each particle, the
// particles shared out in blocks (each one's result is its own), as does advect's move through the
// grid's flow.
#include <algorithm>
#include <cmath>

#include "flip-solver.h"

namespace {
// Particles from which P2G's three parts are worth splatting on three threads at once.
constexpr int kParallelSplat = 4096;

// The trilinear stencil of a point on a face lattice: its first face and the fractions along each
// axis (clamped to the lattice), as transfer.ts's locate.
struct Stencil {
  int base;
  double fx, fy, fz;
};

// Math.min(Math.max(c, 0), top) for every number, and 0 for NaN (a NaN position reads the
// lattice's first face rather than indexing out of it; in JavaScript it reads NaN).
double clampTo(double c, double top) { return c > 0 ? (c < top ? c : top) : 0.0; }

Stencil locate(const GridFrame& g, const FaceLattice& f, double px, double py, double pz) {
  const double cx = clampTo((px - g.ox) / g.dx - f.off[0], f.sx - 1.000001);
  const double cy = clampTo((py - g.oy) / g.dx - f.off[1], f.sy - 1.000001);
  const double cz = clampTo((pz - g.oz) / g.dx - f.off[2], f.sz - 1.000001);
  const double i = std::floor(cx), j = std::floor(cy), k = std::floor(cz);
  return Stencil{static_cast<int>(i) + f.sx * (static_cast<int>(j) + f.sy * static_cast<int>(k)), cx - i, cy - j, cz - k};
}

double sample(const Stencil& s, const FaceLattice& f, const double* arr) {
  const int sy = f.sx, sz = f.sx * f.sy, b = s.base;
  const double c00 = arr[b] + s.fx * (arr[b + 1] - arr[b]);
  const double c10 = arr[b + sy] + s.fx * (arr[b + sy + 1] - arr[b + sy]);
  const double c01 = arr[b + sz] + s.fx * (arr[b + sz + 1] - arr[b + sz]);
  const double c11 = arr[b + sy + sz] + s.fx * (arr[b + sy + sz + 1] - arr[b + sy + sz]);
  const double c0 = c00 + s.fy * (c10 - c00), c1 = c01 + s.fy * (c11 - c01);
  return c0 + s.fz * (c1 - c0);
}

bool parked(const double* x, int i, double parkedM) {
  return std::fabs(x[3 * i]) > parkedM || std::fabs(x[3 * i + 1]) > parkedM || std::fabs(x[3 * i + 2]) > parkedM;
}
}  // namespace

void FlipSolver::toGrid(const GridFrame& g, FaceLattice* lattices, const double* x, const double* v, int n) {
  const auto part = [&](int a) {
    FaceLattice& f = lattices[a];
    const int count = f.sx * f.sy * f.sz, sy = f.sx, sz = f.sx * f.sy;
    std::fill(f.vel, f.vel + count, 0.0);
    std::fill(f.weight, f.weight + count, 0.0);
    for (int i = 0; i < n; i++) {
      if (parked(x, i, g.parkedM)) continue;
      const Stencil s = locate(g, f, x[3 * i], x[3 * i + 1], x[3 * i + 2]);
      const double value = v[3 * i + a];
      for (int c = 0; c < 8; c++) {
        const double wx = c & 1 ? s.fx : 1 - s.fx, wy = c & 2 ? s.fy : 1 - s.fy, wz = c & 4 ? s.fz : 1 - s.fz;
        const double wgt = wx * wy * wz;
        const int idx = s.base + (c & 1) + (c & 2 ? sy : 0) + (c & 4 ? sz : 0);
        f.vel[idx] += wgt * value;
        f.weight[idx] += wgt;
      }
    }
    for (int q = 0; q < count; q++)
      if (f.weight[q] > 0) f.vel[q] /= f.weight[q];
  };
  // A few particles' parts on the calling thread: waking the pool for them cost more than their
  // splats (a jug's 1.4k particles: 1.7 ms CPU a step of waits at load 7 on two cores).
  if (n < kParallelSplat) {
    for (int a = 0; a < 3; a++) part(a);
    return;
  }
  pool_.each(3, part);
}

void FlipSolver::fromGrid(const GridFrame& g, const FaceLattice* lattices, const double* x, double* v, int n, double flip) {
  pool_.run(n, [&](int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (parked(x, i, g.parkedM)) continue;
      const double px = x[3 * i], py = x[3 * i + 1], pz = x[3 * i + 2];
      for (int a = 0; a < 3; a++) {
        const FaceLattice& f = lattices[a];
        const Stencil s = locate(g, f, px, py, pz);
        const double now = sample(s, f, f.vel), was = sample(s, f, f.old);
        v[3 * i + a] = flip * (v[3 * i + a] + now - was) + (1 - flip) * now;
      }
    }
  });
}

// The grid's velocity at a point (transfer.ts's velocityAt).
static void velocityAt(const GridFrame& g, const FaceLattice* lattices, double px, double py, double pz, double* out) {
  for (int a = 0; a < 3; a++) out[a] = sample(locate(g, lattices[a], px, py, pz), lattices[a], lattices[a].vel);
}

void FlipSolver::advect(const GridFrame& g, const FaceLattice* lattices, const double* x, double* p, int n, double h) {
  pool_.run(n, [&](int begin, int end) {
    double mid[3], last[3];
    for (int i = begin; i < end; i++) {
      const double px = x[3 * i], py = x[3 * i + 1], pz = x[3 * i + 2];
      if (parked(x, i, g.parkedM)) {
        p[3 * i] = px; p[3 * i + 1] = py; p[3 * i + 2] = pz;
        continue;
      }
      velocityAt(g, lattices, px, py, pz, mid);
      velocityAt(g, lattices, px + 0.5 * h * mid[0], py + 0.5 * h * mid[1], pz + 0.5 * h * mid[2], last);
      p[3 * i] = px + h * last[0]; p[3 * i + 1] = py + h * last[1]; p[3 * i + 2] = pz + h * last[2];
    }
  });
}

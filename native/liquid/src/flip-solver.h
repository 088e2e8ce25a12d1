// The FLIP liquid's hot stages (main/engine/liquids/flip/) in C++, on the liquid's thread pool:
// the pressure solve (pressure.ts's PoissonSystem.solve: MIC(0)-preconditioned conjugate gradients
// over the liquid cells, flip-pcg.cc) and the transfers between the particles and the MAC grid's
// faces (transfer.ts's particlesToGrid and gridToParticles, flip-transfer.cc). The JavaScript stays
// the reference: the same operations in the same order, except that the dot products and the
// residual's maximum are summed in fixed chunks of rows and then in chunk order, so their rounding
// differs from the JavaScript's one running sum (but never with the number of threads).
#pragma once
#include <cstdint>
#include <vector>

#include "pool.h"

// One velocity part's face lattice as transfer.ts's FaceField has it: sx * sy * sz faces, the
// lattice starting `off` cells from the grid's origin.
struct FaceLattice {
  double* vel;
  double* weight;  // P2G's weights (unused by G2P)
  const double* old;  // the velocities before the forces (G2P's FLIP difference; unused by P2G)
  int sx, sy, sz;
  double off[3];
};

// The grid's origin and cell width, and how far off a particle is parked (grid.ts's PARKED_M).
struct GridFrame {
  double ox, oy, oz, dx, parkedM;
};

class FlipSolver {
 public:
  explicit FlipSolver(int threads) : pool_(threads) {}
  int threads() const { return pool_.threads(); }

  // A x = b over `rows` rows; nb: each row's six neighbours' rows (-x, +x, -y, +y, -z, +z; -1 for
  // none), diag: its open faces, precon: MIC(0)'s factor. Returns the iterations taken.
  int solve(const int32_t* nb, const double* diag, const double* precon, int rows, const double* b, double* x, double tolerance, int maxIterations);

  // transfer.ts's particlesToGrid onto the three lattices (x, y, z parts): x, v hold n particles.
  void toGrid(const GridFrame& g, FaceLattice* lattices, const double* x, const double* v, int n);
  // transfer.ts's gridToParticles from the three lattices, FLIP's share `flip`.
  void fromGrid(const GridFrame& g, const FaceLattice* lattices, const double* x, double* v, int n, double flip);

 private:
  void precondition(const int32_t* nb, const double* precon, int rows, double* rz);

  Pool pool_;
  std::vector<double> r_, z_, s_, t_, partial_;
};

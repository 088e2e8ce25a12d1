// The FLIP liquid's hot stages (main/engine/liquids/flip/) in C++, on the liquid's thread pool:
// the pressure solve (pressure.ts's PoissonSystem.solve: MIC(0)-preconditioned conjugate gradients
// over the liquid cells, flip-pcg.cc) and the transfers between the particles and the MAC grid's
// faces (transfer.ts's particlesToGrid and gridToParticles, flip-transfer.cc) and the velocities
// carried out past the liquid (extrapolate, flip-extrapolate.cc); and the particles moved through
// the grid's flow (advect.ts's advect: flip-transfer.cc) and kept out of the solids (its settle,
// with colliders.cc's colliders: flip-solids.cc, which also gathers the walls), the SPH neighbour
// lists and relax.ts's passes over them (flip-neighbours.cc, flip-relax.cc), and correct.ts's
// separate (flip-separate.cc). The JavaScript stays
// the reference: the same operations in the same order, except that the dot products and the
// residual's maximum are summed in fixed chunks of rows and then in chunk order, so their rounding
// differs from the JavaScript's one running sum (but never with the number of threads).
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "colliders.h"
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

// The grid's cells and which are liquid (grid.ts): liquidCount cells listed in liquid, and how many
// times the cells were marked (what is worked out from the liquid cells is kept until it changes).
struct CellGrid {
  int nx, ny, nz;
  const int32_t* liquid;
  int liquidCount;
  double marked;
};

// relax.ts's kernel: its radius, rest density, poly6's and spiky's factors, PBF's constraint
// relaxation (per 1/h^2) and how far off a particle is parked.
struct SphKernel {
  double h, rest, poly6, spiky, relaxation, parkedM;
};

// fluid-solids.ts's walls' table (PBF's reading: the sample below): the kernel's radius, rest
// density, the table's samples across it, and its density shares and slopes (samples + 1 each).
struct WallKernel {
  double h, rest;
  int samples;
  const double* table;
  const double* slope;
};

// correct.ts's separate's bins: the grid's origin, the bins' width (the spacing), how many across,
// the spacing pairs are pushed apart to, and how far off a particle is parked.
struct SeparateBins {
  double ox, oy, oz, size;
  int bx, by, bz;
  double spacing, parkedM;
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
  // advect.ts's advect before the collisions: each particle's position after h seconds through
  // the grid's flow by the midpoint rule, into p (x where it is parked).
  void advect(const GridFrame& g, const FaceLattice* lattices, const double* x, double* p, int n, double h);
  // transfer.ts's extrapolate: from the faces a particle reached (P2G's weights), or (fromLiquid)
  // from the faces of the liquid cells.
  void extrapolate(const CellGrid& cells, FaceLattice* lattices, int layers, bool fromLiquid);
  // neighbours.ts's NeighbourGrid.build: for n particles at p, each one's others within cellM
  // (at most 48, in list[48 i...]), and how many (count[i]); flip-neighbours.cc.
  void neighbours(const double* p, int n, double cellM, int32_t* list, int32_t* count);
  // relax.ts's iterate after its walls: moves p (n particles) apart where packed denser than rest,
  // over the neighbour lists (48 a particle); lambda (n) and dp (3n) its scratch. flip-relax.cc.
  void relax(const SphKernel& k, double* p, int n, const int32_t* list, const int32_t* count, const double* wallRho, const double* wallGrad, double* lambda, double* dp);
  // correct.ts's separate before its settle: each pair of p's particles closer than the spacing
  // pushed apart by half the gap (dp: 3n, the pushes). flip-separate.cc.
  void separate(const SeparateBins& b, double* p, int n, double* dp);
  // fluid-solids.ts's gatherWalls (not smooth) at p: each particle's walls' density share, its
  // gradient and that times the walls' speeds. flip-solids.cc.
  void walls(const std::vector<Collider>& colliders, const WallKernel& k, const double* p, int n, double* wallRho, double* wallGrad, double* wallGradV);
  // advect.ts's settle: p collided from x with friction (before: p as it came), the push into a
  // solid taken off v, and p copied into x. flip-solids.cc.
  void settle(const std::vector<Collider>& colliders, double* x, double* v, double* p, double* before, int n, double radius, double friction);

 private:
  void precondition(const int32_t* nb, const double* precon, int rows, double* rz);
  void nearFaces(const CellGrid& cells, const FaceLattice& f, int a, std::vector<int>& list);

  Pool pool_;
  std::vector<double> r_, z_, s_, t_, partial_;
  // extrapolate's scratch, per velocity part.
  std::vector<int> near_[3], fresh_[3];
  std::vector<uint8_t> known_[3], stamp_[3];
  std::array<double, 4> nearKey_ = {};
  std::vector<int> nearCells_;
  bool nearMade_[3] = {false, false, false};
  // neighbours' scratch: each particle's cell and hash slot, the slots' starts, the particles by
  // slot and cell; the runs of one cell (their starts in order_, their cells, each slot's first).
  std::vector<int32_t> cell_, runCell_;
  std::vector<uint32_t> slot_;
  std::vector<int> start_, fill_, order_, runStart_, slotRun_;
  // separate's bins: each particle's (-1: none), their starts, the particles by bin.
  std::vector<int64_t> binOf_;
  std::vector<int> binStart_, binFill_, binOrder_;
  // The particles' places in run order (order_'s).
  std::vector<double> sortedP_;
};

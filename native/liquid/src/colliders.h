// The solids a liquid meets, as main/engine/liquids/container.ts and solids.ts describe them, read
// from the flat list of numbers their encode() methods write (colliders.ts holds the layout):
// a container (a lathe glass, bowl or jug: its cavity and outside radii by height), the floor, a
// box (a table's top, a block) and a sphere (a stone, an apple). Each moves a particle's predicted
// position out of itself; the floor and a container's cavity also stand in for the liquid beyond
// their walls (walls()).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

struct Pose {
  double t[3];
  double q[4];  // x, y, z, w
};

struct Profile {
  std::vector<double> r, y;
  double at(double y) const;
};

struct Collider {
  enum Kind { kFloor = 1, kBox = 2, kSphere = 3, kContainer = 4 } kind;
  double floorY = 0;
  double half[3] = {0, 0, 0};
  double radius = 0;
  Pose pose{}, before{};
  // A container's shape, in its own frame with y from its bottom.
  double heightM = 0, floorM = 0;
  Profile outer, inner;

  double rIn(double y) const;
  double rOut(double y) const;
  double slopeAt(double y) const;
  bool isInside(double r, double y) const;
};

// What walls() reports for each wall near a point: its distance and the normal into the liquid.
struct WallHit {
  double dist, n[3];
};

// Reads the list; throws std::runtime_error with a sentence when it is malformed.
std::vector<Collider> decodeColliders(const double* data, size_t length);

// Moves particle i's predicted position p out of the collider (x: where it was at the step's start).
void projectOne(const Collider& c, double* p, const double* x, double rp);
// A point's walls, at most kMaxWalls of them.
constexpr int kMaxWalls = 8;
struct Walls {
  WallHit hit[kMaxWalls];
  int count = 0;
  void add(double dist, double nx, double ny, double nz) {
    if (count < kMaxWalls) hit[count++] = {dist, {nx, ny, nz}};
  }
};
// The walls near a point (added to walls); true when the point is in a container's cavity.
bool wallsAt(const Collider& c, const double* point, Walls& walls);

// The solids a liquid meets, as main/engine/liquids/container.ts and solids.ts describe them, read
// from the flat list of numbers their encode() methods write (colliders.ts holds the layout):
// a container (a lathe glass, bowl or jug: its cavity and outside radii by height), the floor, a
// box (a table's top, a block) and a sphere (a stone, an apple). Each moves a particle's predicted
// position out of itself; the floor and a container's cavity also stand in for the liquid beyond
// their walls (walls()).
#pragma once
#include <cmath>
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

// How a solid's body moves (motion.ts): velocity, angular velocity, centre of mass.
struct Motion {
  double v[3] = {0, 0, 0}, w[3] = {0, 0, 0}, com[3] = {0, 0, 0};
};

struct Collider {
  enum Kind { kFloor = 1, kBox = 2, kSphere = 3, kContainer = 4 } kind;
  double floorY = 0;
  double half[3] = {0, 0, 0};
  double radius = 0;
  // A moving thing's mass in the liquid's particles' masses (fluid-solids.ts's massInParticles;
  // 0: one the liquid does not move within its step).
  double mass = 0;
  Pose pose{}, before{};
  Motion motion{};
  // A thing in the liquid (pbf.ts's FluidCollider.immersed): its walls count in a cavity too.
  bool immersed = false;
  // Its walls are read by DFSPH only (a box's or sphere's).
  bool dfsphWalls() const { return kind == kBox || kind == kSphere; }
  // A container's shape, in its own frame with y from its bottom.
  double heightM = 0, floorM = 0;
  Profile outer, inner;
  // Culling, set by decodeColliders (exact: a particle culled would not have been moved). A
  // container: the radius of a sphere about its pose's centre that holds it (infinite when a
  // quaternion is too far from unit length to trust the sphere). A box: its rotation's matrix
  // (column b is the b-th axis taken into the box's frame), so a particle's depth along one
  // axis costs a dot product, not a rotation.
  double bound = INFINITY;
  double toBox[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

  double rIn(double y) const;
  double rOut(double y) const;
  double slopeAt(double y) const;
  bool isInside(double r, double y) const;
  bool cameFromInside(double r, double y) const;
};

// What walls() reports for each wall near a point: its distance, the normal into the liquid and
// the wall's speed along it; `who` is the collider's place in the list (Walls::current).
struct WallHit {
  double dist, n[3], speed;
  int who;
  // 1 / a round wall's radius (fluid-solids.ts's WallSink), 0 for a flat one.
  double curvature;
};

// v rotated by the unit quaternion q (x, y, z, w), or by its inverse (container.ts's rotate).
inline void rotate(double* v, const double* q, bool inverse) {
  const double qx = inverse ? -q[0] : q[0], qy = inverse ? -q[1] : q[1], qz = inverse ? -q[2] : q[2], qw = q[3];
  const double x = v[0], y = v[1], z = v[2];
  const double tx = 2 * (qy * z - qz * y), ty = 2 * (qz * x - qx * z), tz = 2 * (qx * y - qy * x);
  v[0] = x + qw * tx + (qy * tz - qz * ty);
  v[1] = y + qw * ty + (qz * tx - qx * tz);
  v[2] = z + qw * tz + (qx * ty - qy * tx);
}

// Reads the list (collider-decode.cc); throws std::runtime_error with a sentence when it is malformed.
std::vector<Collider> decodeColliders(const double* data, size_t length);
// Whether a motion moves at all (motion.ts's moves).
bool moves(const Motion& m);
// dfsph-solids.ts's carrySolids for one solid: `at` becomes `from` carried t seconds along its
// motion (motion.ts's carried, op for op), a container's side of the wall judged at where `at` was.
void carryCollider(const Collider& from, double t, Collider& at);

// Moves particle i's predicted position p out of the collider (x: where it was at the step's start).
void projectOne(const Collider& c, double* p, const double* x, double rp);
// A point's walls, at most kMaxWalls of them.
constexpr int kMaxWalls = 16;
// Only walls nearer than `range` (the kernel's radius) are kept: the rest add nothing.
struct Walls {
  WallHit hit[kMaxWalls];
  int count = 0;
  double range = INFINITY;
  // The collider being read (its hits are marked with it).
  int current = -1;
  void add(double dist, double nx, double ny, double nz, double speed, double curvature = 0) {
    if (dist < range && count < kMaxWalls) hit[count++] = {dist, {nx, ny, nz}, speed, current, curvature};
  }
};
// The walls near a point (added to walls); true when the point is in a container's cavity.
bool wallsAt(const Collider& c, const double* point, Walls& walls);

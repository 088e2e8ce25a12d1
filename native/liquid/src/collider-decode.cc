// Reads the flat list of numbers the solids' encode() methods write (collider-codes.ts holds the
// layout) into the solids colliders.cc moves particles out of, each with its culling set up.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "colliders.h"

namespace {

class Reader {
 public:
  Reader(const double* d, size_t n) : d_(d), n_(n) {}
  double next() {
    if (at_ >= n_) throw std::runtime_error("The liquid's solids are cut short.");
    return d_[at_++];
  }
  Motion motion() {
    Motion m{};
    for (double& v : m.v) v = next();
    for (double& v : m.w) v = next();
    for (double& v : m.com) v = next();
    return m;
  }
  Pose pose() {
    Pose p{};
    for (double& v : p.t) v = next();
    for (double& v : p.q) v = next();
    return p;
  }
  Profile profile() {
    const double count = next();
    if (!(count >= 1 && count <= 4096)) throw std::runtime_error("A container's profile is not valid.");
    Profile out;
    for (int i = 0; i < static_cast<int>(count); i++) {
      out.r.push_back(next());
      out.y.push_back(next());
    }
    return out;
  }

 private:
  const double* d_;
  size_t n_;
  size_t at_ = 0;
};

// A container's culling sphere (Collider::bound): its half height and widest radius; infinite
// when a pose's quaternion is more than 1e-5 off unit length (the rotation then scales a point by
// at most four times that: within the 1.001 projectContainer widens the sphere by).
double containerBound(const Collider& c) {
  double widest = 0;
  for (const Profile* pr : {&c.outer, &c.inner})
    for (double r : pr->r) widest = std::max(widest, std::abs(r));
  for (const Pose* pose : {&c.pose, &c.before}) {
    const double* q = pose->q;
    if (!(std::abs(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3] - 1) < 1e-5)) return INFINITY;
  }
  const double half = c.heightM / 2;
  return std::sqrt(half * half + widest * widest);
}
// A box's rotation as a matrix (Collider::toBox).
void boxAxes(Collider& c) {
  for (int b = 0; b < 3; b++) {
    double e[3] = {0, 0, 0};
    e[b] = 1;
    rotate(e, c.pose.q, true);
    for (int a = 0; a < 3; a++) c.toBox[b][a] = e[a];
  }
}
}  // namespace

bool moves(const Motion& m) { return m.v[0] != 0 || m.v[1] != 0 || m.v[2] != 0 || m.w[0] != 0 || m.w[1] != 0 || m.w[2] != 0; }

void carryCollider(const Collider& from, double t, Collider& at) {
  const Motion& m = from.motion;
  const double hx = 0.5 * t * m.w[0], hy = 0.5 * t * m.w[1], hz = 0.5 * t * m.w[2];
  const double k = 1 / std::sqrt(1 + hx * hx + hy * hy + hz * hz);
  const double d[4] = {hx * k, hy * k, hz * k, k};
  double com[3], r[3];
  for (int a = 0; a < 3; a++) {
    com[a] = m.com[a] + t * m.v[a];
    r[a] = from.pose.t[a] - m.com[a];
  }
  rotate(r, d, false);
  const double* q = from.pose.q;
  at.before = at.pose;
  for (int a = 0; a < 3; a++) {
    at.pose.t[a] = com[a] + r[a];
    at.motion.com[a] = com[a];
  }
  at.pose.q[0] = d[3] * q[0] + d[0] * q[3] + d[1] * q[2] - d[2] * q[1];
  at.pose.q[1] = d[3] * q[1] - d[0] * q[2] + d[1] * q[3] + d[2] * q[0];
  at.pose.q[2] = d[3] * q[2] + d[0] * q[1] - d[1] * q[0] + d[2] * q[3];
  at.pose.q[3] = d[3] * q[3] - d[0] * q[0] - d[1] * q[1] - d[2] * q[2];
  if (at.kind == Collider::kBox) boxAxes(at);
  if (at.kind == Collider::kContainer) at.bound = containerBound(at);
}

std::vector<Collider> decodeColliders(const double* data, size_t length) {
  Reader in(data, length);
  const double count = length > 0 ? in.next() : 0;
  if (!(count >= 0 && count <= 256)) throw std::runtime_error("The liquid has too many solids.");
  std::vector<Collider> out(static_cast<size_t>(count));
  for (Collider& c : out) {
    const int kind = static_cast<int>(in.next());
    switch (kind) {
      case Collider::kFloor:
        c.kind = Collider::kFloor;
        c.floorY = in.next();
        break;
      case Collider::kBox:
        c.kind = Collider::kBox;
        for (double& h : c.half) h = in.next();
        c.pose = in.pose();
        c.motion = in.motion();
        c.immersed = in.next() != 0;
        c.mass = in.next();
        boxAxes(c);
        break;
      case Collider::kSphere:
        c.kind = Collider::kSphere;
        c.radius = in.next();
        for (double& t : c.pose.t) t = in.next();
        c.motion = in.motion();
        c.mass = in.next();
        c.immersed = true;
        break;
      case Collider::kContainer:
        c.kind = Collider::kContainer;
        c.pose = in.pose();
        c.before = in.pose();
        c.motion = in.motion();
        c.heightM = in.next();
        c.floorM = in.next();
        c.outer = in.profile();
        c.inner = in.profile();
        c.bound = containerBound(c);
        break;
      default:
        throw std::runtime_error("The liquid met a solid of an unknown kind.");
    }
  }
  return out;
}

// The same geometry as container.ts and solids.ts, step for step, so that the native and the
// JavaScript solvers agree (test/unit/liquid-native.test.ts compares them).
#include "colliders.h"

#include <algorithm>
#include <cmath>

namespace {

double sign1(double v) { return v > 0 ? 1 : v < 0 ? -1 : 1; }

void toLocal(const Collider& c, const double* w, double* out, const Pose& pose) {
  for (int a = 0; a < 3; a++) out[a] = w[a] - pose.t[a];
  rotate(out, pose.q, true);
  out[1] += c.heightM / 2;
}

void toWorld(const Collider& c, double* v) {
  v[1] -= c.heightM / 2;
  rotate(v, c.pose.q, false);
  for (int a = 0; a < 3; a++) v[a] += c.pose.t[a];
}

// container.ts's place(): where a particle at local v must go, given the side of the wall it was on.
bool place(const Collider& s, double* v, bool wasInside, bool wasAbove, double rp) {
  const double x = v[0], y = v[1], z = v[2];
  const double r = std::sqrt(x * x + z * z);
  if (wasInside || (wasAbove && r < s.rIn(std::min(y, s.heightM)))) {
    if (y > s.heightM) return false;
    const double yMin = s.floorM + rp;
    const double slope = s.slopeAt(std::max(y, s.floorM));
    const double norm = std::sqrt(1 + slope * slope);
    const double inside = (s.rIn(std::max(y, s.floorM)) - r) / norm;
    if (inside >= rp && y >= yMin) return false;
    double rr = r, yy = std::max(y, yMin);
    if (inside < rp) {
      const double push = rp - inside;
      rr = std::max(0.0, r - push / norm);
      yy = std::max(yy, y + (push * slope) / norm);
    }
    const double k = r > 1e-9 ? rr / r : 1;
    v[0] = x * k;
    v[2] = z * k;
    v[1] = yy;
    return true;
  }
  const double rOut = s.rOut(y) + rp;
  if (y > s.heightM + rp || y < -rp || r >= rOut) return false;
  if (wasAbove) {
    v[1] = s.heightM + rp;
    return true;
  }
  const double k = r > 1e-9 ? rOut / r : 1;
  v[0] = r > 1e-9 ? x * k : rOut;
  v[2] = r > 1e-9 ? z * k : 0;
  return true;
}

// Whether a point is farther than r from a pose's centre (r itself small against the point's
// offset's rounding).
bool beyond(const double* p, const Pose& pose, double r) {
  const double dx = p[0] - pose.t[0], dy = p[1] - pose.t[1], dz = p[2] - pose.t[2];
  return dx * dx + dy * dy + dz * dz > r * r;
}

void projectContainer(const Collider& s, double* p, const double* x, double rp) {
  const double reach = s.heightM + s.rOut(s.heightM) + 2 * rp;
  for (int a = 0; a < 3; a++)
    if (std::abs(p[a] - s.pose.t[a]) > reach) return;
  // Outside the container's sphere now, and outside it (so not in its cavity) at the step's start:
  // place() leaves such a particle where it is. The sphere is widened by the particle's radius
  // twice over (a corner of the radius-widened wall) and a thousandth (a quaternion's length).
  const double r = (s.bound + 2 * rp) * 1.001 + 1e-6;
  if (beyond(p, s.pose, r) && beyond(x, s.before, r)) return;
  double a[3], b[3];
  toLocal(s, x, a, s.before);
  const bool wasInside = s.cameFromInside(std::sqrt(a[0] * a[0] + a[2] * a[2]), a[1]);
  const bool wasAbove = a[1] > s.heightM;
  toLocal(s, p, b, s.pose);
  if (!place(s, b, wasInside, wasAbove, rp)) return;
  toWorld(s, b);
  for (int k = 0; k < 3; k++) p[k] = b[k];
}

void projectBox(const Collider& c, double* p, double rp) {
  const double* h = c.half;
  const double reach = std::sqrt(h[0] * h[0] + h[1] * h[1] + h[2] * h[2]) + rp;
  double v[3] = {p[0] - c.pose.t[0], p[1] - c.pose.t[1], p[2] - c.pose.t[2]};
  if (std::abs(v[0]) > reach || std::abs(v[1]) > reach || std::abs(v[2]) > reach) return;
  // Its depth along each of the box's axes by the rotation's matrix (the same linear map as
  // rotate(), summed in another order: a margin far beyond the rounding): no depth, no push.
  const double margin = 1e-9 * (1 + std::abs(v[0]) + std::abs(v[1]) + std::abs(v[2]));
  for (int a = 0; a < 3; a++) {
    const double along = c.toBox[0][a] * v[0] + c.toBox[1][a] * v[1] + c.toBox[2][a] * v[2];
    if (h[a] + rp - std::abs(along) < -margin) return;
  }
  rotate(v, c.pose.q, true);
  int axis = -1;
  double best = INFINITY;
  for (int a = 0; a < 3; a++) {
    const double depth = h[a] + rp - std::abs(v[a]);
    if (depth <= 0) return;
    if (depth < best) {
      best = depth;
      axis = a;
    }
  }
  v[axis] = sign1(v[axis]) * (h[axis] + rp);
  rotate(v, c.pose.q, false);
  for (int a = 0; a < 3; a++) p[a] = v[a] + c.pose.t[a];
}

void projectSphere(const Collider& c, double* p, double rp) {
  const double R = c.radius + rp;
  const double dx = p[0] - c.pose.t[0], dy = p[1] - c.pose.t[1], dz = p[2] - c.pose.t[2];
  const double d2 = dx * dx + dy * dy + dz * dz;
  if (d2 >= R * R) return;
  const double d = std::sqrt(d2);
  const double k = d > 1e-9 ? R / d : 1;
  p[0] = c.pose.t[0] + (d > 1e-9 ? dx * k : 0);
  p[1] = c.pose.t[1] + (d > 1e-9 ? dy * k : R);
  p[2] = c.pose.t[2] + dz * (d > 1e-9 ? k : 0);
}

// motion.ts's normalSpeed: n . (v + w x (p - com)).
double normalSpeed(const Motion& m, const double* p, const double* n) {
  const double rx = p[0] - m.com[0], ry = p[1] - m.com[1], rz = p[2] - m.com[2];
  const double ux = m.v[0] + (m.w[1] * rz - m.w[2] * ry);
  const double uy = m.v[1] + (m.w[2] * rx - m.w[0] * rz);
  const double uz = m.v[2] + (m.w[0] * ry - m.w[1] * rx);
  return n[0] * ux + n[1] * uy + n[2] * uz;
}

// solids.ts's BoxCollider.walls: the nearest face's wall (negative inside, by the face least deep).
void boxWalls(const Collider& c, const double* point, Walls& hits) {
  const double* h = c.half;
  double v[3] = {point[0] - c.pose.t[0], point[1] - c.pose.t[1], point[2] - c.pose.t[2]};
  rotate(v, c.pose.q, true);
  double n[3];
  double out2 = 0;
  for (int a = 0; a < 3; a++) {
    const double d = v[a] - std::min(std::max(v[a], -h[a]), h[a]);
    n[a] = d;
    out2 += d * d;
  }
  double dist;
  if (out2 > 1e-18) {
    dist = std::sqrt(out2);
    for (double& e : n) e = e / dist;
  } else {
    int axis = 0;
    for (int a = 1; a < 3; a++)
      if (h[a] - std::abs(v[a]) < h[axis] - std::abs(v[axis])) axis = a;
    dist = std::abs(v[axis]) - h[axis];
    n[0] = n[1] = n[2] = 0;
    n[axis] = v[axis] < 0 ? -1 : 1;
  }
  rotate(n, c.pose.q, false);
  hits.add(dist, n[0], n[1], n[2], normalSpeed(c.motion, point, n));
}

void sphereWalls(const Collider& c, const double* point, Walls& hits) {
  const double dx = point[0] - c.pose.t[0], dy = point[1] - c.pose.t[1], dz = point[2] - c.pose.t[2];
  const double r = std::sqrt(dx * dx + dy * dy + dz * dz);
  const double n[3] = {r > 1e-9 ? dx / r : 0, r > 1e-9 ? dy / r : 1, r > 1e-9 ? dz / r : 0};
  hits.add(r - c.radius, n[0], n[1], n[2], normalSpeed(c.motion, point, n), 1 / c.radius);
}

}  // namespace

double Profile::at(double y) const {
  for (size_t i = 1; i < r.size(); i++) {
    if (y <= this->y[i]) {
      const double ay = this->y[i - 1], by = this->y[i];
      return by > ay ? r[i - 1] + ((r[i] - r[i - 1]) * (y - ay)) / (by - ay) : std::max(r[i - 1], r[i]);
    }
  }
  return r.back();
}

double Collider::rIn(double y) const { return y < floorM ? 0 : inner.at(y); }

double Collider::rOut(double y) const { return outer.at(std::min(std::max(y, 0.0), heightM)); }

double Collider::slopeAt(double y) const {
  const double e = 0.002;
  const double hi = std::min(y + e, heightM), lo = std::max(y - e, floorM);
  return (rIn(hi) - rIn(lo)) / (hi - lo);
}

bool Collider::isInside(double r, double y) const { return y > floorM * 0.5 && y <= heightM && r < rIn(y); }

// See container.ts cameFromInside.
bool Collider::cameFromInside(double r, double y) const { return y > floorM * 0.5 && y <= heightM && r < 0.5 * (rIn(y) + rOut(y)); }

void projectOne(const Collider& c, double* p, const double* x, double rp) {
  switch (c.kind) {
    case Collider::kFloor:
      if (p[1] < c.floorY + rp) p[1] = c.floorY + rp;
      break;
    case Collider::kBox:
      projectBox(c, p, rp);
      break;
    case Collider::kSphere:
      projectSphere(c, p, rp);
      break;
    case Collider::kContainer:
      projectContainer(c, p, x, rp);
      break;
  }
}

bool wallsAt(const Collider& c, const double* point, Walls& hits) {
  if (c.kind == Collider::kFloor) {
    hits.add(point[1] - c.floorY, 0, 1, 0, 0);
    return false;
  }
  if (c.kind == Collider::kBox) {
    boxWalls(c, point, hits);
    return false;
  }
  if (c.kind == Collider::kSphere) {
    sphereWalls(c, point, hits);
    return false;
  }
  double a[3];
  toLocal(c, point, a, c.pose);
  const double r = std::sqrt(a[0] * a[0] + a[2] * a[2]);
  if (!c.isInside(r, a[1])) return false;
  double n[3] = {0, 1, 0};
  rotate(n, c.pose.q, false);
  hits.add(a[1] - c.floorM, n[0], n[1], n[2], normalSpeed(c.motion, point, n));
  if (r < 1e-9) return true;
  const double slope = c.slopeAt(a[1]);
  const double norm = std::sqrt(1 + slope * slope);
  double m[3] = {-a[0] / r / norm, slope / norm, -a[2] / r / norm};
  rotate(m, c.pose.q, false);
  hits.add((c.rIn(a[1]) - r) / norm, m[0], m[1], m[2], normalSpeed(c.motion, point, m));
  return true;
}

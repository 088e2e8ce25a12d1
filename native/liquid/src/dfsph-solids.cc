// DFSPH against the solids, as main/engine/liquids/dfsph-solids.ts does it (that file says why):
// friction for a film of liquid on a solid, keepOut, what the liquid did to each box and sphere,
// and its braking of them within the step.
#include <cmath>
#include <unordered_map>

#include "pbf.h"

namespace {
// As dfsph-solids.ts.
constexpr double kFilmM = 0.02;

// Adds impulse j at point p to a solid's reaction: j, then its moment about the solid's pose.
void react(const Collider& c, const double* p, double jx, double jy, double jz, double* out) {
  const double rx = p[0] - c.pose.t[0], ry = p[1] - c.pose.t[1], rz = p[2] - c.pose.t[2];
  out[0] += jx;
  out[1] += jy;
  out[2] += jz;
  out[3] += ry * jz - rz * jy;
  out[4] += rz * jx - rx * jz;
  out[5] += rx * jy - ry * jx;
}
}  // namespace

// dfsph.ts's filmDepths (over x_, in cell order; the tops do not depend on the order).
void Fluid::filmDepths() {
  const double inv = 1 / h_;
  std::unordered_map<int64_t, double> top;
  const auto key = [&](int i) {
    return (static_cast<int64_t>(std::floor(x_[3 * i] * inv)) + 50000) * 100000 + (static_cast<int64_t>(std::floor(x_[3 * i + 2] * inv)) + 50000);
  };
  for (int i = 0; i < n_; i++) {
    const auto found = top.find(key(i));
    if (found == top.end()) top.emplace(key(i), x_[3 * i + 1]);
    else if (x_[3 * i + 1] > found->second) found->second = x_[3 * i + 1];
  }
  for (int i = 0; i < n_; i++) depth_[i] = top[key(i)] - x_[3 * i + 1];
}

// dfsph.ts's wallFriction: the slide along the walls loses at most friction x their push, for a
// film (dfsph-solids.ts says which share).
void Fluid::wallFriction(int begin, int end) {
  for (int i = begin; i < end; i++) {
    if (depth_[i] > kFilmM) continue;
    const double gx = wallGrad_[3 * i], gy = wallGrad_[3 * i + 1], gz = wallGrad_[3 * i + 2];
    const double g2 = gx * gx + gy * gy + gz * gz;
    if (g2 == 0) continue;
    const double g = std::sqrt(g2);
    const double push = -(kDensity_[i] + kDivergence_[i]) * g;
    if (push <= 0) continue;
    const double nx = gx / g, ny = gy / g, nz = gz / g;
    const double vn = v_[3 * i] * nx + v_[3 * i + 1] * ny + v_[3 * i + 2] * nz;
    const double tx = v_[3 * i] - vn * nx, ty = v_[3 * i + 1] - vn * ny, tz = v_[3 * i + 2] - vn * nz;
    const double t2 = tx * tx + ty * ty + tz * tz;
    if (t2 == 0) continue;
    const double cut = jsMin(1, (params_.friction * push * jsMax(-ny, jsMax(0, ty) / std::sqrt(t2))) / std::sqrt(t2));
    v_[3 * i] -= cut * tx;
    v_[3 * i + 1] -= cut * ty;
    v_[3 * i + 2] -= cut * tz;
  }
}

// dfsph.ts's keepOut: a particle a solid moved keeps its velocity but for what it had into the
// solid, raised to the walls' speed along the push, less friction's share of its slide, its move
// this substep too (dp_ holds the positions before the move).
void Fluid::keepOut(int begin, int end, double dt) {
  for (int i = begin; i < end; i++) {
    const double cx = p_[3 * i] - dp_[3 * i], cy = p_[3 * i + 1] - dp_[3 * i + 1], cz = p_[3 * i + 2] - dp_[3 * i + 2];
    const double push2 = cx * cx + cy * cy + cz * cz;
    double* kept = &keptOut_[3 * i];
    kept[0] = kept[1] = kept[2] = 0;
    if (push2 == 0) continue;
    const double push = std::sqrt(push2);
    const double nx = cx / push, ny = cy / push, nz = cz / push;
    const double gx = wallGrad_[3 * i], gy = wallGrad_[3 * i + 1], gz = wallGrad_[3 * i + 2];
    const double along = gx * nx + gy * ny + gz * nz;
    const double g2 = gx * gx + gy * gy + gz * gz;
    const double wall = along * along > 0.25 * g2 && along != 0 ? wallGradV_[i] / along : 0;
    const double vn = v_[3 * i] * nx + v_[3 * i + 1] * ny + v_[3 * i + 2] * nz;
    if (vn >= wall) continue;
    const double dv = wall - vn;
    const double tx = v_[3 * i] - vn * nx, ty = v_[3 * i + 1] - vn * ny, tz = v_[3 * i + 2] - vn * nz;
    const double t2 = tx * tx + ty * ty + tz * tz;
    const double cut = t2 > 0 && depth_[i] <= kFilmM ? jsMin(1, (params_.friction * dv * jsMax(ny, jsMax(0, ty) / std::sqrt(t2))) / std::sqrt(t2)) : 0;
    kept[0] = dv * nx - cut * tx;
    kept[1] = dv * ny - cut * ty;
    kept[2] = dv * nz - cut * tz;
    for (int a = 0; a < 3; a++) v_[3 * i + a] += kept[a];
    p_[3 * i] -= dt * cut * tx;
    p_[3 * i + 1] -= dt * cut * ty;
    p_[3 * i + 2] -= dt * cut * tz;
  }
}

// dfsph.ts's addReactions: what the substep's pressure and keepOut gave each particle against a
// box or sphere, taken back off that solid (summed in the caller's order, as the JavaScript).
void Fluid::addReactions(const std::vector<Collider>& colliders, double* reactions) const {
  for (int i = 0; i < n_; i++) {
    const int k = pos_[i];
    const double kappa = kDensity_[k] + kDivergence_[k];
    if (wallBody_[k] >= 0) {
      const double* g = &wallBodyGrad_[3 * k];
      react(colliders[wallBody_[k]], &x_[3 * k], -kappa * g[0], -kappa * g[1], -kappa * g[2], &reactions[kReactionStride * wallBody_[k]]);
    }
    const int by = movedBy_[k];
    if (by >= 0 && colliders[by].dfsphWalls()) {
      const double* d = &keptOut_[3 * k];
      react(colliders[by], &x_[3 * k], -d[0], -d[1], -d[2], &reactions[kReactionStride * by]);
    }
  }
}

// dfsph-solids.ts's BrakedSolids.brake, after the substep ending t seconds into a step of dt: each
// moving solid with a mass has its motion braked by the substep's push (what addReactions added
// since `last`), from where it is then (`base`, carried from `since`).
void brakeSolids(const std::vector<Collider>& colliders, std::vector<Collider>& base, std::vector<double>& since, std::vector<double>& last, double* reactions, double t, double dt) {
  for (size_t k = 0; k < colliders.size(); k++) {
    const Collider& c = colliders[k];
    if (c.kind == Collider::kFloor || !moves(c.motion) || !(base[k].mass > 0)) continue;
    double* r = &reactions[kReactionStride * k];
    double* l = &last[3 * k];
    const double mass = base[k].mass;
    const double jx = (r[0] - l[0]) / mass, jy = (r[1] - l[1]) / mass, jz = (r[2] - l[2]) / mass;
    l[0] = r[0];
    l[1] = r[1];
    l[2] = r[2];
    const double size = std::sqrt(jx * jx + jy * jy + jz * jz);
    const double* v = base[k].motion.v;
    const double against = size > 0 ? -(v[0] * jx + v[1] * jy + v[2] * jz) / size : 0;
    if (against <= 0) continue;
    const double cut = jsMin(size, against) / size;
    const double d[3] = {cut * jx, cut * jy, cut * jz};
    Collider now = base[k];
    carryCollider(base[k], t - since[k], now);
    for (int a = 0; a < 3; a++) now.motion.v[a] = v[a] + d[a];
    base[k] = now;
    since[k] = t;
    for (int a = 0; a < 3; a++) r[6 + a] += d[a] * (dt - t);
  }
}

// The liquid's surface grid (main/engine/liquids/cubes-box.ts and draw.ts): the particles' bumps
// summed into the density grid, and marching cubes over the box of cells they reached. The
// JavaScript twins are the reference: the same loops in the same order with the same double
// arithmetic rounded to float32 where they store (test/unit/liquid-cubes-box.test.ts holds the two
// to the same bytes). The edge and triangle tables are three.js's, passed in from JavaScript.
#include <node_api.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "napi-args.h"

namespace {

// A cube's corners (cells along x, y, z) in three's order, the bit each sets in the cube's index
// when below the level, and its edges: the corners each joins and the axis it runs along.
const int CORNERS[8][3] = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {0, 0, 1}, {1, 0, 1}, {0, 1, 1}, {1, 1, 1}};
const int CORNER_BIT[8] = {1, 2, 8, 4, 16, 32, 128, 64};
const int EDGES[12][3] = {{0, 1, 0}, {1, 3, 1}, {2, 3, 0}, {0, 2, 1}, {4, 5, 0}, {5, 7, 1}, {6, 7, 0}, {4, 6, 1}, {0, 4, 2}, {1, 5, 2}, {3, 7, 2}, {2, 6, 2}};

struct Grid {
  int size;
  float* field;
  float* palette;
  float* normals;
};

// The field's gradient at cell q into the normal cache, once (0 in its first number: not yet).
inline void normalAt(const Grid& g, long q) {
  float* nc = g.normals;
  if (nc[3 * q] != 0) return;
  const long s = g.size, s2 = s * s;
  const float* f = g.field;
  nc[3 * q] = static_cast<float>(static_cast<double>(f[q - 1]) - f[q + 1]);
  nc[3 * q + 1] = static_cast<float>(static_cast<double>(f[q - s]) - f[q + s]);
  nc[3 * q + 2] = static_cast<float>(static_cast<double>(f[q - s2]) - f[q + s2]);
}

inline float lerp(float a, float b, double t) { return static_cast<float>(a + (static_cast<double>(b) - a) * t); }

// Marching cubes over the cubes reaching into box [x0, y0, z0, x1, y1, z1] (cells, inclusive);
// vertices, normals and colours written while they fit in `cap` floats; returns the vertex count.
int meshCubes(const Grid& g, const double* box, double isol, const int32_t* edgeTable, const int32_t* triTable, float* pos, float* nor, float* col, size_t cap) {
  const int size = g.size, last = size - 3;
  const long s2 = static_cast<long>(size) * size;
  const double half = size / 2.0, d = 2.0 / size;
  long corner[8];
  for (int c = 0; c < 8; c++) corner[c] = CORNERS[c][0] + CORNERS[c][1] * size + CORNERS[c][2] * s2;
  float vlist[36], nlist[36], clist[36];
  int count = 0;
  const int bx0 = static_cast<int>(box[0]), by0 = static_cast<int>(box[1]), bz0 = static_cast<int>(box[2]);
  const int bx1 = static_cast<int>(box[3]), by1 = static_cast<int>(box[4]), bz1 = static_cast<int>(box[5]);
  for (int z = std::max(1, bz0 - 1); z <= std::min(last, bz1); z++) {
    const double fz = (z - half) / half;
    for (int y = std::max(1, by0 - 1); y <= std::min(last, by1); y++) {
      const double fy = (y - half) / half;
      for (int x = std::max(1, bx0 - 1); x <= std::min(last, bx1); x++) {
        const long q = x + y * static_cast<long>(size) + z * s2;
        int index = 0;
        for (int c = 0; c < 8; c++) if (g.field[q + corner[c]] < isol) index |= CORNER_BIT[c];
        const int bits = edgeTable[index];
        if (bits == 0) continue;
        const double fx = (x - half) / half;
        for (int e = 0; e < 12; e++) {
          if (!(bits & (1 << e))) continue;
          const int a = EDGES[e][0], b = EDGES[e][1], axis = EDGES[e][2];
          const long qa = q + corner[a], qb = q + corner[b];
          normalAt(g, qa);
          normalAt(g, qb);
          const double va = g.field[qa], mu = (isol - va) / (g.field[qb] - va);
          const double p[3] = {CORNERS[a][0] ? fx + d : fx, CORNERS[a][1] ? fy + d : fy, CORNERS[a][2] ? fz + d : fz};
          const int o = 3 * e;
          for (int k = 0; k < 3; k++) {
            vlist[o + k] = static_cast<float>(k == axis ? p[k] + mu * d : p[k]);
            nlist[o + k] = lerp(g.normals[3 * qa + k], g.normals[3 * qb + k], mu);
            clist[o + k] = lerp(g.palette[3 * qa + k], g.palette[3 * qb + k], mu);
          }
        }
        for (int i = index << 4; triTable[i] != -1; i++) {
          const int v = 3 * triTable[i];
          const size_t c = static_cast<size_t>(count) * 3;
          if (c + 3 <= cap) {
            for (int k = 0; k < 3; k++) {
              pos[c + k] = vlist[v + k];
              nor[c + k] = nlist[v + k];
              col[c + k] = clist[v + k];
            }
          }
          count++;
        }
      }
    }
  }
  return count;
}

// Each bump (gx, gy, gz, foam) of radius R cells, (1 - d^2 / R^2)^2, summed into the field (its
// foam into the palette's red); the box grows to hold the cells each may touch.
void splatBumps(const Grid& g, const double* bumps, int n, double R, double R2, double* box) {
  const int size = g.size;
  const long s2 = static_cast<long>(size) * size;
  for (int b = 0; b < n; b++) {
    const double gx = bumps[4 * b], gy = bumps[4 * b + 1], gz = bumps[4 * b + 2], f = bumps[4 * b + 3];
    const int x0 = std::max(1, static_cast<int>(std::ceil(gx - R))), x1 = std::min(size - 2, static_cast<int>(std::floor(gx + R)));
    const int y0 = std::max(1, static_cast<int>(std::ceil(gy - R))), y1 = std::min(size - 2, static_cast<int>(std::floor(gy + R)));
    const int z0 = std::max(1, static_cast<int>(std::ceil(gz - R))), z1 = std::min(size - 2, static_cast<int>(std::floor(gz + R)));
    if (x0 <= x1 && y0 <= y1 && z0 <= z1) {
      if (box[0] > box[3]) {
        box[0] = x0; box[1] = y0; box[2] = z0; box[3] = x1; box[4] = y1; box[5] = z1;
      } else {
        box[0] = std::min(box[0], double(x0)); box[1] = std::min(box[1], double(y0)); box[2] = std::min(box[2], double(z0));
        box[3] = std::max(box[3], double(x1)); box[4] = std::max(box[4], double(y1)); box[5] = std::max(box[5], double(z1));
      }
    }
    // Branch-free along a row, so the compiler can take several cells at once: a cell beyond the
    // bump gets 0 added, which leaves its float as it was (the field and foam are never negative),
    // the same bytes as skipping it as the JavaScript does.
    for (int z = z0; z <= z1; z++) {
      const double dz2 = (z - gz) * (z - gz);
      for (int y = y0; y <= y1; y++) {
        const double dy2 = (y - gy) * (y - gy);
        if (dy2 + dz2 >= R2) continue;
        const long row = y * static_cast<long>(size) + z * s2;
        float* field = g.field + row;
        for (int x = x0; x <= x1; x++) {
          const double q = 1 - ((x - gx) * (x - gx) + dy2 + dz2) / R2;
          const double w = q > 0 ? q * q : 0.0;
          field[x] = static_cast<float>(field[x] + w);
        }
        if (!(f > 0)) continue;
        float* palette = g.palette + 3 * row;
        for (int x = x0; x <= x1; x++) {
          const double q = 1 - ((x - gx) * (x - gx) + dy2 + dz2) / R2;
          if (q > 0) palette[3 * x] = static_cast<float>(palette[3 * x] + f * q * q);
        }
      }
    }
  }
}

// A container's wall (liquids/walls.ts LiquidWall, packed by packWalls).
struct Wall {
  double p[3], q[4], height, floor, widest;
  const double* outer;  // (r, y) pairs
  int outerCount;
  const double* cavity;
  int cavityCount;
};

// container.ts radiusAt: linear between the profile's points; beyond them, the end radius.
double radiusAt(const double* pr, int n, double y) {
  for (int i = 1; i < n; i++) {
    const double ar = pr[2 * (i - 1)], ay = pr[2 * (i - 1) + 1], br = pr[2 * i], by = pr[2 * i + 1];
    if (y <= by) return by > ay ? ar + ((br - ar) * (y - ay)) / (by - ay) : std::max(ar, br);
  }
  return pr[2 * (n - 1)];
}

// walls.ts inWall, step for step.
bool inWall(const Wall* walls, int count, double x, double y, double z, double gap) {
  for (int k = 0; k < count; k++) {
    const Wall& w = walls[k];
    const double v0 = x - w.p[0], v1 = y - w.p[1], v2 = z - w.p[2];
    const double hh = w.height / 2, wide = w.widest + std::max(0.0, gap);
    const double reach = hh * hh + wide * wide;
    if (v0 * v0 + v1 * v1 + v2 * v2 > reach * (1 + 1e-9)) continue;
    // motion.ts rotate(v, q, inverse)
    const double qx = -w.q[0], qy = -w.q[1], qz = -w.q[2], qw = w.q[3];
    const double tx = 2 * (qy * v2 - qz * v1), ty = 2 * (qz * v0 - qx * v2), tz = 2 * (qx * v1 - qy * v0);
    const double r0 = v0 + qw * tx + (qy * tz - qz * ty);
    const double r1 = v1 + qw * ty + (qz * tx - qx * tz);
    const double r2 = v2 + qw * tz + (qx * ty - qy * tx);
    const double h = r1 + w.height / 2;
    if (h < 0 || h > w.height) continue;
    const double r = std::sqrt(r0 * r0 + r2 * r2);
    if (r > radiusAt(w.outer, w.outerCount, std::min(std::max(h, 0.0), w.height)) + gap) continue;
    const double rIn = h < w.floor ? 0 : radiusAt(w.cavity, w.cavityCount, h);
    if (h < w.floor || r > rIn - gap) return true;
  }
  return false;
}

Grid gridOf(napi_env env, napi_value* a) {
  const int size = integer(env, a[3]);
  if (size < 4 || size > 1024) throw Failure{"The liquid's grid size is invalid."};
  const size_t n = static_cast<size_t>(size) * size * size;
  return Grid{size, f32(env, a[0], n), f32(env, a[1], n * 3), f32(env, a[2], n * 3)};
}

}  // namespace

// meshCubes(field, palette, normalCache, size, box, isolation, edgeTable, triTable, pos, nor, col) -> vertex count
napi_value MeshCubes(napi_env env, napi_callback_info info) {
  napi_value result = nullptr;
  guarded(env, [&] {
    napi_value a[11];
    args(env, info, a);
    const Grid g = gridOf(env, a);
    const double* box = f64(env, a[4], 6);
    if (box[0] <= box[3] && (box[0] < 1 || box[1] < 1 || box[2] < 1 || box[3] > g.size - 2 || box[4] > g.size - 2 || box[5] > g.size - 2)) throw Failure{"The liquid's cell box lies outside its grid."};
    size_t cap = 0;
    check(napi_get_typedarray_info(env, a[8], nullptr, &cap, nullptr, nullptr, nullptr));
    const int count = meshCubes(g, box, number(env, a[5]), array<int32_t>(env, a[6], napi_int32_array, 256), array<int32_t>(env, a[7], napi_int32_array, 4096),
                                f32(env, a[8], cap), f32(env, a[9], cap), f32(env, a[10], cap), cap);
    check(napi_create_int32(env, count, &result));
  });
  return result;
}

// splatBumps(field, palette, normalCache, size, bumps, n, R, R2, box): box (6 numbers) grows in place.
napi_value SplatBumps(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[9];
    args(env, info, a);
    const Grid g = gridOf(env, a);
    const int n = integer(env, a[5]);
    if (n < 0) throw Failure{"The liquid's bump count is invalid."};
    splatBumps(g, f64(env, a[4], static_cast<size_t>(n) * 4), n, number(env, a[6]), number(env, a[7]), f64(env, a[8], 6));
  });
}

// clipCavities(field, size, box, origin, cell, walls, wallCount): draw.ts clipToCavities, the
// filled cells of the box in a container's wall (walls.ts inWall, gap one cell) emptied.
napi_value ClipCavities(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[7];
    args(env, info, a);
    const int size = integer(env, a[1]);
    if (size < 4 || size > 1024) throw Failure{"The liquid's grid size is invalid."};
    const long s2 = static_cast<long>(size) * size;
    float* field = f32(env, a[0], static_cast<size_t>(s2) * size);
    const double* box = f64(env, a[2], 6);
    const double* origin = f64(env, a[3], 3);
    const double cell = number(env, a[4]);
    const int count = integer(env, a[6]);
    size_t length = 0;
    check(napi_get_typedarray_info(env, a[5], nullptr, &length, nullptr, nullptr, nullptr));
    const double* packed = f64(env, a[5], length);
    // As many walls as the packed array holds (each takes at least 15 numbers): any number of
    // containers, as the JavaScript clipToCavities takes.
    if (count < 0 || static_cast<size_t>(count) * 15 > length) throw Failure{"The liquid's wall count is invalid."};
    std::vector<Wall> walls(static_cast<size_t>(count));
    size_t at = 0;
    for (int k = 0; k < count; k++) {
      if (at + 13 > length) throw Failure{"The liquid's walls are cut short."};
      Wall& w = walls[k];
      for (int i = 0; i < 3; i++) w.p[i] = packed[at + i];
      for (int i = 0; i < 4; i++) w.q[i] = packed[at + 3 + i];
      w.height = packed[at + 7]; w.floor = packed[at + 8]; w.widest = packed[at + 9];
      w.outerCount = static_cast<int>(packed[at + 10]);
      at += 11;
      if (w.outerCount < 1 || at + 2 * w.outerCount + 1 > length) throw Failure{"The liquid's walls are cut short."};
      w.outer = packed + at;
      at += 2 * w.outerCount;
      w.cavityCount = static_cast<int>(packed[at++]);
      if (w.cavityCount < 1 || at + 2 * w.cavityCount > length) throw Failure{"The liquid's walls are cut short."};
      w.cavity = packed + at;
      at += 2 * w.cavityCount;
    }
    if (box[0] > box[3]) return;
    if (box[0] < 1 || box[1] < 1 || box[2] < 1 || box[3] > size - 2 || box[4] > size - 2 || box[5] > size - 2) throw Failure{"The liquid's cell box lies outside its grid."};
    for (int z = static_cast<int>(box[2]); z <= static_cast<int>(box[5]); z++) {
      for (int y = static_cast<int>(box[1]); y <= static_cast<int>(box[4]); y++) {
        for (int x = static_cast<int>(box[0]); x <= static_cast<int>(box[3]); x++) {
          const long i = x + y * static_cast<long>(size) + z * s2;
          if (field[i] > 0 && inWall(walls.data(), count, origin[0] + x * cell, origin[1] + y * cell, origin[2] + z * cell, cell)) field[i] = 0;
        }
      }
    }
  });
}

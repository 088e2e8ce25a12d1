// The FLIP liquid's native stages (flip-solver.h) as functions of the liquid addon (addon.cc adds
// them to its exports); main/engine/liquids/flip/native-flip.ts loads them:
//   flipCreate(threads) -> a handle (its thread pool and scratch; 0 threads: every core)
//   flipThreads(handle) -> how many threads it works on
//   flipSolve(handle, nb: Int32Array, diag, precon, rows, b, x, tolerance, maxIterations) -> iterations
//   flipToGrid(handle, frame, layout, x, v, n, u, uw, v, vw, w, ww)
//   flipFromGrid(handle, frame, layout, x, v, n, u, u0, v, v0, w, w0, flip)
//   flipAdvect(handle, frame, layout, x, p, n, h, u, v, w)
//   flipExtrapolate(handle, ask, liquid: Int32Array, layout, u, uw, v, vw, w, ww)
//   flipNeighbours(handle, p, n, cellM, list: Int32Array, count: Int32Array)
//   flipRelax(handle, kernel, p, n, list: Int32Array, count: Int32Array, wallRho, wallGrad, lambda, dp)
//     kernel: h, rest, poly6, spiky, relaxation, parking distance (6)
//   flipWalls(handle, solids, walls, table, slope, p, n, wallRho, wallGrad, wallGradV)
//     solids: the colliders as collider-codes.ts writes them; walls: h, rest, the table's samples (3)
//   flipSettle(handle, solids, x, v, p, before, n, radius, friction)
//   flipSeparate(handle, bins, p, n, dp)
//     bins: the grid's origin (3), the bins' width, how many across (3), the spacing, parking distance
// frame: the grid's origin, cell width and parking distance (5); layout: each part's lattice, its
// sizes then its offsets (6 x 3); ask: the cells across (3), the liquid cells' count, how many times
// the cells were marked, the layers, and 1 to extrapolate from the liquid cells. Every array is checked against the sizes before it is touched.
#include <node_api.h>

#include <algorithm>
#include <exception>
#include <thread>

#include "flip-solver.h"

namespace {

struct Failure {
  const char* message;
};

template <typename T>
T* typed(napi_env env, napi_value value, napi_typedarray_type want, size_t need) {
  bool is = false;
  if (napi_is_typedarray(env, value, &is) != napi_ok || !is) throw Failure{"The FLIP solver expected a typed array."};
  napi_typedarray_type type;
  size_t length = 0, offset = 0;
  void* data = nullptr;
  napi_value buffer;
  if (napi_get_typedarray_info(env, value, &type, &length, &data, &buffer, &offset) != napi_ok || type != want) throw Failure{"The FLIP solver was given the wrong kind of array."};
  if (length < need) throw Failure{"The FLIP solver was given an array too short for its sizes."};
  return static_cast<T*>(data);
}

double* doubles(napi_env env, napi_value value, size_t need) { return typed<double>(env, value, napi_float64_array, need); }

double number(napi_env env, napi_value value) {
  double out = 0;
  if (napi_get_value_double(env, value, &out) != napi_ok) throw Failure{"The FLIP solver expected a number."};
  return out;
}

int count(napi_env env, napi_value value, double most) {
  const double n = number(env, value);
  if (!(n >= 0 && n <= most) || n != static_cast<int>(n)) throw Failure{"The FLIP solver was given a count out of range."};
  return static_cast<int>(n);
}

FlipSolver* solverOf(napi_env env, napi_value value) {
  void* data = nullptr;
  if (napi_get_value_external(env, value, &data) != napi_ok || !data) throw Failure{"That is not a FLIP solver."};
  return static_cast<FlipSolver*>(data);
}

template <size_t N>
void args(napi_env env, napi_callback_info info, napi_value (&out)[N]) {
  size_t given = N;
  if (napi_get_cb_info(env, info, &given, out, nullptr, nullptr) != napi_ok || given < N) throw Failure{"The FLIP solver was given too few arguments."};
}

// Wraps a call: a Failure or any C++ exception becomes a JavaScript error.
template <typename F>
napi_value guarded(napi_env env, F body) {
  try {
    return body();
  } catch (const Failure& f) {
    napi_throw_error(env, nullptr, f.message);
  } catch (const std::exception& e) {
    napi_throw_error(env, nullptr, e.what());
  }
  return nullptr;
}

napi_value Create(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[1];
    args(env, info, a);
    const int asked = count(env, a[0], 64);
    const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    auto* solver = new FlipSolver(asked >= 1 ? asked : std::min(hw, 16));
    napi_value out;
    if (napi_create_external(env, solver, [](napi_env, void* data, void*) { delete static_cast<FlipSolver*>(data); }, nullptr, &out) != napi_ok) {
      delete solver;
      throw Failure{"The FLIP solver could not be made."};
    }
    return out;
  });
}

napi_value Threads(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[1];
    args(env, info, a);
    napi_value out;
    napi_create_int32(env, solverOf(env, a[0])->threads(), &out);
    return out;
  });
}

napi_value Solve(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[9];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const int rows = count(env, a[4], 5e7);
    const int32_t* nb = typed<int32_t>(env, a[1], napi_int32_array, 6 * static_cast<size_t>(rows));
    for (size_t e = 0; e < 6 * static_cast<size_t>(rows); e++)
      if (nb[e] < -1 || nb[e] >= rows) throw Failure{"The FLIP solver's neighbour rows are out of range."};
    const double *diag = doubles(env, a[2], rows), *precon = doubles(env, a[3], rows), *b = doubles(env, a[5], rows);
    double* x = doubles(env, a[6], rows);
    const double tolerance = number(env, a[7]);
    const int most = count(env, a[8], 1e6);
    napi_value out;
    napi_create_int32(env, solver->solve(nb, diag, precon, rows, b, x, tolerance, most), &out);
    return out;
  });
}

GridFrame frameOf(napi_env env, napi_value value) {
  const double* f = doubles(env, value, 5);
  if (!(f[3] > 0) || !(f[4] > 0)) throw Failure{"The FLIP grid's cell width must be positive."};
  return GridFrame{f[0], f[1], f[2], f[3], f[4]};
}

// What each lattice comes with after its velocities: P2G's weights, G2P's old velocities, or nothing.
enum class Second { kWeight, kOld, kNone };

// The three lattices from the layout and their arrays at a[first...]: (vel, second) pairs, or vel
// alone.
void lattices(napi_env env, napi_value layout, const napi_value* arrays, Second second, FaceLattice* out) {
  const double* l = doubles(env, layout, 18);
  const int stride = second == Second::kNone ? 1 : 2;
  for (int p = 0; p < 3; p++) {
    const double* d = l + 6 * p;
    if (!(d[0] >= 2 && d[1] >= 2 && d[2] >= 2 && d[0] * d[1] * d[2] <= 2e8)) throw Failure{"The FLIP grid's lattice sizes are not valid."};
    FaceLattice& f = out[p];
    f.sx = static_cast<int>(d[0]); f.sy = static_cast<int>(d[1]); f.sz = static_cast<int>(d[2]);
    std::copy(d + 3, d + 6, f.off);
    const size_t faces = static_cast<size_t>(f.sx) * f.sy * f.sz;
    f.vel = doubles(env, arrays[stride * p], faces);
    f.weight = second == Second::kWeight ? doubles(env, arrays[stride * p + 1], faces) : nullptr;
    f.old = second == Second::kOld ? doubles(env, arrays[stride * p + 1], faces) : nullptr;
  }
}

napi_value ToGrid(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[12];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const GridFrame frame = frameOf(env, a[1]);
    const int n = count(env, a[5], 5e6);
    const double *x = doubles(env, a[3], 3 * static_cast<size_t>(n)), *v = doubles(env, a[4], 3 * static_cast<size_t>(n));
    FaceLattice l[3];
    lattices(env, a[2], a + 6, Second::kWeight, l);
    solver->toGrid(frame, l, x, v, n);
    return nullptr;
  });
}

napi_value FromGrid(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[13];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const GridFrame frame = frameOf(env, a[1]);
    const int n = count(env, a[5], 5e6);
    const double* x = doubles(env, a[3], 3 * static_cast<size_t>(n));
    double* v = doubles(env, a[4], 3 * static_cast<size_t>(n));
    FaceLattice l[3];
    lattices(env, a[2], a + 6, Second::kOld, l);
    solver->fromGrid(frame, l, x, v, n, number(env, a[12]));
    return nullptr;
  });
}

napi_value Advect(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[10];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const GridFrame frame = frameOf(env, a[1]);
    const int n = count(env, a[5], 5e6);
    const double* x = doubles(env, a[3], 3 * static_cast<size_t>(n));
    double* p = doubles(env, a[4], 3 * static_cast<size_t>(n));
    FaceLattice l[3];
    lattices(env, a[2], a + 7, Second::kNone, l);
    solver->advect(frame, l, x, p, n, number(env, a[6]));
    return nullptr;
  });
}

napi_value Extrapolate(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[10];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const double* ask = doubles(env, a[1], 7);
    const int nx = static_cast<int>(ask[0]), ny = static_cast<int>(ask[1]), nz = static_cast<int>(ask[2]);
    if (!(ask[0] >= 1 && ask[1] >= 1 && ask[2] >= 1 && ask[0] * ask[1] * ask[2] <= 2e8)) throw Failure{"The FLIP grid's size is not valid."};
    const int liquidCount = static_cast<int>(ask[3]), layers = static_cast<int>(ask[5]);
    if (!(ask[3] >= 0 && ask[3] <= static_cast<double>(nx) * ny * nz) || !(ask[5] >= 0 && ask[5] <= 64)) throw Failure{"The FLIP grid's liquid count or layers are not valid."};
    const int32_t* liquid = typed<int32_t>(env, a[2], napi_int32_array, liquidCount);
    for (int l = 0; l < liquidCount; l++)
      if (liquid[l] < 0 || liquid[l] >= nx * ny * nz) throw Failure{"The FLIP grid's liquid cells are out of range."};
    FaceLattice l[3];
    lattices(env, a[3], a + 4, Second::kWeight, l);
    const int want[3][3] = {{nx + 1, ny, nz}, {nx, ny + 1, nz}, {nx, ny, nz + 1}};
    for (int p = 0; p < 3; p++)
      if (l[p].sx != want[p][0] || l[p].sy != want[p][1] || l[p].sz != want[p][2]) throw Failure{"The FLIP grid's lattices do not match its cells."};
    solver->extrapolate(CellGrid{nx, ny, nz, liquid, liquidCount, ask[4]}, l, layers, ask[6] == 1);
    return nullptr;
  });
}

napi_value Neighbours(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[6];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const int n = count(env, a[2], 5e6);
    const double* p = doubles(env, a[1], 3 * static_cast<size_t>(n));
    const double cellM = number(env, a[3]);
    if (!(cellM > 0)) throw Failure{"The neighbours' cell width must be positive."};
    int32_t* list = typed<int32_t>(env, a[4], napi_int32_array, 48 * static_cast<size_t>(n));
    int32_t* counts = typed<int32_t>(env, a[5], napi_int32_array, n);
    solver->neighbours(p, n, cellM, list, counts);
    return nullptr;
  });
}

napi_value Relax(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[10];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const double* kd = doubles(env, a[1], 6);
    const SphKernel k{kd[0], kd[1], kd[2], kd[3], kd[4], kd[5]};
    if (!(k.h > 0) || !(k.rest > 0)) throw Failure{"The FLIP relaxation's kernel is not valid."};
    const int n = count(env, a[3], 5e6);
    const size_t n3 = 3 * static_cast<size_t>(n);
    double* p = doubles(env, a[2], n3);
    const int32_t* list = typed<int32_t>(env, a[4], napi_int32_array, 48 * static_cast<size_t>(n));
    const int32_t* counts = typed<int32_t>(env, a[5], napi_int32_array, n);
    for (int i = 0; i < n; i++) {
      if (counts[i] < 0 || counts[i] > 48) throw Failure{"The FLIP relaxation's neighbour counts are out of range."};
      for (int q = 0; q < counts[i]; q++)
        if (list[48 * static_cast<size_t>(i) + q] < 0 || list[48 * static_cast<size_t>(i) + q] >= n) throw Failure{"The FLIP relaxation's neighbours are out of range."};
    }
    const double *wallRho = doubles(env, a[6], n), *wallGrad = doubles(env, a[7], n3);
    double *lambda = doubles(env, a[8], n), *dp = doubles(env, a[9], n3);
    solver->relax(k, p, n, list, counts, wallRho, wallGrad, lambda, dp);
    return nullptr;
  });
}

// The colliders from their codes (collider-decode.cc refuses a malformed list).
std::vector<Collider> solidsOf(napi_env env, napi_value value) {
  bool is = false;
  if (napi_is_typedarray(env, value, &is) != napi_ok || !is) throw Failure{"The FLIP solver expected a typed array."};
  napi_typedarray_type type;
  size_t length = 0, offset = 0;
  void* data = nullptr;
  napi_value buffer;
  if (napi_get_typedarray_info(env, value, &type, &length, &data, &buffer, &offset) != napi_ok || type != napi_float64_array) throw Failure{"The FLIP solver was given the wrong kind of array."};
  return decodeColliders(static_cast<const double*>(data), length);
}

napi_value WallsOf(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[10];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const std::vector<Collider> colliders = solidsOf(env, a[1]);
    const double* w = doubles(env, a[2], 3);
    if (!(w[0] > 0) || !(w[1] > 0) || !(w[2] >= 1 && w[2] <= 4096) || w[2] != static_cast<int>(w[2])) throw Failure{"The FLIP walls' kernel is not valid."};
    const int samples = static_cast<int>(w[2]);
    const WallKernel k{w[0], w[1], samples, doubles(env, a[3], samples + 1), doubles(env, a[4], samples + 1)};
    const int n = count(env, a[6], 5e6);
    const size_t n3 = 3 * static_cast<size_t>(n);
    const double* p = doubles(env, a[5], n3);
    double *wallRho = doubles(env, a[7], n), *wallGrad = doubles(env, a[8], n3), *wallGradV = doubles(env, a[9], n);
    solver->walls(colliders, k, p, n, wallRho, wallGrad, wallGradV);
    return nullptr;
  });
}

napi_value Settle(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[9];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const std::vector<Collider> colliders = solidsOf(env, a[1]);
    const int n = count(env, a[6], 5e6);
    const size_t n3 = 3 * static_cast<size_t>(n);
    double *x = doubles(env, a[2], n3), *v = doubles(env, a[3], n3), *p = doubles(env, a[4], n3), *before = doubles(env, a[5], n3);
    const double radius = number(env, a[7]), friction = number(env, a[8]);
    if (!(radius >= 0) || !(friction >= 0)) throw Failure{"The FLIP collisions' radius and friction must not be negative."};
    solver->settle(colliders, x, v, p, before, n, radius, friction);
    return nullptr;
  });
}

napi_value Separate(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    napi_value a[5];
    args(env, info, a);
    FlipSolver* solver = solverOf(env, a[0]);
    const double* d = doubles(env, a[1], 9);
    const auto whole = [](double c) { return c >= 1 && c <= 1e6 && c == static_cast<int>(c); };
    if (!(d[3] > 0) || !whole(d[4]) || !whole(d[5]) || !whole(d[6]) || d[4] * d[5] * d[6] > 2e8 || !(d[7] > 0) || !(d[8] > 0)) throw Failure{"The FLIP separation's bins are not valid."};
    const SeparateBins b{d[0], d[1], d[2], d[3], static_cast<int>(d[4]), static_cast<int>(d[5]), static_cast<int>(d[6]), d[7], d[8]};
    const int n = count(env, a[3], 5e6);
    const size_t n3 = 3 * static_cast<size_t>(n);
    double *p = doubles(env, a[2], n3), *dp = doubles(env, a[4], n3);
    if (p == dp) throw Failure{"The FLIP separation's positions and pushes must be apart."};
    solver->separate(b, p, n, dp);
    return nullptr;
  });
}

}  // namespace

void defineFlip(napi_env env, napi_value exports) {
  const napi_property_descriptor props[] = {
      {"flipCreate", nullptr, Create, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipThreads", nullptr, Threads, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipSolve", nullptr, Solve, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipToGrid", nullptr, ToGrid, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipFromGrid", nullptr, FromGrid, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipAdvect", nullptr, Advect, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipExtrapolate", nullptr, Extrapolate, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipNeighbours", nullptr, Neighbours, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipRelax", nullptr, Relax, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipWalls", nullptr, WallsOf, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipSettle", nullptr, Settle, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"flipSeparate", nullptr, Separate, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
}

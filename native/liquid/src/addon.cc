// The liquid solver as a Node-API module (ABI-stable: the same build loads in Node and Electron):
//   create(count, spacingM, viscosity, iterations, threads, friction, method) -> a solver handle
//     (method 1: stepped by stepDfsph, with its kernel; 0: by step, position-based)
//   step(handle, x: Float64Array, v: Float64Array, dt, gravity, solids: Float64Array)
//   stepDfsph(handle, x, v, warm: Float64Array, dt, gravity, solids, reactions: Float64Array): dfsph.ts's
//     step (warm: its state; reactions: kReactionStride per solid, what the liquid did to it, pbf.h)
//   threads(handle) -> how many threads it steps on
//   flip*: the FLIP liquid's pressure solve and transfers (flip-addon.cc)
// x and v are the caller's own arrays, updated in place; solids is the list colliders.ts encodes.
#include <node_api.h>

#include <algorithm>
#include <exception>
#include <thread>

#include "pbf.h"

// flip-addon.cc's functions, added to the exports.
void defineFlip(napi_env env, napi_value exports);

namespace {

struct Failure {
  const char* message;
};

void check(napi_env env, napi_status status) {
  if (status != napi_ok) throw Failure{"The liquid solver was called wrongly."};
  (void)env;
}

double numberArg(napi_env env, napi_value value) {
  double out = 0;
  if (napi_get_value_double(env, value, &out) != napi_ok) throw Failure{"The liquid solver expected a number."};
  return out;
}

double* floatArray(napi_env env, napi_value value, size_t* length) {
  bool is = false;
  check(env, napi_is_typedarray(env, value, &is));
  if (!is) throw Failure{"The liquid solver expected a Float64Array."};
  napi_typedarray_type type;
  void* data = nullptr;
  napi_value buffer;
  size_t offset = 0;
  check(env, napi_get_typedarray_info(env, value, &type, length, &data, &buffer, &offset));
  if (type != napi_float64_array) throw Failure{"The liquid solver expected a Float64Array."};
  return static_cast<double*>(data);
}

Fluid* fluidOf(napi_env env, napi_value value) {
  void* data = nullptr;
  if (napi_get_value_external(env, value, &data) != napi_ok || !data) throw Failure{"That is not a liquid solver."};
  return static_cast<Fluid*>(data);
}

template <size_t N>
void args(napi_env env, napi_callback_info info, napi_value (&out)[N]) {
  size_t count = N;
  check(env, napi_get_cb_info(env, info, &count, out, nullptr, nullptr));
  if (count < N) throw Failure{"The liquid solver was given too few arguments."};
}

napi_value fail(napi_env env, const char* message) {
  napi_throw_error(env, nullptr, message);
  return nullptr;
}

napi_value Create(napi_env env, napi_callback_info info) {
  try {
    napi_value a[7];
    args(env, info, a);
    const double count = numberArg(env, a[0]), spacing = numberArg(env, a[1]), viscosity = numberArg(env, a[2]);
    const double iterations = numberArg(env, a[3]), threads = numberArg(env, a[4]), friction = numberArg(env, a[5]);
    const bool dfsph = numberArg(env, a[6]) == 1;
    if (!(count >= 1 && count <= 5e6) || !(spacing > 0) || !(iterations >= 1 && iterations <= 64) || !(friction >= 0)) throw Failure{"The liquid's particle count, spacing or friction is not valid."};
    const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int use = threads >= 1 ? std::min(static_cast<int>(threads), 64) : std::min(hw, 16);
    auto* fluid = new Fluid(static_cast<int>(count), FluidParams{spacing, viscosity, static_cast<int>(iterations), friction, dfsph}, use);
    napi_value out;
    napi_status status = napi_create_external(env, fluid, [](napi_env, void* data, void*) { delete static_cast<Fluid*>(data); }, nullptr, &out);
    if (status != napi_ok) {
      delete fluid;
      throw Failure{"The liquid solver could not be made."};
    }
    return out;
  } catch (const Failure& f) {
    return fail(env, f.message);
  } catch (const std::exception& e) {
    return fail(env, e.what());
  }
}

napi_value Step(napi_env env, napi_callback_info info) {
  try {
    napi_value a[6];
    args(env, info, a);
    Fluid* fluid = fluidOf(env, a[0]);
    size_t nx = 0, nv = 0, ns = 0;
    double* x = floatArray(env, a[1], &nx);
    double* v = floatArray(env, a[2], &nv);
    const double dt = numberArg(env, a[3]), gravity = numberArg(env, a[4]);
    const double* solids = floatArray(env, a[5], &ns);
    if (nx != 3 * static_cast<size_t>(fluid->n()) || nv != nx) throw Failure{"The liquid's positions do not match its particle count."};
    if (!(dt > 0)) throw Failure{"The liquid's time step must be positive."};
    fluid->step(x, v, dt, gravity, decodeColliders(solids, ns));
    return nullptr;
  } catch (const Failure& f) {
    return fail(env, f.message);
  } catch (const std::exception& e) {
    return fail(env, e.what());
  }
}

napi_value StepDfsph(napi_env env, napi_callback_info info) {
  try {
    napi_value a[8];
    args(env, info, a);
    Fluid* fluid = fluidOf(env, a[0]);
    size_t nx = 0, nv = 0, nw = 0, ns = 0, nr = 0;
    double* x = floatArray(env, a[1], &nx);
    double* v = floatArray(env, a[2], &nv);
    double* warm = floatArray(env, a[3], &nw);
    const double dt = numberArg(env, a[4]), gravity = numberArg(env, a[5]);
    const double* solids = floatArray(env, a[6], &ns);
    double* reactions = floatArray(env, a[7], &nr);
    if (nx != 3 * static_cast<size_t>(fluid->n()) || nv != nx) throw Failure{"The liquid's positions do not match its particle count."};
    if (nw != 3 * static_cast<size_t>(fluid->n()) + 4) throw Failure{"The liquid's solver state does not match its particle count."};
    if (!(dt > 0)) throw Failure{"The liquid's time step must be positive."};
    const std::vector<Collider> colliders = decodeColliders(solids, ns);
    if (nr != kReactionStride * colliders.size()) throw Failure{"The liquid's reactions do not match its solids."};
    fluid->stepDfsph(x, v, warm, dt, gravity, colliders, reactions);
    return nullptr;
  } catch (const Failure& f) {
    return fail(env, f.message);
  } catch (const std::exception& e) {
    return fail(env, e.what());
  }
}

napi_value Threads(napi_env env, napi_callback_info info) {
  try {
    napi_value a[1];
    args(env, info, a);
    napi_value out;
    check(env, napi_create_int32(env, fluidOf(env, a[0])->threads(), &out));
    return out;
  } catch (const Failure& f) {
    return fail(env, f.message);
  }
}

}  // namespace

NAPI_MODULE_INIT() {
  const napi_property_descriptor props[] = {
      {"create", nullptr, Create, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"step", nullptr, Step, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"stepDfsph", nullptr, StepDfsph, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"threads", nullptr, Threads, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  defineFlip(env, exports);
  return exports;
}

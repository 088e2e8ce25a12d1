// Reading a Node-API call's arguments for the render passes: numbers, typed arrays of the right
// kind and length, object properties; a wrong call throws a Failure that becomes a JavaScript error.
// Inline: each .cc that binds passes includes it and uses only some of it.
#pragma once
#include <node_api.h>

#include <cstddef>
#include <cstdint>

#include "passes.h"

namespace {

struct Failure {
  const char* message;
};

inline void check(napi_status status) {
  if (status != napi_ok) throw Failure{"A native render pass was called wrongly."};
}

inline double number(napi_env env, napi_value value) {
  double out = 0;
  if (napi_get_value_double(env, value, &out) != napi_ok) throw Failure{"A native render pass expected a number."};
  return out;
}

inline int integer(napi_env env, napi_value value) { return static_cast<int>(number(env, value)); }

// The data of a typed array of the given type, with at least `min` elements.
template <typename T>
inline T* array(napi_env env, napi_value value, napi_typedarray_type want, size_t min) {
  bool is = false;
  check(napi_is_typedarray(env, value, &is));
  if (!is) throw Failure{"A native render pass expected a typed array."};
  napi_typedarray_type type;
  size_t length = 0;
  void* data = nullptr;
  napi_value buffer;
  size_t offset = 0;
  check(napi_get_typedarray_info(env, value, &type, &length, &data, &buffer, &offset));
  if (type != want) throw Failure{"A native render pass was given the wrong kind of typed array."};
  if (length < min) throw Failure{"A native render pass was given an array too short for the frame."};
  return static_cast<T*>(data);
}

inline float* f32(napi_env env, napi_value v, size_t min) { return array<float>(env, v, napi_float32_array, min); }
double* f64(napi_env env, napi_value v, size_t min) { return array<double>(env, v, napi_float64_array, min); }
inline uint8_t* u8(napi_env env, napi_value v, size_t min) { return array<uint8_t>(env, v, napi_uint8_array, min); }
inline uint16_t* u16(napi_env env, napi_value v, size_t min) { return array<uint16_t>(env, v, napi_uint16_array, min); }

// The call's arguments into out; at least `required` of them (all by default; the ones left out
// read as undefined).
template <size_t N>
inline void args(napi_env env, napi_callback_info info, napi_value (&out)[N], size_t required = N) {
  size_t count = N;
  check(napi_get_cb_info(env, info, &count, out, nullptr, nullptr));
  if (count < required) throw Failure{"A native render pass was given too few arguments."};
}

template <typename F>
inline napi_value guarded(napi_env env, F run) {
  try {
    run();
  } catch (const Failure& f) {
    napi_throw_error(env, nullptr, f.message);
  }
  return nullptr;
}

inline bool isNull(napi_env env, napi_value value) {
  napi_valuetype type;
  check(napi_typeof(env, value, &type));
  return type == napi_null || type == napi_undefined;
}

// A Uint8Array of at least `min` elements, or null when the argument is null or left out.
inline const uint8_t* optionalU8(napi_env env, napi_value v, size_t min) { return isNull(env, v) ? nullptr : u8(env, v, min); }

inline Rays raysOf(napi_env env, napi_value v) {
  const double* r = f64(env, v, 13);
  return Rays{r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]};
}

// sky.ts SkyModel.params: indoor, hazeDensity, hazeStart, horizon, zenith, nadir, sun direction,
// glow, sunset, fog colour, key colour, haze glow.
inline SkyParams skyOf(napi_env env, napi_value v) {
  const double* s = f64(env, v, 26);
  SkyParams k{};
  k.indoor = s[0] != 0; k.hazeDensity = s[1]; k.hazeStart = s[2];
  for (int c = 0; c < 3; c++) {
    k.hor[c] = s[3 + c]; k.zen[c] = s[6 + c]; k.nad[c] = s[9 + c]; k.sun[c] = s[12 + c]; k.glow[c] = s[15 + c];
    k.fog[c] = s[19 + c]; k.key[c] = s[22 + c];
  }
  k.sunset = s[18] != 0;
  k.hazeGlow = s[25];
  return k;
}

// [N, TN, tile, texel, bias, soft, ox, oy, offset, r(3), u(3), f(3)]
inline ShadowParams shadowOf(napi_env env, napi_value v) {
  const double* s = f64(env, v, 20);
  ShadowParams p{static_cast<int>(s[0]), static_cast<int>(s[1]), static_cast<int>(s[2]), s[3], s[4], s[5], s[6], s[7], s[8], {s[9], s[10], s[11]}, {s[12], s[13], s[14]}, {s[15], s[16], s[17]}, s[18], s[19]};
  if (p.N <= 0 || p.TN <= 0 || p.tile <= 0) throw Failure{"The shadow map's size is invalid."};
  return p;
}

inline size_t pixels(int W, int H) {
  if (W <= 0 || H <= 0) throw Failure{"The frame size is invalid."};
  return static_cast<size_t>(W) * H;
}

}  // namespace

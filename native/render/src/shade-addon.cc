// The shading and raster passes as Node-API functions (registered by addon.cc): the shading frame
// read from its JavaScript description, the light and pattern passes over it, the opaque fill, and the
// names of the surface twins. Arrays are the caller's typed arrays, read or written in place.
#include <node_api.h>

#include <algorithm>
#include <cstdint>

#include "napi-args.h"
#include "passes.h"
#include "surfaces.h"

namespace {

napi_value property(napi_env env, napi_value object, const char* name) {
  napi_value out;
  check(napi_get_named_property(env, object, name, &out));
  return out;
}


// The shading frame from its JavaScript description (shade-native.ts ShadeFrameArrays).
ShadeFrame frameOf(napi_env env, napi_value o) {
  ShadeFrame f{};
  f.W = integer(env, property(env, o, "width"));
  f.H = integer(env, property(env, o, "height"));
  const size_t n = pixels(f.W, f.H);
  f.depth = f32(env, property(env, o, "depth"), n);
  f.normal = f32(env, property(env, o, "normal"), n * 3);
  f.albedo = f32(env, property(env, o, "albedo"), n * 3);
  f.id = u16(env, property(env, o, "id"), n);
  f.hdr = f32(env, property(env, o, "hdr"), n * 3);
  const napi_value ao = property(env, o, "ao"), sun = property(env, o, "sun");
  f.ao = isNull(env, ao) ? nullptr : f32(env, ao, n);
  f.sun = isNull(env, sun) ? nullptr : f32(env, sun, n);
  f.rays = raysOf(env, property(env, o, "rays"));
  f.materialCount = integer(env, property(env, o, "materialCount"));
  f.materials = f64(env, property(env, o, "materials"), static_cast<size_t>(f.materialCount) * MATERIAL_STRIDE);
  size_t paramCount = 0;
  const napi_value params = property(env, o, "patternParams");
  f.patternParams = f64(env, params, 0);
  check(napi_get_typedarray_info(env, params, nullptr, &paramCount, nullptr, nullptr, nullptr));
  for (int k = 0; k < f.materialCount; k++) {
    const double* m = f.materials + static_cast<size_t>(k) * MATERIAL_STRIDE;
    if (m[9] >= SURFACE_TWIN_COUNT || (m[9] >= 0 && !(m[10] >= 0 && m[10] <= static_cast<double>(paramCount)))) throw Failure{"A surface twin's numbers are out of range."};
  }
  f.t = number(env, property(env, o, "t"));
  f.areaKey = number(env, property(env, o, "areaKey"));
  const double* ambient = f64(env, property(env, o, "ambient"), 3);
  f.lights.ambient[0] = ambient[0]; f.lights.ambient[1] = ambient[1]; f.lights.ambient[2] = ambient[2];
  f.lights.hemiCount = integer(env, property(env, o, "hemiCount"));
  f.lights.dirCount = integer(env, property(env, o, "dirCount"));
  f.lights.hemi = f.lights.hemiCount > 0 ? f64(env, property(env, o, "hemi"), static_cast<size_t>(f.lights.hemiCount) * 9) : nullptr;
  f.lights.dir = f.lights.dirCount > 0 ? f64(env, property(env, o, "dir"), static_cast<size_t>(f.lights.dirCount) * 6) : nullptr;
  f.sky = skyOf(env, property(env, o, "sky"));
  return f;
}

}  // namespace

// shadePlan(frame, need, patterned) -> how many patterned pixels
napi_value ShadePlan(napi_env env, napi_callback_info info) {
  napi_value result = nullptr;
  guarded(env, [&] {
    napi_value a[3];
    args(env, info, a);
    const ShadeFrame f = frameOf(env, a[0]);
    const size_t n = pixels(f.W, f.H);
    const int count = shadePlan(f, u8(env, a[1], n), array<int32_t>(env, a[2], napi_int32_array, n));
    check(napi_create_int32(env, count, &result));
  });
  return result;
}

// shadeLight(frame, need, surfaces, patternCount)
napi_value ShadeLight(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[4];
    args(env, info, a);
    const ShadeFrame f = frameOf(env, a[0]);
    const int count = integer(env, a[3]);
    const double* surfaces = f64(env, a[2], static_cast<size_t>(count) * PATTERN_STRIDE);
    const uint8_t* need = u8(env, a[1], pixels(f.W, f.H));
    for (int k = 0; k < count; k++) {
      const double i = surfaces[static_cast<size_t>(k) * PATTERN_STRIDE];
      if (!(i >= 0 && i < static_cast<double>(f.W) * f.H)) throw Failure{"A patterned pixel lies outside the frame."};
    }
    shadeLight(f, need, surfaces, count);
  });
}

// fillOpaque(proj, stride, codes, outNear, index, start, end, cull, drawId, depth, normal, albedo, id, W, H, drawn)
// -> where it stopped; drawn (Float64Array) [0] += triangles drawn.
napi_value FillOpaque(napi_env env, napi_callback_info info) {
  napi_value result = nullptr;
  guarded(env, [&] {
    napi_value a[16];
    args(env, info, a);
    const int W = integer(env, a[13]), H = integer(env, a[14]);
    const size_t n = pixels(W, H);
    Geometry g{W, H, f32(env, a[9], n), f32(env, a[10], n * 3), f32(env, a[11], n * 3), u16(env, a[12], n)};
    size_t projLength = 0, codeLength = 0, indexLength = 0;
    napi_typedarray_type indexType;
    void* index = nullptr;
    check(napi_get_typedarray_info(env, a[0], nullptr, &projLength, nullptr, nullptr, nullptr));
    check(napi_get_typedarray_info(env, a[2], nullptr, &codeLength, nullptr, nullptr, nullptr));
    check(napi_get_typedarray_info(env, a[4], &indexType, &indexLength, &index, nullptr, nullptr));
    if (indexType != napi_uint16_array && indexType != napi_uint32_array) throw Failure{"Triangle indices must be a Uint16Array or Uint32Array."};
    TriangleBatch b{f64(env, a[0], 0), integer(env, a[1]), u8(env, a[2], 0), integer(env, a[3]), index, indexType == napi_uint32_array,
                    integer(env, a[5]), integer(env, a[6]), integer(env, a[7]), integer(env, a[8])};
    if (b.stride < 9 || b.start < 0 || b.end > static_cast<int>(indexLength)) throw Failure{"The triangle batch is out of range."};
    // Every vertex a triangle names must have its codes and projection.
    const size_t vertices = std::min(codeLength, projLength / static_cast<size_t>(b.stride));
    for (int t = b.start; t < b.end; t++) {
      const uint32_t v = b.index32 ? static_cast<const uint32_t*>(index)[t] : static_cast<const uint16_t*>(index)[t];
      if (v >= vertices) throw Failure{"A triangle names a vertex that was not projected."};
    }
    double* drawn = f64(env, a[15], 1);
    int count = 0;
    const int stopped = fillOpaque(g, b, &count);
    drawn[0] += count;
    check(napi_create_int32(env, stopped, &result));
  });
  return result;
}

// The names of the surface twins, in table order (the JavaScript side maps pattern names to them).
napi_value SurfaceTwins(napi_env env, napi_callback_info) {
  napi_value out = nullptr;
  guarded(env, [&] {
    check(napi_create_array_with_length(env, SURFACE_TWIN_COUNT, &out));
    for (int k = 0; k < SURFACE_TWIN_COUNT; k++) {
      napi_value name;
      check(napi_create_string_utf8(env, SURFACE_TWINS[k].name, NAPI_AUTO_LENGTH, &name));
      check(napi_set_element(env, out, k, name));
    }
  });
  return out;
}

// The render passes as a Node-API module (ABI-stable: the same build loads in Node and Electron).
// Every array is the caller's typed array, read or written in place; every tuning constant comes
// from the calling .ts module (see main/engine/frames/native-render.ts for the signatures).
#include <node_api.h>

#include <time.h>

#include <algorithm>
#include <cstdint>

#include "napi-args.h"
#include "passes.h"
#include "surfaces.h"

napi_value CpuInfo(napi_env env, napi_callback_info info);  // cpu.cc
// The shading and raster bindings (shade-addon.cc).
napi_value ShadePlan(napi_env env, napi_callback_info info);
napi_value ShadeLight(napi_env env, napi_callback_info info);
napi_value FillOpaque(napi_env env, napi_callback_info info);
napi_value SurfaceTwins(napi_env env, napi_callback_info info);
// The liquid's surface grid (cubes.cc).
napi_value MeshCubes(napi_env env, napi_callback_info info);
napi_value SplatBumps(napi_env env, napi_callback_info info);
napi_value ClipCavities(napi_env env, napi_callback_info info);

namespace {

// post(hdr, k, lut, color, luma, out, W, H, thresholds, steps, tile, bits, weight, ox, oy): toneMap, then
// fxaa unless thresholds is null, then addGrain unless tile is null, in one pass.
napi_value Post(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[15];
    args(env, info, a);
    const int W = integer(env, a[6]), H = integer(env, a[7]);
    const size_t n = pixels(W, H);
    size_t lutLength = 0;
    const float* lut = f32(env, a[2], 2);
    check(napi_get_typedarray_info(env, a[2], nullptr, &lutLength, nullptr, nullptr, nullptr));
    FxaaParams aa{};
    const bool antialias = !isNull(env, a[8]);
    if (antialias) {
      const double* c = f64(env, a[8], 3);
      size_t stepCount = 0;
      aa = FxaaParams{c[0], c[1], c[2], f64(env, a[9], 1), 0};
      check(napi_get_typedarray_info(env, a[9], nullptr, &stepCount, nullptr, nullptr, nullptr));
      aa.stepCount = static_cast<int>(stepCount);
    }
    GrainParams grain{};
    const bool grained = !isNull(env, a[10]);
    if (grained) {
      const int bits = integer(env, a[11]);
      if (bits <= 0 || bits > 12) throw Failure{"The grain tile's size is invalid."};
      grain = GrainParams{f32(env, a[10], size_t(1) << (2 * bits)), bits, f32(env, a[12], 256), integer(env, a[13]), integer(env, a[14])};
    }
    post(f32(env, a[0], n * 3), number(env, a[1]), lut, static_cast<int>(lutLength - 1), u8(env, a[3], n * 4), f32(env, a[4], n), u8(env, a[5], n * 4), W, H,
         antialias ? &aa : nullptr, grained ? &grain : nullptr);
  });
}

// yuv420p(rgba, W, H, out): the finished frame as the encoder's planar yuv420p (yuv.cc).
napi_value Yuv420p(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[4];
    args(env, info, a);
    const int W = integer(env, a[1]), H = integer(env, a[2]);
    const size_t n = pixels(W, H);
    const size_t chroma = static_cast<size_t>((W + 1) / 2) * ((H + 1) / 2);
    rgbaToYuv420p(u8(env, a[0], n * 4), W, H, u8(env, a[3], n + 2 * chroma));
  });
}

// occlusion(depth, normal, id, W, H, rays, params, spiral, rotCos, rotSin, half, tmp, halfDepth, ao, need?)
// params: [radius, strength, beta, maxPx, minPx, edge, soften, samples, scale, hw, hh, blurTaps]
napi_value Occlusion(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[15];
    args(env, info, a, 14);
    const int W = integer(env, a[3]), H = integer(env, a[4]);
    const size_t n = pixels(W, H);
    const double* c = f64(env, a[6], 12);
    OcclusionParams p{c[0], c[1], c[2], c[3], c[4], c[5], c[6], static_cast<int>(c[7]), static_cast<int>(c[8]), static_cast<int>(c[9]), static_cast<int>(c[10]), static_cast<int>(c[11]), nullptr, nullptr, nullptr};
    if (p.hw < 2 || p.hh < 2 || p.scale <= 0 || p.samples <= 0) throw Failure{"The occlusion grid is invalid."};
    p.spiral = f64(env, a[7], static_cast<size_t>(p.samples) * 2);
    p.rotCos = f64(env, a[8], 16);
    p.rotSin = f64(env, a[9], 16);
    const size_t grid = static_cast<size_t>(p.hw) * p.hh;
    occlusion(f32(env, a[0], n), f32(env, a[1], n * 3), u16(env, a[2], n), W, H, raysOf(env, a[5]), p,
              f32(env, a[10], grid), f32(env, a[11], grid), f32(env, a[12], grid), f32(env, a[13], n), optionalU8(env, a[14], n));
  });
}

// shadowTiles(map, rawMin, tileMin, params, empty, tx0, ty0, tx1, ty1)
napi_value ShadowTiles(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[9];
    args(env, info, a);
    const ShadowParams p = shadowOf(env, a[3]);
    const size_t tiles = static_cast<size_t>(p.TN) * p.TN;
    const TileRange range{integer(env, a[5]), integer(env, a[6]), integer(env, a[7]), integer(env, a[8])};
    if (range.tx0 < 0 || range.ty0 < 0 || range.tx1 > p.TN || range.ty1 > p.TN) throw Failure{"The shadow tiles to rebuild lie outside the map."};
    shadowTiles(f32(env, a[0], static_cast<size_t>(p.N) * p.N), f32(env, a[1], tiles), f32(env, a[2], tiles), p, static_cast<float>(number(env, a[4])), range);
  });
}

// shadowMask(map, tileMin, depth, normal, id, W, H, rays, params, out, need?)
napi_value ShadowMask(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[11];
    args(env, info, a, 10);
    const int W = integer(env, a[5]), H = integer(env, a[6]);
    const size_t n = pixels(W, H);
    const ShadowParams p = shadowOf(env, a[8]);
    shadowMask(f32(env, a[0], static_cast<size_t>(p.N) * p.N), f32(env, a[1], static_cast<size_t>(p.TN) * p.TN), f32(env, a[2], n),
               f32(env, a[3], n * 3), u16(env, a[4], n), W, H, raysOf(env, a[7]), p, f32(env, a[9], n), optionalU8(env, a[10], n));
  });
}

// threadCpuMs() -> the CPU time of the calling thread, in milliseconds (CLOCK_THREAD_CPUTIME_ID), or
// -1 where the clock is missing. The frame renderer times its stages with it: process.cpuUsage()
// counts every thread, so with a frame on each core each stage's figure held the others' work too.
napi_value ThreadCpuMs(napi_env env, napi_callback_info) {
  double ms = -1;
#if defined(CLOCK_THREAD_CPUTIME_ID)
  timespec now{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0) ms = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
#endif
  napi_value out = nullptr;
  napi_create_double(env, ms, &out);
  return out;
}

// motionBlur(depth, id, hdr, W, H, rays, toPrev, moves, itemCount, params, vel, tileMax, neighbourMax, out) -> pixels moved
// params: [tile, samples, maxHalf, minHalf, streakDivisor, depthSoftness, edgeStart, edgeWidth]
napi_value MotionBlurPass(napi_env env, napi_callback_info info) {
  napi_value result = nullptr;
  guarded(env, [&] {
    napi_value a[14];
    args(env, info, a);
    const int W = integer(env, a[3]), H = integer(env, a[4]);
    const size_t n = pixels(W, H);
    const double* c = f64(env, a[9], 8);
    const MotionBlurParams p{static_cast<int>(c[0]), static_cast<int>(c[1]), c[2], c[3], c[4], c[5], c[6], c[7]};
    if (p.tile <= 0 || p.samples <= 0 || !(p.streakDivisor > 0)) throw Failure{"The motion blur's numbers are invalid."};
    const int items = integer(env, a[8]);
    if (items < 1) throw Failure{"The motion blur needs the sky's entry and one per drawable."};
    const size_t tiles = static_cast<size_t>((W + p.tile - 1) / p.tile) * ((H + p.tile - 1) / p.tile);
    const MotionBlurFrame f{W, H, f32(env, a[0], n), u16(env, a[1], n), f32(env, a[2], n * 3), raysOf(env, a[5]),
                            f64(env, a[6], static_cast<size_t>(items) * 16), u8(env, a[7], static_cast<size_t>(items)), items,
                            f32(env, a[10], n * 2), f32(env, a[11], tiles * 2), f32(env, a[12], tiles * 2), f32(env, a[13], n * 3)};
    check(napi_create_int32(env, motionBlur(f, p), &result));
  });
  return result;
}

// depthOfField(depth, hdr, W, H, params, disc, half, halfCoc, blurred)
// params: [focus, maxCoc, sharpCoc, blendRamp]
napi_value DepthOfFieldPass(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[9];
    args(env, info, a);
    const int W = integer(env, a[2]), H = integer(env, a[3]);
    const size_t n = pixels(W, H);
    if (W < 3 || H < 3) throw Failure{"The frame is too small for depth of field (3 pixels a side at least)."};
    const double* c = f64(env, a[4], 4);
    size_t discLength = 0;
    const double* disc = f64(env, a[5], 2);
    check(napi_get_typedarray_info(env, a[5], nullptr, &discLength, nullptr, nullptr, nullptr));
    const DepthOfFieldParams p{c[0], c[1], c[2], c[3], disc, static_cast<int>(discLength / 2)};
    if (!(p.blendRamp > 0)) throw Failure{"The depth of field's numbers are invalid."};
    const size_t halfPixels = static_cast<size_t>((W + 1) / 2) * ((H + 1) / 2);
    depthOfField(DepthOfFieldFrame{W, H, f32(env, a[0], n), f32(env, a[1], n * 3), f32(env, a[6], halfPixels * 3), f32(env, a[7], halfPixels), f32(env, a[8], halfPixels * 3)}, p);
  });
}

// background(id, hdr, W, H, rays, sky, backdrop, colour)
// backdrop: [night, clouds, cloudLit (3), cloudShade (3), discCos, discColor (3)]; colour: the
// scene's background (3 numbers) or null.
napi_value BackgroundPass(napi_env env, napi_callback_info info) {
  return guarded(env, [&] {
    napi_value a[8];
    args(env, info, a);
    const int W = integer(env, a[2]), H = integer(env, a[3]);
    const size_t n = pixels(W, H);
    const double* c = f64(env, a[6], 12);
    BackdropParams b{c[0] != 0, c[1] != 0, {c[2], c[3], c[4]}, {c[5], c[6], c[7]}, c[8], {c[9], c[10], c[11]}, {0, 0, 0}};
    if (!isNull(env, a[7])) {
      const double* colour = f64(env, a[7], 3);
      for (int k = 0; k < 3; k++) b.background[k] = colour[k];
    }
    drawBackground(u16(env, a[0], n), f32(env, a[1], n * 3), W, H, raysOf(env, a[4]), skyOf(env, a[5]), b);
  });
}

}  // namespace

NAPI_MODULE_INIT() {
  const napi_property_descriptor props[] = {
      {"post", nullptr, Post, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"yuv420p", nullptr, Yuv420p, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"occlusion", nullptr, Occlusion, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"shadowTiles", nullptr, ShadowTiles, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"shadowMask", nullptr, ShadowMask, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"shadePlan", nullptr, ShadePlan, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"shadeLight", nullptr, ShadeLight, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"fillOpaque", nullptr, FillOpaque, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"surfaceTwins", nullptr, SurfaceTwins, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"threadCpuMs", nullptr, ThreadCpuMs, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"motionBlur", nullptr, MotionBlurPass, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"depthOfField", nullptr, DepthOfFieldPass, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"background", nullptr, BackgroundPass, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"cpu", nullptr, CpuInfo, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"meshCubes", nullptr, MeshCubes, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"splatBumps", nullptr, SplatBumps, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"clipCavities", nullptr, ClipCavities, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}

// Which build of the render passes this is, and whether the CPU can run the wider one. binding.gyp
// builds the same sources twice: render.node for any x86_64 (and every other architecture), and,
// on Linux x86_64, render_v3.node for x86-64-v3 (AVX2, BMI2, F16C, MOVBE; Haswell and Zen on), which
// is about a sixth faster a frame. Fused multiply-adds stay off in both (-mno-fma,
// -ffp-contract=off), so the two give the same bytes. native-render.ts asks the baseline build
// whether this CPU runs v3 before it loads that build (loading it on an older CPU could crash on its
// first AVX instruction).
#include <node_api.h>

#if defined(KINORA_RENDER_V3)
#define KINORA_RENDER_BUILD "x86-64-v3"
#else
#define KINORA_RENDER_BUILD "x86-64"
#endif

namespace {

bool cpuRunsV3() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  __builtin_cpu_init();
  return __builtin_cpu_supports("x86-64-v3");
#else
  return false;
#endif
}

}  // namespace

// cpu() -> { build: 'x86-64' | 'x86-64-v3', runsV3: boolean }
napi_value CpuInfo(napi_env env, napi_callback_info) {
  napi_value out = nullptr, build = nullptr, runs = nullptr;
  napi_create_object(env, &out);
  napi_create_string_utf8(env, KINORA_RENDER_BUILD, NAPI_AUTO_LENGTH, &build);
  napi_get_boolean(env, cpuRunsV3(), &runs);
  napi_set_named_property(env, out, "build", build);
  napi_set_named_property(env, out, "runsV3", runs);
  return out;
}

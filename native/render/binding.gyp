{
  # Kinora's per-pixel render passes (main/engine/frames/native-render.ts loads it): opaque
  # triangle fill into the G-buffer, tone mapping, FXAA, grain, ambient occlusion, the sun's shadow
  # mask, deferred shading (lighting, haze and the C++ twins of the procedural surfaces), the sky,
  # the conversion to the encoder's yuv420p, and the liquid's surface grid (splat, wall clip, marching cubes).
  # Node-API only, so one build loads in Node and Electron. -O3 without -ffast-math or fused
  # multiply-adds (-fno-math-errno only lets sqrt inline, -fno-trapping-math lets branches become
  # selects; neither changes a result): the same arithmetic, in the same order
  # and precision, as the JavaScript passes (a unit test compares them); no -march=native (it ships
  # to other x86_64 machines). Single-threaded: the frame pool already puts a frame on each core.
  # Two builds of the same sources: render.node for any CPU, and render_v3.node for x86-64-v3 CPUs
  # (AVX2 and BMI2, without FMA, so the same bytes), about a sixth faster a frame; the loader picks
  # it when render.node's cpu() says this CPU runs it (src/cpu.cc). Off Linux x86_64 the second is
  # built like the first.
  "target_defaults": {
    "sources": ["src/addon.cc", "src/shade-addon.cc", "src/cpu.cc", "src/post.cc", "src/occlusion.cc", "src/shadow.cc", "src/shade.cc", "src/surfaces.cc", "src/surfaces/ground.cc", "src/surfaces/wood.cc", "src/surfaces/sand.cc", "src/surfaces/organic.cc", "src/surfaces/metal.cc", "src/surfaces/tile.cc", "src/surfaces/people-cloth.cc", "src/surfaces/outfit-front.cc", "src/surfaces/outfit-suit.cc", "src/surfaces/outfit-hoodie.cc", "src/surfaces/outfit-raincoat.cc", "src/cloth-folds.cc", "src/raster.cc", "src/motion-blur.cc", "src/depth-of-field.cc", "src/sky.cc", "src/yuv.cc", "src/cubes.cc"],
    "cflags_cc!": ["-fno-exceptions", "-O2", "-O1", "-Os"],
    "cflags_cc": ["-O3", "-ffp-contract=off", "-fno-math-errno", "-fno-trapping-math", "-std=c++17", "-fexceptions", "-Wall", "-Wextra"],
    "cflags!": ["-O2"],
    "cflags": ["-O3"],
    "xcode_settings": { "GCC_OPTIMIZATION_LEVEL": "3", "CLANG_CXX_LANGUAGE_STANDARD": "c++17", "GCC_ENABLE_CPP_EXCEPTIONS": "YES" },
    "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2, "ExceptionHandling": 1 } }
  },
  "targets": [
    { "target_name": "render" },
    {
      "target_name": "render_v3",
      "conditions": [
        ["OS=='linux' and target_arch=='x64'", { "cflags_cc": ["-march=x86-64-v3", "-mno-fma"], "defines": ["KINORA_RENDER_V3=1"] }]
      ]
    }
  ]
}

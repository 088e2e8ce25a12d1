{
  # Kinora's particle liquid solver (main/engine/liquids/native-solver.ts loads it) and the FLIP
  # liquid's pressure solve and transfers (flip/native-flip.ts). Node-API only,
  # so one build loads in Node and in Electron. -O3 without -ffast-math or fused multiply-adds: it
  # computes exactly what the JavaScript fallback does, to the bit (a unit test checks); and no
  # -march=native (it ships to other x86_64 machines).
  "targets": [
    {
      "target_name": "liquid",
      "sources": ["src/addon.cc", "src/pbf.cc", "src/dfsph.cc", "src/dfsph-rate.cc", "src/dfsph-solids.cc", "src/dfsph-sleep.cc", "src/neighbours.cc", "src/colliders.cc", "src/collider-decode.cc", "src/pool.cc", "src/flip-addon.cc", "src/flip-pcg.cc", "src/flip-transfer.cc", "src/flip-extrapolate.cc", "src/flip-neighbours.cc", "src/flip-relax.cc", "src/flip-solids.cc", "src/flip-separate.cc"],
      "cflags_cc!": ["-fno-exceptions", "-O2", "-O1", "-Os"],
      "cflags_cc": ["-O3", "-ffp-contract=off", "-fno-math-errno", "-fno-trapping-math", "-std=c++17", "-fexceptions", "-Wall", "-Wextra"],
      "cflags!": ["-O2"],
      "cflags": ["-O3"],
      "ldflags": ["-pthread"],
      "xcode_settings": { "GCC_OPTIMIZATION_LEVEL": "3", "CLANG_CXX_LANGUAGE_STANDARD": "c++17", "GCC_ENABLE_CPP_EXCEPTIONS": "YES" },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2, "ExceptionHandling": 1 } }
    }
  ]
}

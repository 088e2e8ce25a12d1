import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Set-up hooks make real media (ffmpeg, generations); on a busy 2-core machine that can pass 10 s.
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores: in run mode vitest takes cpus - 1 workers, one on this 2-core machine, and ran the
    // files one at a time. Measured on the whole suite (158 files, 947 tests): 1134 s with one, 765 s
    // with two, every test passing; the slowest under it (an egg under water, 35 s) is well inside
    // its 60 s timeout.
    maxWorkers: 2,
    minWorkers: 1,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Set-up hooks make real media (ffmpeg, generations); on a busy 2-core machine that can pass 10 s.
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

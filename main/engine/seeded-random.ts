// The one seeded PRNG (mulberry32) of the engine. The simulator must give the same trace, the
// renderer the same scenery and the synthesizer the same noise for the same seed on every machine,
// so nothing here may touch Math.random or the clock.
export interface Rng {
  // Uniform in [0, 1).
  next(): number;
  uniform(min: number, max: number): number;
  // Standard normal scaled to mean/sd (Box-Muller).
  normal(mean: number, sd: number): number;
  // -1 or +1 with equal odds.
  sign(): 1 | -1;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    normal: (mean, sd) => {
      // 1 - next() is in (0, 1], so the log is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    sign: () => (next() < 0.5 ? -1 : 1),
  };
}

// Derives an independent stream for one purpose (shot planning, drop jitter, ...) from the take's
// seed, so adding randomness to one part of the scene does not shift the numbers another part sees.
export function deriveSeed(seed: number, salt: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

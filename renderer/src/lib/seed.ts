// A fresh random seed in the contract's range (0 .. 2^31-1), different from the one given.
const MAX_SEED = 2 ** 31 - 1;

export function randomSeed(avoid?: number): number {
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const seed = (buffer[0] ?? 0) % MAX_SEED;
    if (seed !== avoid) return seed;
  }
}

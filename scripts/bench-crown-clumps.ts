// Times the crown's leaf-clump search (shading/noise.ts cellNearest3, JavaScript) against trying all
// 27 cells, over points spread through a crown-sized block, and prints ns a point for each.
// Usage: node --import tsx scripts/bench-crown-clumps.ts
import { cellNearest3, hash3 } from '../main/engine/frames/shading/noise';

const N = 400_000;
const xs = Float64Array.from({ length: N }, (_, n) => hash3(n, 1, 2, 5) * 8);
const ys = Float64Array.from({ length: N }, (_, n) => hash3(n, 3, 4, 6) * 8);
const zs = Float64Array.from({ length: N }, (_, n) => hash3(n, 5, 6, 7) * 8);
const out = new Float64Array(4);

function all27(x: number, y: number, z: number, seed: number): number {
  let best = 9;
  for (let k = Math.floor(z) - 1; k <= Math.floor(z) + 1; k++) {
    for (let j = Math.floor(y) - 1; j <= Math.floor(y) + 1; j++) {
      for (let i = Math.floor(x) - 1; i <= Math.floor(x) + 1; i++) {
        const d = (x - i - hash3(i, j, k, seed)) ** 2 + (y - j - hash3(i, j, k, seed + 1)) ** 2 + (z - k - hash3(i, j, k, seed + 2)) ** 2;
        if (d < best) best = d;
      }
    }
  }
  return Math.sqrt(best);
}

function time(name: string, f: (x: number, y: number, z: number) => number): void {
  let sink = 0;
  for (let n = 0; n < N; n++) sink += f(xs[n]!, ys[n]!, zs[n]!);
  const t0 = performance.now();
  for (let rep = 0; rep < 3; rep++) for (let n = 0; n < N; n++) sink += f(xs[n]!, ys[n]!, zs[n]!);
  console.info(`${name}: ${(((performance.now() - t0) / (3 * N)) * 1e6).toFixed(0)} ns a point (checksum ${sink.toFixed(1)})`);
}

time('cellNearest3 (8 cells, then the others that could be nearer)', (x, y, z) => cellNearest3(x, y, z, 61, out));
time('all 27 cells', (x, y, z) => all27(x, y, z, 61));

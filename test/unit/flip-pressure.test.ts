// The FLIP liquid's pressure system (flip/pressure.ts) where liquid cells are shut in by solids: a
// pocket of two cells open to no air (as in a tipped jug's wall) made its system singular, and its
// net inflow (a moving wall's) could not be balanced, so PCG grew its pressures without bound (the
// 20k pour's native run threw its particles kilometres off at step 154). Each pocket is now held by
// one cell as if by the air: its pressures are bounded and the solve ends, in JavaScript and native.
import { describe, expect, it } from 'vitest';
import type { FluidCollider } from '../../main/engine/liquids/fluid-solids';
import { GridBoundary } from '../../main/engine/liquids/flip/boundary';
import { FlipGrid } from '../../main/engine/liquids/flip/grid';
import { FlipNative } from '../../main/engine/liquids/flip/native-flip';
import { PoissonSystem } from '../../main/engine/liquids/flip/pressure';

// A sealed box: a point inside it cannot get out, one outside cannot get in.
class SealedBox implements FluidCollider {
  constructor(private readonly lo: readonly number[], private readonly hi: readonly number[]) {}
  private inside(p: Float64Array, i: number): boolean {
    return [0, 1, 2].every((a) => p[3 * i + a]! > this.lo[a]! && p[3 * i + a]! < this.hi[a]!);
  }
  project(p: Float64Array, x: Float64Array, n: number): void {
    for (let i = 0; i < n; i++) if (this.inside(p, i) !== this.inside(x, i)) for (let a = 0; a < 3; a++) p[3 * i + a] = x[3 * i + a]!;
  }
  encode(): void {}
}

// Cells of 1 cm: a pocket of two cells (x 2-4 cm, y and z 2-3 cm) sealed in a box, and a column
// of liquid open to the air beside it.
function pocketSystem(native: FlipNative | null): { sys: PoissonSystem; pocket: number[] } {
  const dx = 0.01;
  const at = (i: number, j: number, k: number): number[] => [(i + 0.5) * dx, (j + 0.5) * dx, (k + 0.5) * dx];
  const points = [at(2, 2, 2), at(3, 2, 2), at(6, 1, 2), at(6, 2, 2), at(6, 3, 2)];
  const x = new Float64Array(points.flat());
  const g = new FlipGrid();
  g.layOut(x, points.length, dx, 2 * dx);
  const cellOf = Int32Array.from(points, (p) => g.cellAt(p[0]!, p[1]!, p[2]!));
  const boundary = new GridBoundary(g, [new SealedBox([0.02, 0.02, 0.02], [0.04, 0.03, 0.03])]);
  boundary.begin(0);
  boundary.markCells(cellOf);
  boundary.placePoints(x, cellOf);
  const sys = new PoissonSystem(g, native);
  sys.build(boundary);
  const rowOf = (c: number): number => Array.from(sys.cellOf.subarray(0, sys.rows)).indexOf(c);
  return { sys, pocket: [rowOf(cellOf[0]!), rowOf(cellOf[1]!)] };
}

describe('FLIP pressure with a pocket shut in by solids', () => {
  for (const solver of ['js', 'native'] as const) {
    it(`gives bounded pressures for the pocket's inflow (${solver})`, () => {
      const native = solver === 'native' ? FlipNative.create() : null;
      if (solver === 'native') expect(native).not.toBeNull();
      const { sys, pocket } = pocketSystem(native);
      expect(sys.rows).toBe(5);
      expect(pocket.every((r) => r >= 0)).toBe(true);
      // The two pocket cells see only each other: neither is by the air (the pin is not a surface).
      for (const r of pocket) expect(sys.byAir(r)).toBe(false);
      expect(sys.pinned).toBe(1);
      // 1 mm/s flows into the pocket, 2 mm/s out of the open column's cells.
      const b = new Float64Array(sys.rows).fill(0.002);
      b[pocket[0]!] = 0.001; b[pocket[1]!] = 0;
      const phi = new Float64Array(sys.rows);
      const iterations = sys.solve(b, phi);
      expect(iterations).toBeLessThan(20);
      for (const q of phi) expect(Math.abs(q)).toBeLessThan(0.01);
      // Its inflow leaves through the held cell: both pocket cells at the inflow's pressure.
      for (const r of pocket) expect(phi[r]).toBeCloseTo(0.001, 9);
    });
  }
});

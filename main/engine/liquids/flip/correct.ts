// The FLIP liquid's volume kept: FLIP's particles drift together where the flow converges (the
// grid's velocity is divergence-free only on the faces, not at every particle), and a clump reads
// as lost volume (volume.ts); where it diverges they spread, and a loose pack in a glass stands
// higher than its volume. Each liquid step, how full each liquid cell is (its particles' densities,
// below) is set against rest, and the particles are moved out of cells packed denser and into
// cells inside the liquid packed looser, by a displacement solved on the grid as the pressure is
// (pressure.ts: the excess is the displacement's divergence, the surface and solids bound it),
// positions only, so the correction adds no velocity (Kugelstadt et al.'s density projection,
// applied to positions).
import type { ParticleFluid } from '../pbf';
import { isParked, type FlipGrid } from './grid';
import type { PoissonSystem } from './pressure';
import { faceField, sample } from './transfer';
import { settle } from './advect';

// The share of a cell's excess a step takes out, and of a shortfall it fills beyond LOOSE (a cell
// by the air is part-filled by nature: only its excess is taken). Measured on the default pour
// (2.6k particles, relax.ts after): filling every shortfall left the glass's level 3.4% over its
// volume but lost 0.59% of the volume (a still jug 0.57% in 60 steps: its bound is 0.5%, as a
// cell filled to exactly rest holds particles a little over and a little under it); leaving
// 0.02 unfilled, 3.6% and 0.42% (the jug 0.37%); 0.05, 6.6% and 0.33%. Counting particles a
// cell (the first design) read the cells a wall cuts as short and could fill only those with
// liquid on every side: the level stood 10.2% over the volume.
const SHARE = 1;
const UNDER = 0.5;
const LOOSE = 0.02;

// How packed each liquid cell is, over rest (per row of the system): its particles' SPH densities
// over rest (PBF's measure, volume.ts's: a wall's share stands in for the liquid beyond it, so a
// particle packed as at rest by a glass's wall reads 1), averaged with their trilinear weights at
// the cell's centre.
let sums = new Float64Array(0);

function fullness(fluid: ParticleFluid, g: FlipGrid, sys: PoissonSystem, rho: Float64Array, out: Float64Array): void {
  const { x, n } = fluid;
  if (sums.length < 2 * g.cells) sums = new Float64Array(2 * g.cells);
  sums.fill(0, 0, 2 * g.cells);
  for (let i = 0; i < n; i++) {
    if (isParked(x, i)) continue;
    const cx = (x[3 * i]! - g.ox) / g.dx - 0.5, cy = (x[3 * i + 1]! - g.oy) / g.dx - 0.5, cz = (x[3 * i + 2]! - g.oz) / g.dx - 0.5;
    const i0 = Math.floor(cx), j0 = Math.floor(cy), k0 = Math.floor(cz);
    const fx = cx - i0, fy = cy - j0, fz = cz - k0;
    for (let c = 0; c < 8; c++) {
      const ii = i0 + (c & 1), jj = j0 + (c & 2 ? 1 : 0), kk = k0 + (c & 4 ? 1 : 0);
      if (ii < 0 || jj < 0 || kk < 0 || ii >= g.nx || jj >= g.ny || kk >= g.nz) continue;
      const w = (c & 1 ? fx : 1 - fx) * (c & 2 ? fy : 1 - fy) * (c & 4 ? fz : 1 - fz);
      const cell = g.cell(ii, jj, kk);
      sums[2 * cell]! += w * rho[i]!;
      sums[2 * cell + 1]! += w;
    }
  }
  for (let row = 0; row < sys.rows; row++) {
    const cell = sys.cellOf[row]!;
    out[row] = sums[2 * cell + 1]! > 0 ? sums[2 * cell]! / sums[2 * cell + 1]! : 1;
  }
}

// The correction's right-hand side and solution (kept: two arrays a step were garbage).
const solved = { rho: new Float64Array(0), psi: new Float64Array(0) };

// Where the particles go (p) to leave the over-packed cells; returns the solve's iterations. The
// system must have been built on the particles where they are now (x), and `density` measured
// there (fluid.densityRatios()).
export function correctDensity(fluid: ParticleFluid, g: FlipGrid, sys: PoissonSystem, density: Float64Array): number {
  const { x, p, n } = fluid;
  if (solved.rho.length < sys.rows) [solved.rho, solved.psi] = [new Float64Array(sys.rows), new Float64Array(sys.rows)];
  const rho = solved.rho.subarray(0, sys.rows), psi = solved.psi.fill(0, 0, sys.rows).subarray(0, sys.rows);
  fullness(fluid, g, sys, density, rho);
  let any = false;
  for (let row = 0; row < sys.rows; row++) {
    // A cell by the air is part-filled by nature (the surface runs through it): only packed too
    // densely is it corrected. One inside the liquid, or by a wall (whose share its particles'
    // densities count), is also filled where it holds too few (the pressure keeps every liquid
    // cell's volume, so a loose pack landing in a glass stayed loose).
    const excess = rho[row]! - 1;
    rho[row] = excess > 0 ? SHARE * excess : sys.byAir(row) ? 0 : UNDER * Math.min(0, excess + LOOSE);
    if (rho[row] !== 0) any = true;
  }
  if (!any) { p.set(x); return 0; }
  const iterations = sys.solve(rho, psi);
  const fields = [0, 1, 2].map((a) => faceField(g, a));
  for (const f of fields) f.old.fill(0, 0, f.sx * f.sy * f.sz);
  sys.subtractGradient(psi, fields.map((f) => f.old), g.dx);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < 3; a++) p[3 * i + a] = x[3 * i + a]! + (isParked(x, i) ? 0 : sample(g, fields[a]!, fields[a]!.old, x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!));
  }
  return iterations;
}

// Under a cell's width the grid cannot part two particles; where they come closer than the
// spacing (a stream landing in the glass packs them) each pair is pushed apart by half the gap,
// positions only, then kept out of the solids. The pairs are found in bins of one spacing laid
// over the grid (a pair closer than that is in neighbouring bins). It moves p on from where
// correctDensity put it, then collides it from x.
const bins = { start: new Int32Array(0), order: new Int32Array(0), bin: new Int32Array(0) };

// The bins across the grid, each axis.
function binsAcross(g: FlipGrid, size: number): [number, number, number] {
  return [Math.ceil((g.nx * g.dx) / size), Math.ceil((g.ny * g.dx) / size), Math.ceil((g.nz * g.dx) / size)];
}

function binParticles(g: FlipGrid, x: Float64Array, n: number, size: number): [number, number, number] {
  const [bx, by, bz] = binsAcross(g, size);
  const count = bx * by * bz;
  if (bins.start.length < count + 1) bins.start = new Int32Array(count + 1);
  if (bins.order.length < n) { bins.order = new Int32Array(n); bins.bin = new Int32Array(n); }
  const start = bins.start;
  start.fill(0, 0, count + 1);
  for (let i = 0; i < n; i++) {
    const ix = Math.floor((x[3 * i]! - g.ox) / size), iy = Math.floor((x[3 * i + 1]! - g.oy) / size), iz = Math.floor((x[3 * i + 2]! - g.oz) / size);
    const b = isParked(x, i) || ix < 0 || iy < 0 || iz < 0 || ix >= bx || iy >= by || iz >= bz ? -1 : ix + bx * (iy + by * iz);
    bins.bin[i] = b;
    if (b >= 0) start[b + 1]!++;
  }
  for (let b = 0; b < count; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) if (bins.bin[i]! >= 0) bins.order[fill[bins.bin[i]!]!++] = i;
  return [bx, by, bz];
}

// Natively (to the bit the same: flip-separate.cc) where the solver has its native half.
export function separate(fluid: ParticleFluid, g: FlipGrid): void {
  const { p, n } = fluid;
  const s = fluid.params.spacingM;
  const native = fluid.flip?.native;
  if (native) {
    native.separate(g, fluid, s, binsAcross(g, s));
    return settle(fluid);
  }
  const [bx, by, bz] = binParticles(g, p, n, s);
  const dp = fluid.scratch;
  dp.fill(0);
  for (let i = 0; i < n; i++) {
    const b = bins.bin[i]!;
    if (b < 0) continue;
    const ix = b % bx, iy = Math.floor(b / bx) % by, iz = Math.floor(b / (bx * by));
    let dx = 0, dy = 0, dz = 0;
    for (let kz = Math.max(0, iz - 1); kz <= Math.min(bz - 1, iz + 1); kz++) for (let ky = Math.max(0, iy - 1); ky <= Math.min(by - 1, iy + 1); ky++) {
      const row = bx * (ky + by * kz);
      for (let q = bins.start[row + Math.max(0, ix - 1)]!; q < bins.start[row + Math.min(bx - 1, ix + 1) + 1]!; q++) {
        const j = bins.order[q]!;
        const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
        const r2 = ex * ex + ey * ey + ez * ez;
        if (r2 >= s * s || r2 < 1e-18) continue;
        const r = Math.sqrt(r2);
        const push = (0.5 * (s - r)) / r;
        dx += push * ex; dy += push * ey; dz += push * ez;
      }
    }
    dp[3 * i] = dx; dp[3 * i + 1] = dy; dp[3 * i + 2] = dz;
  }
  for (let a = 0; a < 3 * n; a++) p[a]! += dp[a]!;
  settle(fluid);
}

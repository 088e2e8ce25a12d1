// The FLIP liquid's particles kept from clumping below a grid cell's width. The grid's correction
// (correct.ts) evens out how full each cell is, but inside a cell FLIP's noise still gathers
// particles into clumps with gaps beside them, and a clump is liquid packed denser than rest:
// volume lost as volume.ts measures it (a still jug lost 1.35% in its first second so). So each
// step every particle packed denser than rest, by its SPH density (PBF's poly6, the walls' share
// included, as volume.ts reads it), is moved apart from its neighbours as one position-based
// fluids iteration moves it (Macklin and Mueller, 2013), positions only: no velocity is added.
// It reads the neighbour lists the grid's correction measured the densities with (the particles
// have moved less than a spacing since), and the walls where the correction left the particles.
import { MAX_NEIGHBOURS } from '../neighbours';
import { gatherWalls } from '../fluid-solids';
import type { ParticleFluid } from '../pbf';
import { isParked } from './grid';
import type { FlipNative } from './native-flip';

// PBF's constraint relaxation (per 1/h^2; pbf.ts's RELAXATION): it keeps a particle with few
// neighbours from being thrown.
const RELAXATION = 0.1;
// Iterations a step. Measured on the default pour (2.6k particles, with correct.ts's LOOSE at 0.02):
// one left the glass's level 4.6% over its volume and the still jug 0.42% under its volume after
// 60 steps; two 3.6% and 0.37% (bounds: 5% and 0.5%), the volume over the clip within 0.42%.
const ITERATIONS = 2;

let lambda = new Float64Array(0);

// Moves p (the particles' corrected places) apart where packed denser than rest.
// native: the iterations after the walls in C++ (flip-relax.cc, the same numbers).
export function relax(fluid: ParticleFluid, native: FlipNative | null = null): void {
  if (lambda.length < fluid.n) lambda = new Float64Array(fluid.n);
  // The walls once, where the correction put the particles: an iteration moves a particle a small
  // part of a spacing, and gathering them again for the second (a third of the step's colliders'
  // work, ~3 ms CPU a step of the 20k pour's 50) changed no check's verdict (liquid-flip.test.ts).
  if (native) native.walls(fluid);
  else gatherWalls(fluid);
  for (let it = 0; it < ITERATIONS; it++) {
    if (native) native.relax(fluid, RELAXATION, lambda);
    else iterate(fluid);
  }
}

function iterate(fluid: ParticleFluid): void {
  const { p, n, grid, wallRho, wallGrad, scratch: dp } = fluid;
  const h = fluid.h, rest = fluid.rest, spiky = fluid.spiky;
  for (let i = 0; i < n; i++) {
    lambda[i] = 0;
    if (isParked(p, i)) continue;
    let rho = fluid.w(0) + wallRho[i]!;
    let gx = wallGrad[3 * i]!, gy = wallGrad[3 * i + 1]!, gz = wallGrad[3 * i + 2]!, sum2 = 0;
    const base = i * MAX_NEIGHBOURS;
    for (let k = 0; k < grid.count[i]!; k++) {
      const j = grid.list[base + k]!;
      const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
      const r2 = ex * ex + ey * ey + ez * ez;
      rho += fluid.w(r2);
      const r = Math.sqrt(r2);
      if (r < 1e-9 || r >= h) continue;
      const g = (spiky * (h - r) * (h - r)) / (r * rest);
      gx += g * ex; gy += g * ey; gz += g * ez;
      sum2 += g * g * r2;
    }
    const c = rho / rest - 1;
    if (c > 0) lambda[i] = -c / (sum2 + gx * gx + gy * gy + gz * gz + RELAXATION / (h * h));
  }
  for (let i = 0; i < n; i++) {
    const li = lambda[i]!;
    let dx = li * wallGrad[3 * i]!, dy = li * wallGrad[3 * i + 1]!, dz = li * wallGrad[3 * i + 2]!;
    const base = i * MAX_NEIGHBOURS;
    for (let k = 0; k < grid.count[i]!; k++) {
      const j = grid.list[base + k]!;
      const s = li + lambda[j]!;
      if (s === 0) continue;
      const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
      const r = Math.sqrt(ex * ex + ey * ey + ez * ez);
      if (r < 1e-9 || r >= h) continue;
      const g = (s * spiky * (h - r) * (h - r)) / (r * rest);
      dx += g * ex; dy += g * ey; dz += g * ez;
    }
    dp[3 * i] = dx; dp[3 * i + 1] = dy; dp[3 * i + 2] = dz;
  }
  for (let a = 0; a < 3 * n; a++) p[a]! += dp[a]!;
}

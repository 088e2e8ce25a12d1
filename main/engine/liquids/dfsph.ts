// A particle liquid by divergence-free SPH (Bender and Koschier, 2015): the pressure acts on the
// velocities, not the positions. Each substep lists the neighbours once, at the particles' places,
// then (1) makes the velocity field divergence-free where the liquid is whole (no particle closing
// in on its neighbours), (2) adds gravity and XSPH viscosity, (3) corrects the velocities so that
// the density they lead to after the substep is the rest density, and moves the particles, keeping
// them out of the solids with friction (fluid-solids.ts's collide). Both solves are Jacobi iterations on the
// pressure's own diagonal (Chebyshev-accelerated), run to a tolerance, and each starts from the pressure the last substep
// ended with (its stiffness kappa, a warm start): a still column's hydrostatic pressure is carried
// over whole, where the position-based solve had to rebuild it from the floor up every step (one
// kernel radius per iteration, which left a deep column 2-3% compressed). Substeps are as long as the fastest
// particle and solid allow (dfsph-rate.ts). Still water sleeps (dfsph-sleep.ts): neither
// solved for nor moved. The kappas, the last substep's length, the iteration counts and the still counts are one
// array the caller owns (`warm`), so a saved liquid resumes exactly and the native twin (dfsph.cc) matches it.
import { GRAVITY } from '../physics/constants';
import { MAX_NEIGHBOURS } from './neighbours';
import type { ParticleFluid } from './pbf';
import { addReactions, BrakedSolids, carrySolids, filmDepths, foundSolids, keepOut, wallFriction } from './dfsph-solids';
import { stepSubsteps } from './dfsph-rate';
import { collide, gatherWalls } from './fluid-solids';
import { settle, sleepers } from './dfsph-sleep';

// The mean compression left by the density solve, and the mean compression rate x dt by the
// divergence solve (both as a share of rest density). The default pour's worst volume drift is
// about the same at a density tolerance of 0.02% and 0.1% (0.58% against 0.64%), but at 0.1% what
// each substep's solve left unsolved kept a still jug jittering (scripts/liquid-still.ts, 2.4k
// particles: 3.22 cm/s mean speed; 2.34 at 0.05%, 2.07 at 0.02%, 2.00 at 0.01%), for 15.9 density
// iterations a step against 26.3 at 0.02% (the jug's CPU in JavaScript 8.4 s against 9.7). The
// rest of its jitter is the substeps' length (the density solve's first-order foresight: at
// FALL_CFL 0.1 (dfsph-rate.ts), twice the substeps, 1.40 cm/s).
const DENSITY_TOLERANCE = 0.0002;
const DIVERGENCE_TOLERANCE = 0.001;
const MAX_ITERATIONS = 100;
const MIN_DENSITY_ITERATIONS = 2;
// Only particles this dense (walls counted) are held to a zero divergence: a particle at the free
// surface may close in on the liquid until it is whole (the density solve holds it there).
const WHOLE = 0.95;
// Added to the pressure's diagonal (per 1/h^2, as pbf.ts's relaxation): keeps a particle with one
// far neighbour from taking an unbounded kappa.
const RELAXATION = 0.1;
// How near a solid a particle's centre may come, in spacings (the rest of the liquid keeps half a
// spacing off a wall: the walls' density share is built so). The solids' projection is a backstop
// for what the pressure misses; at half a spacing it would catch a particle the pressure holds at
// rest by a wall, and what it moves it moves unforeseen by the density solve.
const CONTACT = 0.25;
// The share of its own diagonal's kappa a particle takes per iteration: at 1 the Jacobi iteration
// overshoots and diverges (neighbours push together); 0.5 as IISPH.
const OMEGA = 0.5;
// Chebyshev's semi-iterative acceleration of those Jacobi iterations (Wang, 2015): from iteration
// CHEBYSHEV_FROM on (counted from 0: the third), each iteration's kappa goes past the Jacobi one,
// along the change from the iterate before last, by a weight that follows from the iteration's
// spectral radius (an estimate: CHEBYSHEV_RHO), then is projected (never pulling). Iterations were
// half the 20k pour's CPU, the substeps' fixed work the other half (a fit over its 600 steps: 23 ms
// a substep, 2.4 ms an iteration, under load). A still jug (scripts/liquid-still.ts, 2.4k): 33.9 ->
// 15.9 density iterations a step, 3.3 -> 3.2 cm/s. At 0.95 the stillness test's jug took 13.3 a
// step against 16.9, but the stirred coffee (stir.test.ts) turned at 0.06 rad/s two seconds after
// the spoon left, against 0.18 before and 0.17 at 0.9.
const CHEBYSHEV_RHO = 0.9;
const CHEBYSHEV_FROM = 2;

// Offsets in the warm-start array after the two kappas (n each), then each particle's count of
// still substeps (dfsph-sleep.ts).
export const WARM_LAST_DT = 0;
export const WARM_DENSITY_ITERATIONS = 1;
export const WARM_DIVERGENCE_ITERATIONS = 2;
export const WARM_SUBSTEPS = 3;
export const warmLength = (n: number): number => 3 * n + 4;

type Solve = 'density' | 'divergence';

export class DfsphSolver {
  private readonly kappa: Float64Array;
  private readonly alpha: Float64Array;
  private readonly rho: Float64Array;
  // The density the density solve aims at: rest, or what the particle and its walls alone make
  // where that is more (squeezed between a floating block and the bowl's floor, no move of its
  // neighbours could thin it out to rest, and its kappa would grow without end until it burst).
  private readonly target: Float64Array;
  private readonly residual: Float64Array;
  // Each solve's accumulated kappa an iteration ago (Chebyshev's iterate before last).
  private readonly previous: Float64Array;
  // The velocity keepOut gave each particle this substep (3 each).
  private readonly kept: Float64Array;
  // How deep each particle is under the liquid's top in its column (m; filmDepths).
  private readonly depth: Float64Array;
  // Which particles sleep through this substep (dfsph-sleep.ts).
  private readonly asleep: Uint8Array;

  constructor(readonly n: number) {
    this.kept = new Float64Array(3 * n);
    this.depth = new Float64Array(n);
    this.asleep = new Uint8Array(n);
    this.kappa = new Float64Array(n);
    this.alpha = new Float64Array(n);
    this.rho = new Float64Array(n);
    this.target = new Float64Array(n);
    this.residual = new Float64Array(n);
    this.previous = new Float64Array(n);
  }

  // Steps dt in as many substeps as the fastest particle or solid needs (dfsph-rate.ts).
  step(f: ParticleFluid, dt: number, warm: Float64Array, reactions: Float64Array): void {
    const start = foundSolids(f);
    const substeps = stepSubsteps(f, dt, warm, start);
    const tail = 2 * this.n;
    let density = 0, divergence = 0;
    reactions.fill(0);
    // Each solid's motion as the liquid has braked it so far in the step.
    const braked = new BrakedSolids(start);
    for (let s = 0; s < substeps; s++) {
      if (s > 0) carrySolids(f, braked, (s * dt) / substeps);
      this.substep(f, dt / substeps, warm);
      addReactions(f, warm, this.kept, reactions);
      braked.brake(f, reactions, ((s + 1) * dt) / substeps, dt);
      density += warm[tail + WARM_DENSITY_ITERATIONS]!;
      divergence += warm[tail + WARM_DIVERGENCE_ITERATIONS]!;
    }
    carrySolids(f, braked, 0, true);
    warm[tail + WARM_DENSITY_ITERATIONS] = density;
    warm[tail + WARM_DIVERGENCE_ITERATIONS] = divergence;
    warm[tail + WARM_SUBSTEPS] = substeps;
  }

  private substep(f: ParticleFluid, dt: number, warm: Float64Array): void {
    const { x, v, p, grid } = f;
    p.set(x);
    grid.build(p);
    gatherWalls(f, true);
    this.factors(f);
    const awake = sleepers(f, warm, this.rho, this.target, this.asleep);
    const tail = 2 * this.n;
    const last = warm[tail + WARM_LAST_DT]!;
    const scale = last > 0 ? dt / last : 0;
    warm[tail + WARM_DIVERGENCE_ITERATIONS] = this.solve(f, 'divergence', warm.subarray(this.n, 2 * this.n), scale, dt, awake);
    nonPressure(f, dt, this.asleep);
    warm[tail + WARM_DENSITY_ITERATIONS] = this.solve(f, 'density', warm.subarray(0, this.n), scale, dt, awake);
    filmDepths(f, this.depth);
    wallFriction(f, warm, this.depth);
    for (let a = 0; a < 3 * this.n; a++) p[a] = x[a]! + dt * v[a]!;
    collide(f, CONTACT * f.params.spacingM, true);
    keepOut(f, this.kept, dt, this.depth);
    x.set(p);
    settle(f, warm, this.asleep);
    warm[tail + WARM_LAST_DT] = dt;
  }

  // Each particle's density (over rest, walls counted), its pressure diagonal's inverse, and each
  // pair's kernel gradient factor (pbf.ts's, kept in f.pairG for the solves).
  private factors(f: ParticleFluid): void {
    const { p, grid, pairG, wallGrad, wallRho } = f;
    const h = f.h, relax = RELAXATION / (h * h);
    for (let i = 0; i < this.n; i++) {
      let rho = f.w(0) + wallRho[i]!;
      let gx = wallGrad[3 * i]!, gy = wallGrad[3 * i + 1]!, gz = wallGrad[3 * i + 2]!, sum2 = 0;
      const base = i * MAX_NEIGHBOURS;
      for (let k = 0; k < grid.count[i]!; k++) {
        const j = grid.list[base + k]!;
        const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
        const r2 = ex * ex + ey * ey + ez * ez;
        rho += f.w(r2);
        const r = Math.sqrt(r2);
        pairG[base + k] = 0;
        if (r < 1e-9 || r >= h) continue;
        const g = f.cubicSlope(r);
        pairG[base + k] = g;
        gx += g * ex; gy += g * ey; gz += g * ez;
        sum2 += g * g * r2;
      }
      this.rho[i] = rho / f.rest;
      this.target[i] = Math.max(1, (f.w(0) + wallRho[i]!) / f.rest);
      this.alpha[i] = 1 / (sum2 + gx * gx + gy * gy + gz * gz + relax);
    }
  }

  // The rate particle i's density changes at with the velocities now (per unit rest density); a
  // wall counts by the particle's speed against it (the wall's own speed taken off).
  private rate(f: ParticleFluid, i: number): number {
    const { p, v, grid, pairG, wallGrad } = f;
    const vx = v[3 * i]!, vy = v[3 * i + 1]!, vz = v[3 * i + 2]!;
    let d = wallGrad[3 * i]! * vx + wallGrad[3 * i + 1]! * vy + wallGrad[3 * i + 2]! * vz - f.wallGradV[i]!;
    const base = i * MAX_NEIGHBOURS;
    for (let k = 0; k < grid.count[i]!; k++) {
      const g = pairG[base + k]!;
      if (g === 0) continue;
      const j = grid.list[base + k]!;
      const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
      d += g * (ex * (vx - v[3 * j]!) + ey * (vy - v[3 * j + 1]!) + ez * (vz - v[3 * j + 2]!));
    }
    return d;
  }

  // Jacobi iterations to the tolerance; `total` is the solve's kappa, accumulated (the warm start
  // of the next substep, scaled by the substeps' ratio), over the `awake` particles. Returns the iterations run.
  private solve(f: ParticleFluid, kind: Solve, total: Float64Array, scale: number, dt: number, awake: number): number {
    const { kappa, alpha, rho, target, residual, previous, asleep } = this;
    for (let i = 0; i < this.n; i++) kappa[i] = total[i] = total[i]! * scale;
    if (scale > 0) this.push(f);
    const tolerance = kind === 'density' ? DENSITY_TOLERANCE : DIVERGENCE_TOLERANCE;
    const least = kind === 'density' ? MIN_DENSITY_ITERATIONS : 1;
    let w = 1;
    for (let it = 0; it < MAX_ITERATIONS; it++) {
      w = chebyshevWeight(it, w);
      for (let i = 0; i < this.n; i++) {
        // A sleeper's pressure is carried over whole (it pushes its awake neighbours above), never solved.
        if (asleep[i]) { kappa[i] = residual[i] = 0; continue; }
        const d = this.rate(f, i);
        // The compression foreseen (signed: where the liquid would thin out, the pressure eases).
        let r: number;
        if (kind === 'density') {
          r = rho[i]! + dt * d - target[i]!;
          residual[i] = complementarity(r, total[i]!);
          r /= dt;
        } else {
          r = rho[i]! >= WHOLE ? d : Math.min(0, d);
          residual[i] = Math.max(0, r) * dt;
        }
        // Projected Jacobi: the kappa the particle's own diagonal asks for (taken further, as
        // Chebyshev's weight says), never pulling.
        const jacobi = total[i]! - OMEGA * r * alpha[i]!;
        const next = Math.min(0, w === 1 ? jacobi : previous[i]! + w * (jacobi - previous[i]!));
        kappa[i] = next - total[i]!;
      }
      let sum = 0;
      for (let i = 0; i < this.n; i++) sum += residual[i]!;
      if (it >= least && sum <= tolerance * awake) return it;
      for (let i = 0; i < this.n; i++) {
        previous[i] = total[i]!;
        total[i]! += kappa[i]!;
      }
      this.push(f);
    }
    return MAX_ITERATIONS;
  }

  // The velocity change the kappas make: each pair pushed apart by both its particles' kappas
  // (equal and opposite, so momentum is kept), and a wall by the particle's own.
  private push(f: ParticleFluid): void {
    const { p, v, grid, pairG, wallGrad } = f;
    const { kappa } = this;
    for (let i = 0; i < this.n; i++) {
      if (this.asleep[i]) continue;
      const ki = kappa[i]!;
      let dx = ki * wallGrad[3 * i]!, dy = ki * wallGrad[3 * i + 1]!, dz = ki * wallGrad[3 * i + 2]!;
      const base = i * MAX_NEIGHBOURS;
      for (let k = 0; k < grid.count[i]!; k++) {
        const g = pairG[base + k]!;
        if (g === 0) continue;
        const j = grid.list[base + k]!;
        const s = (ki + kappa[j]!) * g;
        dx += s * (p[3 * i]! - p[3 * j]!); dy += s * (p[3 * i + 1]! - p[3 * j + 1]!); dz += s * (p[3 * i + 2]! - p[3 * j + 2]!);
      }
      v[3 * i]! += dx; v[3 * i + 1]! += dy; v[3 * i + 2]! += dz;
    }
  }
}

// Chebyshev's weight for iteration `it`, from the last one's (1 before CHEBYSHEV_FROM: plain Jacobi).
function chebyshevWeight(it: number, last: number): number {
  const rho2 = CHEBYSHEV_RHO * CHEBYSHEV_RHO;
  if (it < CHEBYSHEV_FROM) return 1;
  return it === CHEBYSHEV_FROM ? 2 / (2 - rho2) : 4 / (4 - rho2 * last);
}

// How far the density solve is from done at a particle: the compression foreseen, or the thinning
// foreseen where its pressure still pushes (the solve would ease it). Counting compression alone,
// the solve stopped with the pressure carried over from the last substep still pushing too hard
// under a still column's liquid: what it overshot became a push upward, and the column bounced
// (a still 2.4k jug at 3.3 cm/s mean speed with it counted, 7.5 without, for 34 density iterations
// a step against 14.5 and 4 divergence ones against 9; the default pour's 31 against 16).
function complementarity(r: number, kappa: number): number {
  return r > 0 ? r : kappa < 0 ? -r : 0;
}

// Gravity, then XSPH viscosity (pbf.ts's, shared), on the awake particles.
function nonPressure(f: ParticleFluid, dt: number, asleep: Uint8Array): void {
  const { v } = f;
  for (let i = 0; i < f.n; i++) if (!asleep[i]) v[3 * i + 1]! -= GRAVITY * dt;
  f.xsphViscosity(asleep);
}

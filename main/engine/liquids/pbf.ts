// A particle liquid by position-based fluids (Macklin and Mueller, 2013): each step predicts where
// the particles go under gravity, then moves them a few times so that no particle's SPH density
// exceeds the rest density (the liquid does not compress), keeping them out of solids after each
// move; velocities are what the moves amount to, blended with the neighbours' (XSPH viscosity).
// Particles are never made or lost, so the liquid's mass is exactly conserved.
// The same step runs natively (native/liquid/, on every core) when that addon was built; this
// JavaScript is its fallback, and a unit test holds the two to the same result.
// A liquid made with method 'dfsph' (method.ts) keeps this class's particles, neighbour lists,
// walls and collisions but steps by divergence-free SPH (dfsph.ts, native dfsph.cc), or FLIP's grid.
import { GRAVITY } from '../physics/constants';
import { MAX_NEIGHBOURS, NeighbourGrid } from './neighbours';
import { nativeLiquid, type NativeFluidHandle, type NativeLiquid } from './native-solver';
import { DfsphSolver, warmLength } from './dfsph';
import { REACTION_STRIDE } from './dfsph-solids';
import { DEFAULT_METHOD, type LiquidMethod } from './method';
import { FluidKernel } from './kernel';
import { FlipSolver, flipWarmLength } from './flip/flip';
import { collide, gatherWalls, type FluidCollider } from './fluid-solids';

export interface FluidParams {
  // Distance between neighbouring particles at rest (m): each stands for spacing^3 of liquid.
  spacingM: number;
  viscosity: number;
  // Coulomb friction against solids (default: water's).
  friction?: number;
  iterations?: number;
  // 'js' keeps to the JavaScript solver even where the native one is built (tests compare them).
  solver?: 'native' | 'js';
  // Threads the native solver steps on (default: every core).
  threads?: number;
  // The pressure solve: position-based (this file) or divergence-free SPH (dfsph.ts); default
  // DEFAULT_METHOD (method.ts).
  method?: LiquidMethod;
}

// Density iterations per step. Each carries the floor's support about one kernel radius up the
// column (scripts/liquid-rate.ts), so a settled body stays denser than rest by an amount that falls
// slowly with them: a still 7k jug fills 96.8% of its rest volume at 4 and 97.8% at 6 (volume.ts).
// Six costs about a fifth more than four on the default pour. Neither a bottom-up Gauss-Seidel
// sweep (support carried a layer at a time: 1 point better) nor starting a step from the last
// step's multipliers (a warm start: 1-2 points better, but at 0.5 or more of them a still jug
// sloshes at 2 m/s and spills) did enough; 1% needs a velocity-level pressure solve (DFSPH).
export const DEFAULT_ITERATIONS = 6;

// Artificial pressure against clumping (the paper's s_corr, scaled by h^2 as lambda is): k, at
// |dq| = 0.2 h, n = 4; and the constraint's relaxation (the paper's epsilon, per 1/h^2). At 1 it
// took a sixth or more off every correction in a deep column, which then settled 4.7% denser than
// rest (a still 7k jug, 6 iterations); at 0.1 it settles 2.7% denser, for the same work, and as
// still (scripts/liquid-rate.ts prints both figures).
const S_CORR_K = 0.001;
const RELAXATION = 0.1;
// Liquid against a solid's surface by default: the share of a solid's push back that friction
// takes off the particle's slide along it this step (a Coulomb coefficient; catalog.ts has each
// liquid's).
const FRICTION = 0.3;

export class ParticleFluid {
  readonly x: Float64Array;
  readonly v: Float64Array;
  // The scratch positions (predicted in PBF; the step's start in DFSPH) and the neighbour lists
  // over them; read by dfsph.ts, as are the kernels and the walls (fluid-solids.ts).
  readonly p: Float64Array;
  private readonly lambda: Float64Array;
  // The predicted positions before the solids moved them (collide).
  readonly before: Float64Array;
  // Per particle (3 each): PBF's correction, DFSPH's viscosity change.
  readonly scratch: Float64Array;
  // Each listed pair's kernel gradient factor, in single precision as the native solver keeps it
  // (its solves stream it with the lists: a sixth faster than at 8 bytes); the sums that make it
  // use it unrounded, the passes that reuse it read it rounded, in both.
  readonly pairG: Float32Array;
  private readonly pairCorr: Float64Array;
  readonly grid: NeighbourGrid;
  // The kernels, the rest density and the wall's share (kernel.ts).
  readonly kernel: FluidKernel;
  private readonly wCorr: number;
  readonly colliders: FluidCollider[] = [];
  readonly friction: number;
  // Each particle's walls this step: their density share, and its gradient (per unit rest density).
  readonly wallRho: Float64Array;
  readonly wallGrad: Float64Array;
  // The walls' gradient dotted with their speeds: how fast the walls alone compress a particle.
  readonly wallGradV: Float64Array;
  // DFSPH: the first solid body among each particle's walls (its collider's index, or -1) and that
  // body's share of wallGrad; the collider that last moved it (collide), or -1.
  readonly wallBody: Int32Array;
  readonly wallBodyGrad: Float64Array;
  readonly movedBy: Int32Array;
  private readonly native: { addon: NativeLiquid; handle: NativeFluidHandle } | null;
  readonly method: LiquidMethod;
  // DFSPH's state carried from step to step (dfsph.ts: its kappas, the last substep's length and
  // the last step's iteration counts), or FLIP's (flip.ts: its densities and films); empty for PBF.
  readonly warm: Float64Array;
  // DFSPH: what the last step did to each collider that is a box or sphere (6 each, dfsph.ts's
  // addReactions: the impulse per unit particle mass, then its moment about the solid's pose).
  reactions = new Float64Array(0);
  private readonly dfsph: DfsphSolver | null;
  // FLIP's grid and work so far (the bench reads it), else null.
  readonly flip: FlipSolver | null;

  constructor(positions: Float64Array, readonly params: FluidParams) {
    const n = positions.length / 3;
    this.friction = params.friction ?? FRICTION;
    this.method = params.method ?? DEFAULT_METHOD;
    const addon = params.solver === 'js' || n === 0 || this.method === 'flip' ? null : nativeLiquid();
    this.native = addon ? { addon, handle: addon.create(n, params.spacingM, params.viscosity, params.iterations ?? DEFAULT_ITERATIONS, params.threads ?? 0, this.friction, this.method === 'dfsph' ? 1 : 0) } : null;
    this.warm = new Float64Array(this.method === 'dfsph' ? warmLength(n) : this.method === 'flip' ? flipWarmLength(n) : 0);
    this.dfsph = this.method === 'dfsph' && !this.native ? new DfsphSolver(n) : null;
    this.flip = this.method === 'flip' ? new FlipSolver(params.solver ?? 'native', params.threads ?? 0) : null;
    this.x = Float64Array.from(positions);
    this.v = new Float64Array(3 * n);
    this.p = new Float64Array(3 * n);
    this.lambda = new Float64Array(n);
    this.before = new Float64Array(3 * n);
    this.scratch = new Float64Array(3 * n);
    this.pairG = new Float32Array(this.native || this.flip ? 0 : n * MAX_NEIGHBOURS);
    this.pairCorr = new Float64Array(this.native || this.method !== 'pbf' ? 0 : n * MAX_NEIGHBOURS);
    this.kernel = new FluidKernel(params.spacingM, this.method === 'dfsph');
    this.grid = new NeighbourGrid(n, this.h);
    // FLIP's SPH densities (relax.ts, correct.ts) list their neighbours natively where it can.
    this.grid.lister = this.flip?.native ?? null;
    this.wCorr = this.w(0.2 * this.h * (0.2 * this.h));
    this.wallRho = new Float64Array(n);
    this.wallGrad = new Float64Array(3 * n);
    this.wallGradV = new Float64Array(n);
    const dfsphN = this.method === 'dfsph' ? n : 0;
    this.wallBody = new Int32Array(dfsphN);
    this.wallBodyGrad = new Float64Array(3 * dfsphN);
    this.movedBy = new Int32Array(dfsphN);
  }

  get n(): number {
    return this.x.length / 3;
  }

  get radiusM(): number {
    return this.params.spacingM / 2;
  }

  // The kernel's radius, the kernels and the rest density, as kernel.ts has them (dfsph.ts reads
  // them through the fluid).
  get h(): number {
    return this.kernel.h;
  }

  get rest(): number {
    return this.kernel.rest;
  }

  get poly6(): number {
    return this.kernel.poly6;
  }

  get spiky(): number {
    return this.kernel.spiky;
  }

  w(r2: number): number {
    return this.kernel.w(r2);
  }

  cubicSlope(r: number): number {
    return this.kernel.cubicSlope(r);
  }

  private predict(dt: number): void {
    const { x, v, p } = this;
    for (let i = 0; i < this.n; i++) {
      v[3 * i + 1]! -= GRAVITY * dt;
      for (let a = 0; a < 3; a++) p[3 * i + a] = x[3 * i + a]! + v[3 * i + a]! * dt;
    }
  }

  // Density constraint multipliers (only compression is resisted: a free surface does not pull).
  // Each pair's kernel gradient factor and artificial pressure are kept for solveDelta, which
  // runs on the same positions.
  private solveLambda(): void {
    const { p, lambda, grid, pairG, pairCorr } = this;
    for (let i = 0; i < this.n; i++) {
      let rho = this.w(0) + this.wallRho[i]!;
      let gx = this.wallGrad[3 * i]!, gy = this.wallGrad[3 * i + 1]!, gz = this.wallGrad[3 * i + 2]!, sum2 = 0;
      const base = i * MAX_NEIGHBOURS;
      for (let k = 0; k < grid.count[i]!; k++) {
        const j = grid.list[base + k]!;
        const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
        const r2 = ex * ex + ey * ey + ez * ez;
        const wij = this.w(r2);
        rho += wij;
        const r = Math.sqrt(r2);
        pairG[base + k] = 0;
        if (r < 1e-9 || r >= this.h) continue;
        const g = (this.spiky * (this.h - r) * (this.h - r)) / (r * this.rest);
        const q = wij / this.wCorr;
        pairG[base + k] = g;
        pairCorr[base + k] = -S_CORR_K * (this.h * this.h) * (q * q * (q * q));
        gx += g * ex; gy += g * ey; gz += g * ez;
        sum2 += g * g * r2;
      }
      const c = rho / this.rest - 1;
      lambda[i] = c > 0 ? -c / (sum2 + gx * gx + gy * gy + gz * gz + RELAXATION / (this.h * this.h)) : 0;
    }
  }

  private solveDelta(): void {
    const { p, lambda, scratch: dp, grid, pairG, pairCorr } = this;
    for (let i = 0; i < this.n; i++) {
      const li = lambda[i]!;
      let dx = li * this.wallGrad[3 * i]!, dy = li * this.wallGrad[3 * i + 1]!, dz = li * this.wallGrad[3 * i + 2]!;
      const base = i * MAX_NEIGHBOURS;
      for (let k = 0; k < grid.count[i]!; k++) {
        const g = pairG[base + k]!;
        if (g === 0) continue;
        const j = grid.list[base + k]!;
        const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
        const s = (li + lambda[j]! + pairCorr[base + k]!) * g;
        dx += s * ex; dy += s * ey; dz += s * ez;
      }
      dp[3 * i] = dx; dp[3 * i + 1] = dy; dp[3 * i + 2] = dz;
    }
    for (let a = 0; a < 3 * this.n; a++) p[a]! += dp[a]!;
  }

  // Velocities from the moves, then XSPH.
  private finish(dt: number): void {
    const { x, v, p } = this;
    for (let a = 0; a < 3 * this.n; a++) v[a] = (p[a]! - x[a]!) / dt;
    this.xsphViscosity();
    for (let a = 0; a < 3 * this.n; a++) x[a] = p[a]!;
  }

  // XSPH viscosity (both solvers): each particle (awake: dfsph-sleep.ts) takes a share of its neighbours' velocity.
  xsphViscosity(asleep?: Uint8Array): void {
    const { v, p, grid } = this;
    const c = this.params.viscosity;
    const dv = this.scratch;
    for (let i = 0; i < this.n; i++) {
      let sx = 0, sy = 0, sz = 0, sw = 0;
      const base = i * MAX_NEIGHBOURS;
      for (let k = 0; k < grid.count[i]!; k++) {
        const j = grid.list[base + k]!;
        const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
        const wij = this.w(ex * ex + ey * ey + ez * ez);
        sx += wij * (v[3 * j]! - v[3 * i]!); sy += wij * (v[3 * j + 1]! - v[3 * i + 1]!); sz += wij * (v[3 * j + 2]! - v[3 * i + 2]!);
        sw += wij;
      }
      const f = sw > 0 && !asleep?.[i] ? c / sw : 0;
      dv[3 * i] = f * sx; dv[3 * i + 1] = f * sy; dv[3 * i + 2] = f * sz;
    }
    for (let a = 0; a < 3 * this.n; a++) v[a]! += dv[a]!;
  }

  // Each particle's SPH density over the rest density where it is now (the walls' share included):
  // what the solver keeps at or below 1. Reuses the step's scratch arrays (any solver).
  densityRatios(out = new Float64Array(this.n)): Float64Array {
    const { p, grid } = this;
    p.set(this.x);
    grid.build(p);
    // FLIP's walls natively where its solver has its native half (the same numbers: flip-solids.cc).
    if (this.flip?.native) this.flip.native.walls(this);
    else gatherWalls(this);
    for (let i = 0; i < this.n; i++) {
      let rho = this.w(0) + this.wallRho[i]!;
      for (let k = 0; k < grid.count[i]!; k++) {
        const j = grid.list[i * MAX_NEIGHBOURS + k]!;
        const ex = p[3 * i]! - p[3 * j]!, ey = p[3 * i + 1]! - p[3 * j + 1]!, ez = p[3 * i + 2]! - p[3 * j + 2]!;
        rho += this.w(ex * ex + ey * ey + ez * ez);
      }
      out[i] = rho / this.rest;
    }
    return out;
  }

  // Which solver steps this liquid (with the native one's thread count).
  get solver(): string {
    // FLIP's hot stages are native (flip/native-flip.ts: the solve, the transfers, the lists, the
    // walls and collisions); its grid's boundary, marking and density correction stay JavaScript.
    const flipNative = this.flip?.native;
    if (flipNative) return `native FLIP solve and transfers, ${flipNative.threads} thread${flipNative.threads === 1 ? '' : 's'}`;
    if (!this.native) return 'JavaScript';
    const threads = this.native.addon.threads(this.native.handle);
    return `native, ${threads} thread${threads === 1 ? '' : 's'}`;
  }

  step(dt: number): void {
    if (this.method === 'dfsph' && this.reactions.length !== REACTION_STRIDE * this.colliders.length) this.reactions = new Float64Array(REACTION_STRIDE * this.colliders.length);
    if (this.native) {
      const solids: number[] = [this.colliders.length];
      for (const c of this.colliders) c.encode(solids);
      if (this.method === 'dfsph') this.native.addon.stepDfsph(this.native.handle, this.x, this.v, this.warm, dt, GRAVITY, new Float64Array(solids), this.reactions);
      else this.native.addon.step(this.native.handle, this.x, this.v, dt, GRAVITY, new Float64Array(solids));
      return;
    }
    if (this.dfsph) return this.dfsph.step(this, dt, this.warm, this.reactions);
    if (this.flip) return this.flip.step(this, dt);
    this.predict(dt);
    collide(this);
    this.grid.build(this.p);
    gatherWalls(this);
    const iterations = this.params.iterations ?? DEFAULT_ITERATIONS;
    for (let it = 0; it < iterations; it++) {
      this.solveLambda();
      this.solveDelta();
      collide(this);
    }
    this.finish(dt);
  }
}

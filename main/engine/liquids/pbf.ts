// A particle liquid by position-based fluids (Macklin and Mueller, 2013): each step predicts where
// the particles go under gravity, then moves them a few times so that no particle's SPH density
// exceeds the rest density (the liquid does not compress), keeping them out of solids after each
// move; velocities are what the moves amount to, blended with the neighbours' (XSPH viscosity).
// Particles are never made or lost, so the liquid's mass is exactly conserved.
// The same step runs natively (native/liquid/, on every core) when that addon was built; this
// JavaScript is its fallback, and a unit test holds the two to the same result.
// A liquid made with method 'dfsph' (method.ts) keeps this class's particles, neighbour lists,
// walls and collisions but steps by divergence-free SPH instead (dfsph.ts, native dfsph.cc).
import { GRAVITY } from '../physics/constants';
import { MAX_NEIGHBOURS, NeighbourGrid } from './neighbours';
import { nativeLiquid, type NativeFluidHandle, type NativeLiquid } from './native-solver';
import { DfsphSolver, warmLength } from './dfsph';
import { DEFAULT_METHOD, type LiquidMethod } from './method';
import { FluidKernel, WALL_SAMPLES } from './kernel';

// Something the liquid cannot enter: moves predicted positions `p` out of it, knowing where each
// particle was (`x`) so a thin wall is never crossed in one step.
export interface FluidCollider {
  project(p: Float64Array, x: Float64Array, n: number, radiusM: number): void;
  // The walls near a point, each as its distance and the normal pointing away from it into the
  // liquid: a wall stands in for the liquid that would be beyond it, so particles by a wall are not
  // packed tighter than the rest (the liquid's volume would shrink).
  // Returns true when the point is enclosed (in a container's cavity): no wall beyond counts then.
  walls?(x: number, y: number, z: number, add: WallSink): boolean;
  // Its walls are read by DFSPH only (a box's or sphere's: PBF is tuned without them).
  readonly dfsphWalls?: boolean;
  // A thing in the liquid (a stone, a block, a spoon): its walls count in a container's cavity too.
  readonly immersed?: boolean;
  // Writes itself, as it is now, for the native solver (collider-codes.ts).
  encode(out: number[]): void;
}

// speedM: how fast the wall moves along that normal (m/s; DFSPH reads it, motion.ts).
export type WallSink = (distM: number, nx: number, ny: number, nz: number, speedM: number) => void;

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
  // over them; read by dfsph.ts, as are the kernels, the walls and collide.
  readonly p: Float64Array;
  private readonly lambda: Float64Array;
  // The predicted positions before the solids moved them (collide).
  readonly before: Float64Array;
  // Per particle (3 each): PBF's correction, DFSPH's viscosity change.
  readonly scratch: Float64Array;
  readonly pairG: Float64Array;
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
  // the last step's iteration counts); empty for PBF.
  readonly warm: Float64Array;
  // DFSPH: what the last step did to each collider that is a box or sphere (6 each, dfsph.ts's
  // addReactions: the impulse per unit particle mass, then its moment about the solid's pose).
  reactions = new Float64Array(0);
  private readonly dfsph: DfsphSolver | null;

  constructor(positions: Float64Array, readonly params: FluidParams) {
    const n = positions.length / 3;
    this.friction = params.friction ?? FRICTION;
    this.method = params.method ?? DEFAULT_METHOD;
    const addon = params.solver === 'js' || n === 0 ? null : nativeLiquid();
    this.native = addon ? { addon, handle: addon.create(n, params.spacingM, params.viscosity, params.iterations ?? DEFAULT_ITERATIONS, params.threads ?? 0, this.friction, this.method === 'dfsph' ? 1 : 0) } : null;
    this.warm = new Float64Array(this.method === 'dfsph' ? warmLength(n) : 0);
    this.dfsph = this.method === 'dfsph' && !this.native ? new DfsphSolver(n) : null;
    this.x = Float64Array.from(positions);
    this.v = new Float64Array(3 * n);
    this.p = new Float64Array(3 * n);
    this.lambda = new Float64Array(n);
    this.before = new Float64Array(3 * n);
    this.scratch = new Float64Array(3 * n);
    this.pairG = new Float64Array(this.native ? 0 : n * MAX_NEIGHBOURS);
    this.pairCorr = new Float64Array(this.native || this.method === 'dfsph' ? 0 : n * MAX_NEIGHBOURS);
    this.kernel = new FluidKernel(params.spacingM, this.method === 'dfsph');
    this.grid = new NeighbourGrid(n, this.h);
    this.wCorr = this.w(0.2 * this.h * (0.2 * this.h));
    this.wallRho = new Float64Array(n);
    this.wallGrad = new Float64Array(3 * n);
    this.wallGradV = new Float64Array(n);
    const dfsphN = this.method === 'dfsph' ? n : 0;
    this.wallBody = new Int32Array(dfsphN);
    this.wallBodyGrad = new Float64Array(3 * dfsphN);
    this.movedBy = new Int32Array(dfsphN);
  }

  // The walls' density share and its gradient at each particle's p. PBF reads the table at the
  // sample below (`smooth` false); DFSPH predicts the density from its gradient, so it reads the
  // table linearly interpolated, and its slope as that line's (the two then agree: with the step
  // lookup a particle moving along a wall jumped by up to 7% of rest density unforeseen); it also
  // reads the solids' walls, and their speeds. In a container's cavity only the things immersed
  // in it add walls beyond the container's own.
  gatherWalls(smooth = false): void {
    const { p, wallRho, wallGrad, wallGradV } = this;
    const { wallTable, wallSlope } = this.kernel;
    wallRho.fill(0);
    wallGrad.fill(0);
    wallGradV.fill(0);
    for (let i = 0; i < this.n; i++) {
      let current = -1, body = -1;
      if (smooth) { this.wallBody[i] = -1; this.wallBodyGrad.fill(0, 3 * i, 3 * i + 3); }
      const add: WallSink = (dist, nx, ny, nz, speed) => {
        if (dist >= this.h) return;
        const s = Math.max(0, dist) * (WALL_SAMPLES / this.h);
        const k = Math.floor(s);
        let g: number;
        if (smooth) {
          const k0 = Math.min(k, WALL_SAMPLES - 1);
          const rise = wallTable[k0 + 1]! - wallTable[k0]!;
          wallRho[i]! += wallTable[k0]! + (s - k0) * rise;
          g = (rise * (WALL_SAMPLES / this.h)) / this.rest;
        } else {
          wallRho[i]! += wallTable[k]!;
          g = wallSlope[k]! / this.rest;
        }
        wallGrad[3 * i]! += g * nx; wallGrad[3 * i + 1]! += g * ny; wallGrad[3 * i + 2]! += g * nz;
        wallGradV[i]! += g * speed;
        if (smooth && this.colliders[current]!.dfsphWalls && (body < 0 || body === current)) {
          body = this.wallBody[i] = current;
          this.wallBodyGrad[3 * i]! += g * nx; this.wallBodyGrad[3 * i + 1]! += g * ny; this.wallBodyGrad[3 * i + 2]! += g * nz;
        }
      };
      let enclosed = false;
      for (const c of this.colliders) {
        current++;
        if ((c.dfsphWalls && !smooth) || (enclosed && !c.immersed)) continue;
        if (c.walls?.(p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!, add)) enclosed = true;
      }
    }
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

  // Keeps the particles out of the solids, with friction against them: a particle a solid pushed
  // back (by `push`) has its move along the surface this step cut by up to FRICTION x push (the
  // Coulomb bound), so a spill slows and stops on a table rather than sliding on at constant speed.
  // DFSPH (`track`) notes which collider last moved each particle (movedBy), and leaves friction to
  // its keepOut (dfsph.ts), which takes it off the velocity: cut here too, the slide's cut tilted
  // the push keepOut reads as the solid's normal back against the slide, and a sheet sliding on a
  // table slowed at 1.4-1.8 mu g.
  collide(radiusM = this.radiusM, track = false): void {
    const { p, x, before } = this;
    before.set(p);
    if (track) this.movedBy.fill(-1);
    this.colliders.forEach((c, ci) => {
      const was = track ? p.slice() : null;
      c.project(p, x, this.n, radiusM);
      if (was) for (let i = 0; i < this.n; i++) if (p[3 * i] !== was[3 * i] || p[3 * i + 1] !== was[3 * i + 1] || p[3 * i + 2] !== was[3 * i + 2]) this.movedBy[i] = ci;
    });
    for (let i = 0; i < this.n; i++) {
      const cx = p[3 * i]! - before[3 * i]!, cy = p[3 * i + 1]! - before[3 * i + 1]!, cz = p[3 * i + 2]! - before[3 * i + 2]!;
      const push2 = cx * cx + cy * cy + cz * cz;
      if (push2 === 0 || track) continue;
      const push = Math.sqrt(push2);
      const nx = cx / push, ny = cy / push, nz = cz / push;
      const mx = p[3 * i]! - x[3 * i]!, my = p[3 * i + 1]! - x[3 * i + 1]!, mz = p[3 * i + 2]! - x[3 * i + 2]!;
      const along = mx * nx + my * ny + mz * nz;
      const tx = mx - along * nx, ty = my - along * ny, tz = mz - along * nz;
      const slide2 = tx * tx + ty * ty + tz * tz;
      if (slide2 === 0) continue;
      const cut = Math.min(1, (this.friction * push) / Math.sqrt(slide2));
      p[3 * i]! -= cut * tx; p[3 * i + 1]! -= cut * ty; p[3 * i + 2]! -= cut * tz;
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

  // XSPH viscosity (both solvers): each particle takes a share of its neighbours' velocity.
  xsphViscosity(): void {
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
      const f = sw > 0 ? c / sw : 0;
      dv[3 * i] = f * sx; dv[3 * i + 1] = f * sy; dv[3 * i + 2] = f * sz;
    }
    for (let a = 0; a < 3 * this.n; a++) v[a]! += dv[a]!;
  }

  // Each particle's SPH density over the rest density where it is now (the walls' share included):
  // what the solver keeps at or below 1. Reuses the step's scratch arrays (any solver).
  densityRatios(): Float64Array {
    const { p, grid } = this;
    p.set(this.x);
    grid.build(p);
    this.gatherWalls();
    const out = new Float64Array(this.n);
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
    if (!this.native) return 'JavaScript';
    const threads = this.native.addon.threads(this.native.handle);
    return `native, ${threads} thread${threads === 1 ? '' : 's'}`;
  }

  step(dt: number): void {
    if (this.method === 'dfsph' && this.reactions.length !== 6 * this.colliders.length) this.reactions = new Float64Array(6 * this.colliders.length);
    if (this.native) {
      const solids: number[] = [this.colliders.length];
      for (const c of this.colliders) c.encode(solids);
      if (this.method === 'dfsph') this.native.addon.stepDfsph(this.native.handle, this.x, this.v, this.warm, dt, GRAVITY, new Float64Array(solids), this.reactions);
      else this.native.addon.step(this.native.handle, this.x, this.v, dt, GRAVITY, new Float64Array(solids));
      return;
    }
    if (this.dfsph) {
      this.dfsph.step(this, dt, this.warm, this.reactions);
      return;
    }
    this.predict(dt);
    this.collide();
    this.grid.build(this.p);
    this.gatherWalls();
    const iterations = this.params.iterations ?? DEFAULT_ITERATIONS;
    for (let it = 0; it < iterations; it++) {
      this.solveLambda();
      this.solveDelta();
      this.collide();
    }
    this.finish(dt);
  }
}

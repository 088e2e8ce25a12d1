// A particle liquid by FLIP (fluid-implicit-particle; Zhu and Bridson, 2005): the particles carry
// the liquid (ParticleFluid's arrays: the picture, the sound and the volume read them as for the
// other solves) and a grid (grid.ts) solves its pressure. Each substep spreads the particles'
// velocities onto the grid (transfer.ts), adds gravity, makes the grid's flow divergence-free
// against the solids and the free surface (boundary.ts, pressure.ts), hands the change back to the
// particles and moves them through the grid's flow (advect.ts), but for a film too thin for the grid
// (film.ts), which moves on its own velocity; each step then evens out how the particles are
// packed, on the grid, by their SPH densities (relax.ts) and pair by pair (correct.ts). The
// pressure is solved exactly each substep, not
// carried up a column an iteration at a time as the SPH solves do, so the step is set by how far
// the flow moves in it (CFL cells a substep), not by the particles' spacing, and a deep still
// column costs one solve. The solids are one-way: a moving container carries its liquid, nothing
// the liquid does moves a body (floaters keep an SPH solve: scene-liquid.ts). A particle the flow
// loses (a non-finite or runaway one: runaway.ts) is parked out of it and counted, never left to
// spread the grid.
import { GRAVITY } from '../../physics/constants';
import type { ParticleFluid } from '../pbf';
import { GridBoundary } from './boundary';
import { correctDensity, separate } from './correct';
import { advect } from './advect';
import { relax } from './relax';
import { parkRunaways } from './runaway';
import { markFilm } from './film';
import { FlipGrid, isParked } from './grid';
import { FlipNative } from './native-flip';
import { PoissonSystem } from './pressure';
import { extrapolate, faceField, gridToParticles, particlesToGrid, velocityAt } from './transfer';

// Cells the fastest particle may cross in a substep.
const CFL = 1.5;
// FLIP's share against PIC's in the velocities handed back (PIC's share damps the noise).
export const FLIP_RATIO = 0.95;
// Face layers the velocities are carried out past the liquid.
const EXTRAPOLATE = 2;

// The length of the state a FLIP liquid carries from step to step (FlipSolver's keep).
export const flipWarmLength = (n: number): number => 2 * n;

// What the solve did, summed over its steps (the bench prints it).
export interface FlipWork {
  steps: number;
  substeps: number;
  pressureIterations: number;
  correctionIterations: number;
  // Particles the flow lost (runaway.ts), parked out of it.
  lost: number;
}

// Every FLIP solver's work in this process, summed (the bench's pours read it: the solver of a
// simulated take is out of its reach).
export const flipTotals: FlipWork = { steps: 0, substeps: 0, pressureIterations: 0, correctionIterations: 0, lost: 0 };

function add(to: FlipWork, steps: number, substeps: number, pressure: number, correction: number, lost = 0): void {
  to.steps += steps; to.substeps += substeps; to.pressureIterations += pressure; to.correctionIterations += correction; to.lost += lost;
}

export class FlipSolver {
  readonly grid = new FlipGrid();
  // The pressure solve and the transfers in C++ where the addon is built (native-flip.ts), unless
  // the liquid asked for JavaScript ('js'); threads: 0 for every core.
  readonly native: FlipNative | null;
  private readonly system: PoissonSystem;
  readonly work: FlipWork = { steps: 0, substeps: 0, pressureIterations: 0, correctionIterations: 0, lost: 0 };
  private cellOf = new Int32Array(0);
  private boundary: GridBoundary | null = null;
  // Which particles are a film's (film.ts), and their velocities before the grid's.
  private film = new Uint8Array(0);
  private was = new Uint8Array(0);
  private own = new Float64Array(0);
  // Each particle's SPH density over rest at the last step's end.
  private density = new Float64Array(0);
  // The pressure solve's right-hand side and pressures (kept: two arrays a substep were garbage).
  private rhs = new Float64Array(0);
  private phi = new Float64Array(0);

  constructor(solver: 'native' | 'js' = 'native', threads = 0) {
    this.native = solver === 'native' ? FlipNative.create(threads) : null;
    this.system = new PoissonSystem(this.grid, this.native);
  }

  step(fluid: ParticleFluid, dt: number): void {
    const { x, v, n } = fluid;
    this.lose(fluid);
    let fastest = 0;
    for (let i = 0; i < n; i++) if (!isParked(x, i)) fastest = Math.max(fastest, Math.hypot(v[3 * i]!, v[3 * i + 1]!, v[3 * i + 2]!));
    const dx = 2 * fluid.params.spacingM;
    const reach = fastest + GRAVITY * dt;
    const substeps = Math.max(1, Math.ceil((reach * dt) / (CFL * dx)));
    const h = dt / substeps;
    this.grid.layOut(x, n, dx, reach * dt + 3 * dx);
    // One boundary kept from step to step (its scratch spans the grid), made afresh for other colliders.
    if (this.boundary?.colliders !== fluid.colliders) this.boundary = new GridBoundary(this.grid, fluid.colliders);
    const boundary = this.boundary;
    boundary.begin(dt);
    if (this.cellOf.length < n) [this.cellOf, this.film, this.was, this.own, this.density] = [new Int32Array(n), new Uint8Array(n), new Uint8Array(n), new Float64Array(3 * n), new Float64Array(n)];
    this.recall(fluid.warm, n);
    this.mark(fluid, boundary);
    boundary.placePoints(x, this.cellOf.subarray(0, n));
    for (let s = 0; s < substeps; s++) {
      if (s > 0) this.mark(fluid, boundary);
      this.project(fluid, boundary, h);
      advect(fluid, this.grid, h, this.film);
      this.lose(fluid);
    }
    this.mark(fluid, boundary);
    this.system.build(boundary);
    fluid.densityRatios(this.density);
    const corrections = correctDensity(fluid, this.grid, this.system, this.density);
    this.keep(fluid.warm, n);
    for (const w of [this.work, flipTotals]) add(w, 0, 0, 0, corrections);
    relax(fluid, this.native);
    separate(fluid, this.grid);
    for (const w of [this.work, flipTotals]) add(w, 1, substeps, 0, 0);
  }

  // Parks the particles the flow lost (runaway.ts), before they spread the grid or the next stage.
  private lose(fluid: ParticleFluid): void {
    const lost = parkRunaways(fluid.x, fluid.v, fluid.n);
    if (lost > 0) for (const w of [this.work, flipTotals]) add(w, 0, 0, 0, 0, lost);
  }

  // What a step hands the next lives in the fluid's warm array (liquid-state.ts saves it with a
  // take, so a continued take steps on exactly as its parent did): each particle's density less
  // one, then whether it moved as a film's at the step's end.
  private recall(warm: Float64Array, n: number): void {
    for (let i = 0; i < n; i++) { this.density[i] = 1 + warm[i]!; this.film[i] = warm[n + i]!; }
  }

  private keep(warm: Float64Array, n: number): void {
    for (let i = 0; i < n; i++) { warm[i] = this.density[i]! - 1; warm[n + i] = this.film[i]!; }
  }

  private mark(fluid: ParticleFluid, boundary: GridBoundary): void {
    const { x, n } = fluid;
    const cells = this.cellOf.subarray(0, n);
    for (let i = 0; i < n; i++) cells[i] = isParked(x, i) ? -1 : this.grid.cellAt(x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!);
    boundary.markCells(cells);
    this.was.set(this.film.subarray(0, n));
    markFilm(this.grid, cells, this.density, this.film);
  }

  // P2G, gravity, the pressure projection, G2P.
  private project(fluid: ParticleFluid, boundary: GridBoundary, h: number): void {
    const g = this.grid, { x, v, n } = fluid;
    particlesToGrid(g, x, v, n, this.native);
    extrapolate(g, EXTRAPOLATE, 'reached', this.native);
    for (let a = 0; a < 3; a++) {
      const f = faceField(g, a);
      f.old.set(f.vel.subarray(0, f.sx * f.sy * f.sz));
    }
    const vy = faceField(g, 1);
    for (let q = 0; q < vy.sx * vy.sy * vy.sz; q++) vy.vel[q]! -= GRAVITY * h;
    const sys = this.system;
    sys.build(boundary);
    if (this.rhs.length < sys.rows) [this.rhs, this.phi] = [new Float64Array(sys.rows), new Float64Array(sys.rows)];
    const rhs = this.rhs.subarray(0, sys.rows), phi = this.phi.fill(0, 0, sys.rows).subarray(0, sys.rows);
    sys.divergence(rhs);
    for (let row = 0; row < sys.rows; row++) rhs[row] = -rhs[row]!;
    const iterations = sys.solve(rhs, phi);
    for (const w of [this.work, flipTotals]) add(w, 0, 0, iterations, 0);
    sys.subtractGradient(phi, [g.u, g.v, g.w], 1);
    extrapolate(g, EXTRAPOLATE, 'liquid', this.native);
    this.own.set(v.subarray(0, 3 * n));
    gridToParticles(g, x, v, n, FLIP_RATIO, this.native);
    const at = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      if (this.film[i]) { v[3 * i] = this.own[3 * i]!; v[3 * i + 1] = this.own[3 * i + 1]! - GRAVITY * h; v[3 * i + 2] = this.own[3 * i + 2]!; }
      // A film's particle back in the liquid takes the liquid's velocity (FLIP would keep its own).
      else if (this.was[i]) { velocityAt(g, x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!, at); v[3 * i] = at[0]!; v[3 * i + 1] = at[1]!; v[3 * i + 2] = at[2]!; }
    }
  }
}

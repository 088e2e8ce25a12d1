// The FLIP liquid's hot stages in C++ (native/liquid/src/flip-*.cc, in the liquid addon, on every
// core): the pressure solve (pressure.ts's PoissonSystem.solve) and the transfers (transfer.ts's
// particlesToGrid, gridToParticles and extrapolate), advect.ts's move through the grid's flow and
// the neighbour lists of the liquid's SPH densities (neighbours.ts's NeighbourGrid.build) and
// relax.ts's iterations over them, correct.ts's separate, and the walls and collisions
// (fluid-solids.ts's gatherWalls, advect.ts's settle). Null when the addon is not built (or is an older build
// without them) or KINORA_LIQUID_SOLVER=js: the JavaScript then does the work, and it stays the
// reference (test/unit/flip-native.test.ts holds the two together).
import { nativeAddon } from '../../native/load-addon';
import type { NeighbourLister } from '../neighbours';
import type { ParticleFluid } from '../pbf';
import { WALL_SAMPLES } from '../kernel';
import { PARKED_M, type FaceField, type FlipGrid } from './grid';

// The fluid's colliders as they are now, as the native colliders read them (collider-codes.ts).
function solidCodes(fluid: ParticleFluid): Float64Array {
  const out: number[] = [fluid.colliders.length];
  for (const c of fluid.colliders) c.encode(out);
  return new Float64Array(out);
}

export type FlipNativeHandle = { readonly __nativeFlip: unique symbol };

interface FlipAddon {
  flipCreate(threads: number): FlipNativeHandle;
  flipThreads(handle: FlipNativeHandle): number;
  flipSolve(handle: FlipNativeHandle, nb: Int32Array, diag: Float64Array, precon: Float64Array, rows: number, b: Float64Array, x: Float64Array, tolerance: number, maxIterations: number): number;
  flipToGrid(handle: FlipNativeHandle, frame: Float64Array, layout: Float64Array, x: Float64Array, v: Float64Array, n: number, ...lattices: Float64Array[]): void;
  flipFromGrid(handle: FlipNativeHandle, frame: Float64Array, layout: Float64Array, x: Float64Array, v: Float64Array, n: number, ...latticesAndFlip: (Float64Array | number)[]): void;
  flipAdvect(handle: FlipNativeHandle, frame: Float64Array, layout: Float64Array, x: Float64Array, p: Float64Array, n: number, h: number, u: Float64Array, v: Float64Array, w: Float64Array): void;
  flipExtrapolate(handle: FlipNativeHandle, ask: Float64Array, liquid: Int32Array, layout: Float64Array, ...lattices: Float64Array[]): void;
  flipNeighbours(handle: FlipNativeHandle, p: Float64Array, n: number, cellM: number, list: Int32Array, count: Int32Array): void;
  flipRelax(handle: FlipNativeHandle, kernel: Float64Array, p: Float64Array, n: number, list: Int32Array, count: Int32Array, wallRho: Float64Array, wallGrad: Float64Array, lambda: Float64Array, dp: Float64Array): void;
  flipWalls(handle: FlipNativeHandle, solids: Float64Array, walls: Float64Array, table: Float64Array, slope: Float64Array, p: Float64Array, n: number, wallRho: Float64Array, wallGrad: Float64Array, wallGradV: Float64Array): void;
  flipSeparate(handle: FlipNativeHandle, bins: Float64Array, p: Float64Array, n: number, dp: Float64Array): void;
  flipSettle(handle: FlipNativeHandle, solids: Float64Array, x: Float64Array, v: Float64Array, p: Float64Array, before: Float64Array, n: number, radiusM: number, friction: number): void;
}

// The same addon native-solver.ts loads (Node keeps one copy of a loaded module).
const addon = nativeAddon<FlipAddon>({ name: 'liquid', what: 'FLIP solver', forceJs: 'KINORA_LIQUID_SOLVER', tag: 'flip' });

// One FLIP solver's native half: its thread pool and scratch, held by the addon.
export class FlipNative implements NeighbourLister {
  private readonly frame = new Float64Array(5);
  private readonly layout = new Float64Array(18);
  private readonly ask = new Float64Array(7);
  private readonly kernel = new Float64Array(6);
  private readonly wallKernel = new Float64Array(3);
  private readonly bins = new Float64Array(9);

  private constructor(private readonly addon: FlipAddon, private readonly handle: FlipNativeHandle) {}

  // The native half on `threads` threads (0: every core), or null where there is none.
  static create(threads = 0): FlipNative | null {
    const a = addon.get();
    if (!a || typeof a.flipSeparate !== 'function') return null;
    return new FlipNative(a, a.flipCreate(threads));
  }

  get threads(): number {
    return this.addon.flipThreads(this.handle);
  }

  // PoissonSystem.solve's PCG over its rows; returns the iterations taken.
  solve(nb: Int32Array, diag: Float64Array, precon: Float64Array, rows: number, b: Float64Array, x: Float64Array, tolerance: number, maxIterations: number): number {
    return this.addon.flipSolve(this.handle, nb, diag, precon, rows, b, x, tolerance, maxIterations);
  }

  toGrid(g: FlipGrid, x: Float64Array, v: Float64Array, n: number): void {
    this.describe(g);
    const f = g.faces;
    this.addon.flipToGrid(this.handle, this.frame, this.layout, x, v, n, f[0]!.vel, f[0]!.weight, f[1]!.vel, f[1]!.weight, f[2]!.vel, f[2]!.weight);
  }

  fromGrid(g: FlipGrid, x: Float64Array, v: Float64Array, n: number, flip: number): void {
    this.describe(g);
    const f = g.faces;
    this.addon.flipFromGrid(this.handle, this.frame, this.layout, x, v, n, f[0]!.vel, f[0]!.old, f[1]!.vel, f[1]!.old, f[2]!.vel, f[2]!.old, flip);
  }

  // advect.ts's positions after h seconds through the grid's flow, into p (before the collisions).
  advect(g: FlipGrid, x: Float64Array, p: Float64Array, n: number, h: number): void {
    this.describe(g);
    this.addon.flipAdvect(this.handle, this.frame, this.layout, x, p, n, h, g.faces[0]!.vel, g.faces[1]!.vel, g.faces[2]!.vel);
  }

  extrapolate(g: FlipGrid, layers: number, from: 'reached' | 'liquid'): void {
    this.describe(g);
    this.ask.set([g.nx, g.ny, g.nz, g.liquidCount, g.marked, layers, from === 'liquid' ? 1 : 0]);
    const f = g.faces;
    this.addon.flipExtrapolate(this.handle, this.ask, g.liquid, this.layout, f[0]!.vel, f[0]!.weight, f[1]!.vel, f[1]!.weight, f[2]!.vel, f[2]!.weight);
  }

  // neighbours.ts's NeighbourGrid.build, the same lists to the entry (flip-neighbours.cc).
  listNeighbours(p: Float64Array, n: number, cellM: number, list: Int32Array, count: Int32Array): void {
    this.addon.flipNeighbours(this.handle, p, n, cellM, list, count);
  }

  // relax.ts's iteration after its walls (gathered into the fluid), with its constraint relaxation
  // and its multipliers' scratch (flip-relax.cc).
  relax(fluid: ParticleFluid, relaxation: number, lambda: Float64Array): void {
    this.kernel.set([fluid.h, fluid.rest, fluid.poly6, fluid.spiky, relaxation, PARKED_M]);
    const { p, n, grid, wallRho, wallGrad, scratch } = fluid;
    this.addon.flipRelax(this.handle, this.kernel, p, n, grid.list, grid.count, wallRho, wallGrad, lambda, scratch);
  }

  // fluid-solids.ts's gatherWalls (not smooth: PBF's reading, FLIP's) at the fluid's p, into its
  // wallRho, wallGrad and wallGradV (flip-solids.cc).
  walls(fluid: ParticleFluid): void {
    this.wallKernel.set([fluid.h, fluid.rest, WALL_SAMPLES]);
    const { wallTable, wallSlope } = fluid.kernel;
    this.addon.flipWalls(this.handle, solidCodes(fluid), this.wallKernel, wallTable, wallSlope, fluid.p, fluid.n, fluid.wallRho, fluid.wallGrad, fluid.wallGradV);
  }

  // correct.ts's separate before its settle: the pairs of p closer than the spacing pushed apart,
  // in bins `size` wide (bx x by x bz of them) from the grid's origin (flip-separate.cc).
  separate(g: FlipGrid, fluid: ParticleFluid, size: number, across: readonly [number, number, number]): void {
    this.bins.set([g.ox, g.oy, g.oz, size, ...across, fluid.params.spacingM, PARKED_M]);
    this.addon.flipSeparate(this.handle, this.bins, fluid.p, fluid.n, fluid.scratch);
  }

  // advect.ts's settle: p collided from x (fluid-solids.ts's collide, friction included), the
  // pushes into the solids taken off v, p made x (flip-solids.cc).
  settle(fluid: ParticleFluid): void {
    const { x, v, p, before, n } = fluid;
    this.addon.flipSettle(this.handle, solidCodes(fluid), x, v, p, before, n, fluid.radiusM, fluid.friction);
  }

  // The grid as laid out now, into frame and layout.
  private describe(g: FlipGrid): void {
    this.frame.set([g.ox, g.oy, g.oz, g.dx, PARKED_M]);
    g.faces.forEach((f: FaceField, a) => this.layout.set([f.sx, f.sy, f.sz, ...f.off], 6 * a));
  }
}

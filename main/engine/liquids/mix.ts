// Two liquids in one body of particles ("pours milk into a cup of coffee"): each particle carries
// the share of it that is the second liquid (the one resting in the vessel), and neighbours trade
// shares where they meet. Molecular diffusion alone would leave milk and coffee in layers for
// minutes; what mixes them in a cup is the stirring of the pour itself, so two neighbours trade in
// proportion to how fast they move past each other (an eddy diffusivity of about |dv| h), plus a
// slow trade at rest. Speeds are read over a whole frame (where each particle went since the last),
// which passes over the solver's jitter at rest: read per step, a cup of coffee at rest traded with
// the first milk to touch it as fast as the stream stirred it. Each trade is between a pair, equal and opposite, so the total of each liquid
// is kept exactly: mixing changes colour, never volume.
import type { LiquidKind } from '../../contract/scene-plan';
import { unpackFloats } from './liquid-state';
import { MAX_NEIGHBOURS, NeighbourGrid } from './neighbours';

// Trade rate at rest (per second), and per unit of relative speed over the reach (dimensionless):
// about 8 neighbours' worth of weight, so a particle in a stream plunging at 0.5 m/s past its
// neighbours (90/s over a 6 mm reach) trades about 3 of its share a second, one at rest a hundredth.
// Relative speeds under NOISE_M_S are the solver's and are not counted.
const AT_REST_PER_S = 0.004;
const STIRRED = 0.015;
const NOISE_M_S = 0.03;
// How far two particles trade, in spacings; the most of the difference one pair closes in a frame,
// small enough that a particle's trades together never overshoot (no share leaves 0..1, so none is
// clipped and the totals stay exact).
const REACH_SPACINGS = 2;
const MOST_PER_PAIR = 0.5 / MAX_NEIGHBOURS;

export class LiquidMix {
  // Share of the second liquid, per particle (0: all the first, 1: all the second).
  readonly share: Float64Array;
  private grid: NeighbourGrid | null = null;
  // Where each particle was at the last frame (null before the first).
  private last: Float64Array | null = null;

  // `kind`: the second liquid; `share`: each particle's starting share of it; `resting`: how many
  // particles started in the vessel (not poured).
  constructor(readonly kind: LiquidKind, share: Float64Array, private readonly spacingM: number, readonly resting: number) {
    this.share = share;
  }

  // One frame's trading over dt seconds among the first n particles, now at x.
  step(x: Float64Array, n: number, dt: number): void {
    const last = this.last;
    this.last = x.slice(0, 3 * n);
    if (!last) return;
    const v = new Float64Array(3 * n);
    for (let k = 0; k < Math.min(3 * n, last.length); k++) v[k] = (x[k]! - last[k]!) / dt;
    const h = REACH_SPACINGS * this.spacingM;
    if (!this.grid || this.grid.n !== n) this.grid = new NeighbourGrid(n, h);
    const grid = this.grid;
    grid.build(x.subarray(0, 3 * n));
    const c = this.share;
    const delta = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const base = i * MAX_NEIGHBOURS;
      for (let k = 0; k < grid.count[i]!; k++) {
        const j = grid.list[base + k]!;
        // Each pair once, and only where the shares differ.
        if (j <= i || c[i] === c[j]) continue;
        const r = Math.hypot(x[3 * j]! - x[3 * i]!, x[3 * j + 1]! - x[3 * i + 1]!, x[3 * j + 2]! - x[3 * i + 2]!);
        const dv = Math.hypot(v[3 * j]! - v[3 * i]!, v[3 * j + 1]! - v[3 * i + 1]!, v[3 * j + 2]! - v[3 * i + 2]!);
        const w = 1 - r / h;
        const a = Math.min(MOST_PER_PAIR, dt * w * (AT_REST_PER_S + (STIRRED * Math.max(0, dv - NOISE_M_S)) / h));
        const d = a * (c[j]! - c[i]!);
        delta[i] = delta[i]! + d;
        delta[j] = delta[j]! - d;
      }
    }
    for (let i = 0; i < n; i++) c[i] = c[i]! + delta[i]!;
  }

  // A resumed take's shares, as its state kept them (packed; absent in a take stored before).
  resume(packed: string | undefined): void {
    if (packed !== undefined) this.share.set(unpackFloats(packed, this.share.length));
    this.last = null;
  }

  // The shares as recorded in a trace: whole percent.
  frame(n: number): number[] {
    return Array.from(this.share.subarray(0, n), (s) => Math.round(s * 100));
  }
}

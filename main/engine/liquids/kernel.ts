// The smoothing kernels a particle liquid sums its density with: poly6 for PBF, the cubic spline
// for DFSPH (dfsph.ts says why), spiky's gradient, the density a particle has inside a liquid at
// rest (so rest spacing is exact), and the density share of a wall, tabulated. Powers are taken by
// multiplication, as the native solver takes them, so the two agree to the last bit.

// Samples of the wall's share over [0, h].
export const WALL_SAMPLES = 32;

export class FluidKernel {
  // The kernel's radius: two particle spacings.
  readonly h: number;
  readonly poly6: number;
  readonly spiky: number;
  private readonly cubic: boolean;
  private readonly cubicK: number;
  // The density sum a particle has inside a liquid at rest (per unit mass).
  readonly rest: number;
  // The density share and its slope of a wall at distance d, tabulated over [0, h].
  readonly wallTable: Float64Array;
  readonly wallSlope: Float64Array;

  constructor(spacingM: number, cubic: boolean) {
    this.h = 2 * spacingM;
    const h3 = this.h * this.h * this.h;
    this.poly6 = 315 / (64 * Math.PI * (h3 * h3 * h3));
    this.cubic = cubic;
    this.cubicK = 8 / (Math.PI * h3);
    this.spiky = -45 / (Math.PI * (h3 * h3));
    this.rest = this.latticeSum(spacingM);
    [this.wallTable, this.wallSlope] = this.wallShares(spacingM);
  }

  // The density kernel at squared distance r2.
  w(r2: number): number {
    if (this.cubic) return this.cubicW(r2);
    const d = this.h * this.h - r2;
    return d > 0 ? this.poly6 * d * d * d : 0;
  }

  private cubicW(r2: number): number {
    if (r2 >= this.h * this.h) return 0;
    const q = Math.sqrt(r2) / this.h;
    if (q <= 0.5) return this.cubicK * (6 * (q * q * q - q * q) + 1);
    const u = 1 - q;
    return this.cubicK * (2 * (u * u * u));
  }

  // The cubic spline's dW/dr at r (< h), over r and the rest density: the factor dfsph.ts's pair
  // gradients take (gradient = factor x (x_i - x_j)).
  cubicSlope(r: number): number {
    const q = r / this.h;
    const d = q <= 0.5 ? 6 * (3 * q * q - 2 * q) : -6 * ((1 - q) * (1 - q));
    return (this.cubicK * d) / (this.h * r * this.rest);
  }

  private latticeSum(d: number): number {
    let s = 0;
    const m = Math.ceil(this.h / d);
    for (let i = -m; i <= m; i++) for (let j = -m; j <= m; j++) for (let k = -m; k <= m; k++) s += this.w((i * i + j * j + k * k) * d * d);
    return s;
  }

  // The density a half-space of lattice particles beyond a wall gives a particle d from the wall
  // (the first layer of them half a spacing beyond it), and its slope in d.
  private wallShares(d: number): [Float64Array, Float64Array] {
    const table = new Float64Array(WALL_SAMPLES + 1);
    const m = Math.ceil(this.h / d);
    for (let s = 0; s <= WALL_SAMPLES; s++) {
      const dist = (s / WALL_SAMPLES) * this.h;
      let sum = 0;
      for (let k = 0; k <= m; k++) for (let i = -m; i <= m; i++) for (let j = -m; j <= m; j++) {
        const dy = dist + d / 2 + k * d;
        sum += this.w(i * i * d * d + j * j * d * d + dy * dy);
      }
      table[s] = sum;
    }
    const slope = new Float64Array(WALL_SAMPLES + 1);
    for (let s = 0; s <= WALL_SAMPLES; s++) slope[s] = (table[Math.min(s + 1, WALL_SAMPLES)]! - table[Math.max(s - 1, 0)]!) / ((Math.min(s + 1, WALL_SAMPLES) - Math.max(s - 1, 0)) * this.h / WALL_SAMPLES);
    return [table, slope];
  }
}

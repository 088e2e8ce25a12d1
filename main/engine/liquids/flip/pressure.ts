// The FLIP liquid's pressure projection: the liquid cells are the unknowns, a face to air holds
// the pressure at zero (the free surface), a blocked face (boundary.ts) keeps the solid's speed;
// solved by conjugate gradients preconditioned with modified incomplete Cholesky, MIC(0) (the
// matrix is the 7-point Laplacian, so its factor is cheap to make and apply, and it takes the
// iterations from hundreds to tens). The same system, with another right-hand side, moves the
// particles out of cells packed denser than rest (correct.ts).
// The unknown is the pressure times the step over density and the cell's width: a face's velocity
// changes by the difference of its two cells' values, so it is in m/s.
// The solve runs natively (native-flip.ts) when the solver was given its native half: the same
// iterations, the dot products summed in another order.
import type { FlipGrid } from './grid';
import type { FlipNative } from './native-flip';
import type { GridBoundary } from './boundary';
import { faceField } from './transfer';

// MIC(0)'s blend towards the modified factor, and its safety floor (Bridson's values).
const TAU = 0.97;
const SIGMA = 0.25;
// Residual (m/s of net flow out of a cell) the solve stops at, and its iterations at most.
const TOLERANCE = 1e-5;
const MAX_ITERATIONS = 300;
// A row pinPockets held as if by the air.
const PINNED = 2;

export class PoissonSystem {
  rows = 0;
  cellOf = new Int32Array(0);
  private rowOf = new Int32Array(0);
  // Per row: its six neighbours' rows (-x, +x, -y, +y, -z, +z; -1 for none) and its open faces.
  nb = new Int32Array(0);
  private diag = new Float64Array(0);
  private precon = new Float64Array(0);
  private r = new Float64Array(0);
  private z = new Float64Array(0);
  private s = new Float64Array(0);
  private t = new Float64Array(0);
  // pinPockets' scratch (each row seen, or PINNED: held as if by the air), and how many pockets it
  // pinned at the last build.
  private seen = new Uint8Array(0);
  private stack = new Int32Array(0);
  pinned = 0;

  constructor(private readonly g: FlipGrid, private readonly native: FlipNative | null = null) {}

  private grow(rows: number): void {
    if (this.cellOf.length >= rows) return;
    const m = Math.ceil(rows * 1.5);
    this.cellOf = new Int32Array(m); this.nb = new Int32Array(6 * m); this.diag = new Float64Array(m); this.precon = new Float64Array(m);
    this.r = new Float64Array(m); this.z = new Float64Array(m); this.s = new Float64Array(m); this.t = new Float64Array(m);
  }

  // The liquid cells in order and their couplings (the blocked faces asked of the boundary, and
  // set to the solid's speed).
  build(boundary: GridBoundary): void {
    const g = this.g;
    if (this.rowOf.length < g.cells) this.rowOf = new Int32Array(g.cells);
    this.rowOf.fill(-1, 0, g.cells);
    // In the cells' order, which MIC(0)'s sweeps follow.
    const liquid = g.liquid.subarray(0, g.liquidCount).sort();
    const rows = liquid.length;
    this.grow(rows);
    for (let row = 0; row < rows; row++) { this.rowOf[liquid[row]!] = row; this.cellOf[row] = liquid[row]!; }
    this.rows = rows;
    for (let row = 0; row < rows; row++) this.couple(row, boundary);
    this.pinPockets();
    this.factor();
  }

  // A pocket of liquid cells shut in by solids, open to no air (two cells in a tipped jug's
  // wall, between its blocked faces), has no pressure of its own: its rows' sum is zero, the
  // system is singular there, and its net inflow (a moving wall's, never exactly nought) cannot be
  // balanced. PCG then grew the pocket's pressures without bound: the 20k pour's native run, step
  // 154, a 2-cell pocket with 4e-4 m/s of net inflow, residual 3e120 after 300 iterations, and its
  // velocities threw particles kilometres off. So one cell of each pocket is held as if by the air
  // (its diagonal one more): the pocket's pressures are then defined, and its inflow leaves through
  // that cell. A lone cell with no open face at all (diag 0) has no equation and is left so.
  private pinPockets(): void {
    const { nb, diag, rows } = this;
    if (this.seen.length < rows) [this.seen, this.stack] = [new Uint8Array(this.cellOf.length), new Int32Array(this.cellOf.length)];
    const seen = this.seen, stack = this.stack;
    seen.fill(0, 0, rows);
    this.pinned = 0;
    for (let start = 0; start < rows; start++) {
      if (seen[start] || diag[start] === 0) continue;
      seen[start] = 1;
      let top = 0, air = false;
      stack[top++] = start;
      while (top > 0) {
        const row = stack[--top]!;
        if (this.byAir(row)) air = true;
        for (let e = 0; e < 6; e++) {
          const m = nb[6 * row + e]!;
          if (m >= 0 && !seen[m]) { seen[m] = 1; stack[top++] = m; }
        }
      }
      if (!air) { diag[start]! += 1; seen[start] = PINNED; this.pinned++; }
    }
  }

  private couple(row: number, boundary: GridBoundary): void {
    const g = this.g, c = this.cellOf[row]!;
    const i = c % g.nx, j = Math.floor(c / g.nx) % g.ny, k = Math.floor(c / (g.nx * g.ny));
    const at = [i, j, k], size = [g.nx, g.ny, g.nz], stride = [1, g.nx, g.nx * g.ny];
    let open = 0;
    for (let a = 0; a < 3; a++) {
      const f = faceField(g, a);
      for (let side = 0; side < 2; side++) {
        const slot = 6 * row + 2 * a + side;
        this.nb[slot] = -1;
        const there = at[a]! + (side ? 1 : -1);
        const q = faceOf(g, a, i, j, k) + (side ? faceStride(g, a) : 0);
        if (there < 0 || there >= size[a]!) { open++; continue; }
        const d = c + (side ? stride[a]! : -stride[a]!);
        if (boundary.face(a, q, side ? c : d, side ? d : c)) { f.vel[q] = f.solid[q]!; continue; }
        open++;
        this.nb[slot] = this.rowOf[d]!;
      }
    }
    this.diag[row] = open;
  }

  // Whether a row's cell has a face open to the air (a free surface runs through it): an open face
  // (diag counts them) that leads to no liquid cell.
  byAir(row: number): boolean {
    let liquid = 0;
    for (let e = 0; e < 6; e++) if (this.nb[6 * row + e]! >= 0) liquid++;
    return this.diag[row]! - (this.seen[row] === PINNED ? 1 : 0) > liquid;
  }

  // MIC(0): each row's preconditioner from the earlier rows' (its -x, -y, -z neighbours').
  private factor(): void {
    const { nb, diag, precon } = this;
    for (let row = 0; row < this.rows; row++) {
      let e = diag[row]!;
      if (e === 0) { precon[row] = 0; continue; }
      for (let a = 0; a < 3; a++) {
        const m = nb[6 * row + 2 * a]!;
        if (m < 0) continue;
        const pm = precon[m]!;
        e -= pm * pm;
        let others = 0;
        for (let b = 0; b < 3; b++) if (b !== a && nb[6 * m + 2 * b + 1]! >= 0) others++;
        e -= TAU * others * pm * pm;
      }
      if (e < SIGMA * diag[row]!) e = diag[row]!;
      precon[row] = 1 / Math.sqrt(e);
    }
  }

  private applyPrecon(r: Float64Array, z: Float64Array): void {
    const { nb, precon } = this;
    for (let row = 0; row < this.rows; row++) {
      let t = r[row]!;
      for (let a = 0; a < 3; a++) {
        const m = nb[6 * row + 2 * a]!;
        if (m >= 0) t += precon[m]! * z[m]!;
      }
      z[row] = t * precon[row]!;
    }
    for (let row = this.rows - 1; row >= 0; row--) {
      let t = z[row]!;
      for (let a = 0; a < 3; a++) {
        const m = nb[6 * row + 2 * a + 1]!;
        if (m >= 0) t += precon[row]! * z[m]!;
      }
      z[row] = t * precon[row]!;
    }
  }

  private multiply(s: Float64Array, out: Float64Array): void {
    const { nb, diag } = this;
    for (let row = 0; row < this.rows; row++) {
      let t = diag[row]! * s[row]!;
      for (let e = 0; e < 6; e++) {
        const m = nb[6 * row + e]!;
        if (m >= 0) t -= s[m]!;
      }
      out[row] = t;
    }
  }

  // Solves A x = b (rows long) into x; returns the iterations taken.
  solve(b: Float64Array, x: Float64Array): number {
    if (this.native) return this.native.solve(this.nb, this.diag, this.precon, this.rows, b, x, TOLERANCE, MAX_ITERATIONS);
    const { r, z, s, t } = this;
    const n = this.rows;
    x.fill(0, 0, n);
    // A cell shut in by solids on every side has no equation (nothing can flow out of it).
    for (let q = 0; q < n; q++) r[q] = this.diag[q]! > 0 ? b[q]! : 0;
    if (maxAbs(r, n) <= TOLERANCE) return 0;
    this.applyPrecon(r, z);
    s.set(z.subarray(0, n));
    let sigma = dot(r, z, n);
    for (let it = 1; it <= MAX_ITERATIONS; it++) {
      this.multiply(s, t);
      const alpha = sigma / dot(s, t, n);
      if (!Number.isFinite(alpha)) return it;
      for (let q = 0; q < n; q++) { x[q]! += alpha * s[q]!; r[q]! -= alpha * t[q]!; }
      if (maxAbs(r, n) <= TOLERANCE) return it;
      this.applyPrecon(r, z);
      const next = dot(r, z, n);
      const beta = next / sigma;
      sigma = next;
      for (let q = 0; q < n; q++) s[q] = z[q]! + beta * s[q]!;
    }
    return MAX_ITERATIONS;
  }

  // Each row's net flow out through its faces (m/s summed), the blocked ones at the solid's speed.
  divergence(out: Float64Array): void {
    const g = this.g;
    for (let row = 0; row < this.rows; row++) {
      const c = this.cellOf[row]!;
      const i = c % g.nx, j = Math.floor(c / g.nx) % g.ny, k = Math.floor(c / (g.nx * g.ny));
      let d = 0;
      for (let a = 0; a < 3; a++) {
        const f = faceField(g, a), q = faceOf(g, a, i, j, k);
        d += f.vel[q + faceStride(g, a)]! - f.vel[q]!;
      }
      out[row] = d;
    }
  }

  // Subtracts the solution's difference across every open face of a liquid cell from `target`'s
  // faces (the velocities, or a displacement), scaled by k.
  subtractGradient(x: Float64Array, target: readonly Float64Array[], k: number): void {
    const g = this.g;
    for (let row = 0; row < this.rows; row++) {
      const c = this.cellOf[row]!;
      const i = c % g.nx, j = Math.floor(c / g.nx) % g.ny, kk = Math.floor(c / (g.nx * g.ny));
      for (let a = 0; a < 3; a++) {
        const f = faceField(g, a), arr = target[a]!;
        const q = faceOf(g, a, i, j, kk);
        for (let side = 0; side < 2; side++) {
          const m = this.nb[6 * row + 2 * a + side]!;
          // A face between two liquid cells is done from its lower one.
          if (side === 0 && m >= 0) continue;
          const qq = q + (side ? faceStride(g, a) : 0);
          if (f.blocked[qq] === 2) continue;
          const lower = side ? x[row]! : m >= 0 ? x[m]! : 0, upper = side ? (m >= 0 ? x[m]! : 0) : x[row]!;
          arr[qq]! -= k * (upper - lower);
        }
      }
    }
  }
}

// The face of axis a on cell (i, j, k)'s lower side, and the step to its upper side's.
function faceOf(g: FlipGrid, a: number, i: number, j: number, k: number): number {
  return a === 0 ? g.uIndex(i, j, k) : a === 1 ? g.vIndex(i, j, k) : g.wIndex(i, j, k);
}

function faceStride(g: FlipGrid, a: number): number {
  return a === 0 ? 1 : a === 1 ? g.nx : g.nx * g.ny;
}

function dot(a: Float64Array, b: Float64Array, n: number): number {
  let s = 0;
  for (let q = 0; q < n; q++) s += a[q]! * b[q]!;
  return s;
}

function maxAbs(a: Float64Array, n: number): number {
  let m = 0;
  for (let q = 0; q < n; q++) m = Math.max(m, Math.abs(a[q]!));
  return m;
}

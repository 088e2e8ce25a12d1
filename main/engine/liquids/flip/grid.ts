// The FLIP liquid's grid (flip.ts): a MAC grid over the liquid's particles for one liquid step,
// cells of two particle spacings (eight particles a cell at rest), the velocity's x, y and z parts
// on the cells' faces (u on the faces across x, v across y, w across z), each cell liquid (a
// particle in it) or air; the solids block faces (boundary.ts). It is laid out afresh for each
// step over where the particles can get to in it, and kept for the step's substeps, so what the
// colliders say about a face is asked once a step.

export const AIR = 0;
export const LIQUID = 1;

// A particle this far from the origin (m) is parked out of the scene (a tap's, not yet let out:
// tap-flow.ts) and left out of the grid.
export const PARKED_M = 100;

export function isParked(x: Float64Array, i: number): boolean {
  return Math.abs(x[3 * i]!) > PARKED_M || Math.abs(x[3 * i + 1]!) > PARKED_M || Math.abs(x[3 * i + 2]!) > PARKED_M;
}

// A FLIP particle lost to the flow (a non-finite velocity or place, or one thrown out of the scene:
// runaway.ts) is parked here, far above a tap's waiting ones (tap-flow.ts parks them from 500 m
// up), LOST_PITCH_M apart (beyond any kernel's reach, so none feels another), and stays there: the
// volume (volume.ts) counts it as lost liquid.
export const LOST_Y = 2000;
const LOST_PITCH_M = 0.2;

export function isLost(x: Float64Array, i: number): boolean {
  return x[3 * i + 1]! >= LOST_Y - 1;
}

// Parks particle i (of n) where the lost wait, still.
export function parkLost(x: Float64Array, v: Float64Array, i: number, n: number): void {
  const side = Math.ceil(Math.cbrt(n));
  x[3 * i] = (i % side) * LOST_PITCH_M;
  x[3 * i + 1] = LOST_Y + (Math.floor(i / side) % side) * LOST_PITCH_M;
  x[3 * i + 2] = Math.floor(i / (side * side)) * LOST_PITCH_M;
  v[3 * i] = 0; v[3 * i + 1] = 0; v[3 * i + 2] = 0;
}

// The grid's extent at most, in cells (a stray particle far off would otherwise make it huge).
const MAX_CELLS = 6_000_000;

// The face arrays of one velocity part and their dimensions (transfer.ts reads them).
export interface FaceField {
  vel: Float64Array;
  weight: Float64Array;
  old: Float64Array;
  blocked: Uint8Array;
  solid: Float64Array;
  sx: number; sy: number; sz: number;
  // Where the face lattice starts, in cells (a face across x sits on a cell's side: 0; across y or
  // z it is at the cell's middle along x: 0.5).
  off: readonly [number, number, number];
}

export class FlipGrid {
  dx = 1;
  ox = 0; oy = 0; oz = 0;
  nx = 0; ny = 0; nz = 0;
  // Cell kind (AIR, LIQUID).
  kind = new Uint8Array(0);
  // Faces: velocity, weight (P2G), the velocity before the forces (FLIP's difference), and
  // whether each is blocked by a solid (0 unknown yet, 1 open, 2 blocked), with the solid's speed.
  u = new Float64Array(0); v = new Float64Array(0); w = new Float64Array(0);
  uw = new Float64Array(0); vw = new Float64Array(0); ww = new Float64Array(0);
  u0 = new Float64Array(0); v0 = new Float64Array(0); w0 = new Float64Array(0);
  ub = new Uint8Array(0); vb = new Uint8Array(0); wb = new Uint8Array(0);
  us = new Float64Array(0); vs = new Float64Array(0); ws = new Float64Array(0);
  // The liquid cells (liquidCount of them), in no order.
  liquid = new Int32Array(0);
  liquidCount = 0;
  // Per cell: the colliders' verdict on its centre (0 unknown, 1 free, 2 in a solid).
  solidCache = new Uint8Array(0);

  // nx * ny * nz, and how many times the cells were marked (what is worked out from the liquid
  // cells is kept until they change: transfer.ts's near faces).
  cells = 0;
  marked = 0;

  cell(i: number, j: number, k: number): number {
    return i + this.nx * (j + this.ny * k);
  }

  uIndex(i: number, j: number, k: number): number {
    return i + (this.nx + 1) * (j + this.ny * k);
  }

  vIndex(i: number, j: number, k: number): number {
    return i + this.nx * (j + (this.ny + 1) * k);
  }

  wIndex(i: number, j: number, k: number): number {
    return i + this.nx * (j + this.ny * k);
  }

  // Laid over the unparked particles, `marginM` beyond them on every side; the colliders'
  // verdicts are forgotten (they may have moved).
  layOut(x: Float64Array, n: number, dx: number, marginM: number): void {
    let lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      if (isParked(x, i)) continue;
      for (let a = 0; a < 3; a++) {
        const c = x[3 * i + a]!;
        if (c < lo[a]!) lo[a] = c;
        if (c > hi[a]!) hi[a] = c;
      }
    }
    if (!(lo[0]! <= hi[0]!)) { lo = [0, 0, 0]; hi = [0, 0, 0]; }
    this.dx = dx;
    const dims = [0, 1, 2].map((a) => Math.max(1, Math.ceil((hi[a]! - lo[a]! + 2 * marginM) / dx)));
    if (dims[0]! * dims[1]! * dims[2]! > MAX_CELLS) throw new Error(`The liquid spreads over more than ${MAX_CELLS} grid cells.`);
    [this.ox, this.oy, this.oz] = [lo[0]! - marginM, lo[1]! - marginM, lo[2]! - marginM];
    [this.nx, this.ny, this.nz] = dims as [number, number, number];
    this.cells = this.nx * this.ny * this.nz;
    this.size();
    this.solidCache.fill(0);
    this.ub.fill(0); this.vb.fill(0); this.wb.fill(0);
  }

  // The x, y and z faces' fields, as laid out now.
  faces: FaceField[] = [];

  private size(): void {
    const { nx, ny, nz } = this;
    const cells = nx * ny * nz, nu = (nx + 1) * ny * nz, nv = nx * (ny + 1) * nz, nw = nx * ny * (nz + 1);
    if (this.kind.length < cells) { this.kind = new Uint8Array(cells); this.solidCache = new Uint8Array(cells); }
    if (this.u.length < nu) [this.u, this.uw, this.u0, this.us, this.ub] = [new Float64Array(nu), new Float64Array(nu), new Float64Array(nu), new Float64Array(nu), new Uint8Array(nu)];
    if (this.v.length < nv) [this.v, this.vw, this.v0, this.vs, this.vb] = [new Float64Array(nv), new Float64Array(nv), new Float64Array(nv), new Float64Array(nv), new Uint8Array(nv)];
    if (this.w.length < nw) [this.w, this.ww, this.w0, this.ws, this.wb] = [new Float64Array(nw), new Float64Array(nw), new Float64Array(nw), new Float64Array(nw), new Uint8Array(nw)];
    this.faces = [
      { vel: this.u, weight: this.uw, old: this.u0, blocked: this.ub, solid: this.us, sx: nx + 1, sy: ny, sz: nz, off: [0, 0.5, 0.5] },
      { vel: this.v, weight: this.vw, old: this.v0, blocked: this.vb, solid: this.vs, sx: nx, sy: ny + 1, sz: nz, off: [0.5, 0, 0.5] },
      { vel: this.w, weight: this.ww, old: this.w0, blocked: this.wb, solid: this.ws, sx: nx, sy: ny, sz: nz + 1, off: [0.5, 0.5, 0] },
    ];
  }

  // The cell a point is in, or -1 outside the grid.
  cellAt(px: number, py: number, pz: number): number {
    const i = Math.floor((px - this.ox) / this.dx), j = Math.floor((py - this.oy) / this.dx), k = Math.floor((pz - this.oz) / this.dx);
    if (i < 0 || j < 0 || k < 0 || i >= this.nx || j >= this.ny || k >= this.nz) return -1;
    return this.cell(i, j, k);
  }
}

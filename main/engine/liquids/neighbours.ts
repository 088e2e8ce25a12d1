// Neighbour lists for a particle liquid: a spatial hash of cells one kernel radius wide, filled by a
// counting sort (no per-step allocation), from which each particle's neighbours within the radius
// are listed once per step and reused by every solver iteration. Two of a particle's 27 cells can
// share a hash slot, so a slot's particles count only for the cell they are really in (else a
// neighbour would be listed twice and the liquid would read denser than it is).
export const MAX_NEIGHBOURS = 48;

// A twin of build that lists the same neighbours in the same order (the FLIP solver's native one:
// flip/native-flip.ts), so nothing summed over them changes.
export interface NeighbourLister {
  listNeighbours(p: Float64Array, n: number, cellM: number, list: Int32Array, count: Int32Array): void;
}

export class NeighbourGrid {
  private readonly tableSize: number;
  private readonly cellStart: Int32Array;
  private readonly cellOf: Int32Array;
  private readonly sorted: Int32Array;
  // Each particle's cell (x, y, z).
  private readonly cell: Int32Array;
  // neighbours[i * MAX_NEIGHBOURS + k], count[i].
  readonly list: Int32Array;
  readonly count: Int32Array;
  // Lists them instead of build's JavaScript where set.
  lister: NeighbourLister | null = null;

  constructor(readonly n: number, readonly cellM: number) {
    this.tableSize = Math.max(64, 2 * n + 1);
    this.cellStart = new Int32Array(this.tableSize + 1);
    this.cellOf = new Int32Array(n);
    this.sorted = new Int32Array(n);
    this.cell = new Int32Array(3 * n);
    this.list = new Int32Array(n * MAX_NEIGHBOURS);
    this.count = new Int32Array(n);
  }

  private hash(ix: number, iy: number, iz: number): number {
    const h = (Math.imul(ix, 73856093) ^ Math.imul(iy, 19349663) ^ Math.imul(iz, 83492791)) >>> 0;
    return h % this.tableSize;
  }

  private fill(p: Float64Array): void {
    const { cellStart, cellOf, sorted, cell, n } = this;
    const inv = 1 / this.cellM;
    cellStart.fill(0);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < 3; a++) cell[3 * i + a] = Math.floor(p[3 * i + a]! * inv);
      const c = this.hash(cell[3 * i]!, cell[3 * i + 1]!, cell[3 * i + 2]!);
      cellOf[i] = c;
      cellStart[c + 1]!++;
    }
    for (let c = 0; c < this.tableSize; c++) cellStart[c + 1]! += cellStart[c]!;
    const cursor = cellStart.slice(0, this.tableSize);
    for (let i = 0; i < n; i++) sorted[cursor[cellOf[i]!]!++] = i;
  }

  // Lists, for every particle, the others within one cell width of it.
  build(p: Float64Array): void {
    if (this.lister) return this.lister.listNeighbours(p, this.n, this.cellM, this.list, this.count);
    this.fill(p);
    const { cellStart, sorted, cell, list, count, n } = this;
    const inv = 1 / this.cellM;
    const r2 = this.cellM * this.cellM;
    for (let i = 0; i < n; i++) {
      const px = p[3 * i]!, py = p[3 * i + 1]!, pz = p[3 * i + 2]!;
      const ix = Math.floor(px * inv), iy = Math.floor(py * inv), iz = Math.floor(pz * inv);
      let k = 0;
      const base = i * MAX_NEIGHBOURS;
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) for (let dz = -1; dz <= 1; dz++) {
        const cx = ix + dx, cy = iy + dy, cz = iz + dz;
        const c = this.hash(cx, cy, cz);
        for (let s = cellStart[c]!; s < cellStart[c + 1]! && k < MAX_NEIGHBOURS; s++) {
          const j = sorted[s]!;
          if (j === i || cell[3 * j] !== cx || cell[3 * j + 1] !== cy || cell[3 * j + 2] !== cz) continue;
          const ex = p[3 * j]! - px, ey = p[3 * j + 1]! - py, ez = p[3 * j + 2]! - pz;
          if (ex * ex + ey * ey + ez * ez < r2) list[base + k++] = j;
        }
      }
      count[i] = k;
    }
  }
}

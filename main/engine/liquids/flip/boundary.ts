// Where the FLIP liquid's grid (grid.ts) meets the solids, asked of the colliders the particles
// already collide with (container.ts, solids.ts). Each cell stands at a point: the mean of its
// particles at the step's start (always on the liquid's side of a wall, which the cell's centre
// need not be: a cell straddling a jug's wall with its centre in it held liquid the pressure did
// not reach, and it fell down the wall), else its centre. The face between two cells is blocked
// where a wall runs between their points (projecting the one from the other, at no radius, moves
// it: a container judges which side of its wall a point came from, so a glass's wall thinner than
// a cell still parts the liquid in it from the air outside), or where a cell with no particles has
// its centre in a solid. A blocked face carries the solid's speed across it (a tipping jug's).
import type { FluidCollider } from '../fluid-solids';
import { sweptMotion, type Motion } from '../motion';
import { AIR, LIQUID, type FlipGrid } from './grid';
import { faceField } from './transfer';

const from = new Float64Array(3);
const to = new Float64Array(3);

// The collider that stops a point going from a to b (a === b: that holds b), or -1.
function stopper(colliders: readonly FluidCollider[], ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  for (let c = 0; c < colliders.length; c++) {
    from[0] = ax; from[1] = ay; from[2] = az;
    to[0] = bx; to[1] = by; to[2] = bz;
    colliders[c]!.project(to, from, 1, 0);
    if (to[0] !== bx || to[1] !== by || to[2] !== bz) return c;
  }
  return -1;
}

// face's and isSolid's points (scratch: they were two arrays a face, the step's most garbage).
const cPoint = [0, 0, 0];
const dPoint = [0, 0, 0];
const centrePoint = [0, 0, 0];

export class GridBoundary {
  // Each collider's motion over the step (zero for one that stands still).
  private motions: (Motion | null)[] = [];

  constructor(private readonly g: FlipGrid, readonly colliders: readonly FluidCollider[]) {}

  // At the start of a liquid step of dt: how far each collider moved since the last.
  begin(dt: number): void {
    this.motions = this.colliders.map((c) => {
      const s = c.swept?.();
      return s?.before && dt > 0 ? sweptMotion(s.before, s.pose, dt) : null;
    });
  }

  // The cells' points (3 each) and whether a cell has its particles' mean (1) or its centre (0).
  private points = new Float64Array(0);
  private held = new Uint8Array(0);
  // Each cell's particles (placePoints' scratch, kept: a whole grid's array a step was garbage).
  private count = new Float64Array(0);

  // Each cell's point from the particles where they are now (cellOf: each one's cell, or -1).
  placePoints(x: Float64Array, cellOf: Int32Array): void {
    const cells = this.g.cells;
    if (this.held.length < cells) [this.points, this.held, this.count] = [new Float64Array(3 * cells), new Uint8Array(cells), new Float64Array(cells)];
    const count = this.count;
    count.fill(0, 0, cells);
    this.points.fill(0, 0, 3 * cells);
    cellOf.forEach((c, i) => {
      if (c < 0) return;
      count[c]!++;
      for (let a = 0; a < 3; a++) this.points[3 * c + a]! += x[3 * i + a]!;
    });
    for (let c = 0; c < cells; c++) {
      this.held[c] = count[c]! > 0 ? 1 : 0;
      for (let a = 0; a < 3; a++) this.points[3 * c + a] = count[c]! > 0 ? this.points[3 * c + a]! / count[c]! : 0;
    }
  }

  private point(c: number, out: number[]): void {
    if (this.held[c]) for (let a = 0; a < 3; a++) out[a] = this.points[3 * c + a]!;
    else this.centre(c, out);
  }

  private centre(c: number, out: number[]): void {
    const g = this.g;
    const i = c % g.nx, j = Math.floor(c / g.nx) % g.ny, k = Math.floor(c / (g.nx * g.ny));
    out[0] = g.ox + (i + 0.5) * g.dx; out[1] = g.oy + (j + 0.5) * g.dx; out[2] = g.oz + (k + 0.5) * g.dx;
  }

  isSolid(c: number): boolean {
    const g = this.g;
    if (g.solidCache[c] === 0) {
      const p = centrePoint;
      this.centre(c, p);
      g.solidCache[c] = stopper(this.colliders, p[0]!, p[1]!, p[2]!, p[0]!, p[1]!, p[2]!) >= 0 ? 2 : 1;
    }
    return g.solidCache[c] === 2;
  }

  // Cells with a particle in them are liquid; the rest air.
  markCells(cellOfParticle: Int32Array): void {
    const g = this.g;
    g.kind.fill(AIR, 0, g.cells);
    if (g.liquid.length < cellOfParticle.length) g.liquid = new Int32Array(cellOfParticle.length);
    g.liquidCount = 0;
    g.marked++;
    for (const c of cellOfParticle) {
      if (c < 0 || g.kind[c] === LIQUID) continue;
      g.kind[c] = LIQUID;
      g.liquid[g.liquidCount++] = c;
    }
  }

  // Decides (once a step) whether the face of axis a between cells c and its neighbour d (c below
  // d) is blocked, and if so the solid's speed across it.
  face(a: number, q: number, c: number, d: number): boolean {
    const f = faceField(this.g, a);
    if (f.blocked[q] === 0) {
      const pc = cPoint, pd = dPoint;
      this.point(c, pc); this.point(d, pd);
      let who = !this.held[c] && this.isSolid(c) ? stopper(this.colliders, pc[0]!, pc[1]!, pc[2]!, pc[0]!, pc[1]!, pc[2]!) : !this.held[d] && this.isSolid(d) ? stopper(this.colliders, pd[0]!, pd[1]!, pd[2]!, pd[0]!, pd[1]!, pd[2]!) : -1;
      if (who < 0) who = stopper(this.colliders, pc[0]!, pc[1]!, pc[2]!, pd[0]!, pd[1]!, pd[2]!);
      if (who < 0) who = stopper(this.colliders, pd[0]!, pd[1]!, pd[2]!, pc[0]!, pc[1]!, pc[2]!);
      f.blocked[q] = who < 0 ? 1 : 2;
      f.solid[q] = who < 0 ? 0 : this.speed(who, a, (pc[0]! + pd[0]!) / 2, (pc[1]! + pd[1]!) / 2, (pc[2]! + pd[2]!) / 2);
    }
    return f.blocked[q] === 2;
  }

  // Collider `who`'s point at p's speed along axis a.
  private speed(who: number, a: number, px: number, py: number, pz: number): number {
    const m = this.motions[who];
    if (!m) return 0;
    const r = [px - m.com[0], py - m.com[1], pz - m.com[2]];
    const b = (a + 1) % 3, c = (a + 2) % 3;
    return m.v[a]! + (m.w[b]! * r[c]! - m.w[c]! * r[b]!);
  }
}

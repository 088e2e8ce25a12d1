// The FLIP liquid's transfers between its particles and its grid (grid.ts): their velocities
// spread onto the faces (P2G, each part on its own faces, trilinear weights), and back (G2P: the
// change the grid's step made, added to each particle's own velocity, blended with the grid's
// velocity itself, PIC, which damps the noise FLIP alone keeps).
import { isParked, type FaceField, type FlipGrid } from './grid';
import type { FlipNative } from './native-flip';

export type { FaceField };

// The face arrays of one velocity part (0: x, 1: y, 2: z), as the grid is laid out now.
export function faceField(g: FlipGrid, a: number): FaceField {
  return g.faces[a]!;
}

// The trilinear stencil of a point on a face lattice: its first face and the fractions along
// each axis (clamped to the lattice).
const stencil = { base: 0, fx: 0, fy: 0, fz: 0 };

function locate(g: FlipGrid, f: FaceField, px: number, py: number, pz: number): void {
  const cx = Math.min(Math.max((px - g.ox) / g.dx - f.off[0], 0), f.sx - 1.000001);
  const cy = Math.min(Math.max((py - g.oy) / g.dx - f.off[1], 0), f.sy - 1.000001);
  const cz = Math.min(Math.max((pz - g.oz) / g.dx - f.off[2], 0), f.sz - 1.000001);
  const i = Math.floor(cx), j = Math.floor(cy), k = Math.floor(cz);
  stencil.base = i + f.sx * (j + f.sy * k);
  stencil.fx = cx - i; stencil.fy = cy - j; stencil.fz = cz - k;
}

// A face field's value at a point (trilinear).
export function sample(g: FlipGrid, f: FaceField, arr: Float64Array, px: number, py: number, pz: number): number {
  locate(g, f, px, py, pz);
  const { base, fx, fy, fz } = stencil;
  const sy = f.sx, sz = f.sx * f.sy;
  const c00 = arr[base]! + fx * (arr[base + 1]! - arr[base]!);
  const c10 = arr[base + sy]! + fx * (arr[base + sy + 1]! - arr[base + sy]!);
  const c01 = arr[base + sz]! + fx * (arr[base + sz + 1]! - arr[base + sz]!);
  const c11 = arr[base + sy + sz]! + fx * (arr[base + sy + sz + 1]! - arr[base + sy + sz]!);
  const c0 = c00 + fy * (c10 - c00), c1 = c01 + fy * (c11 - c01);
  return c0 + fz * (c1 - c0);
}

function splat(g: FlipGrid, f: FaceField, px: number, py: number, pz: number, value: number): void {
  locate(g, f, px, py, pz);
  const { base, fx, fy, fz } = stencil;
  const sy = f.sx, sz = f.sx * f.sy;
  for (let c = 0; c < 8; c++) {
    const wx = c & 1 ? fx : 1 - fx, wy = c & 2 ? fy : 1 - fy, wz = c & 4 ? fz : 1 - fz;
    const wgt = wx * wy * wz;
    const idx = base + (c & 1) + (c & 2 ? sy : 0) + (c & 4 ? sz : 0);
    f.vel[idx]! += wgt * value;
    f.weight[idx]! += wgt;
  }
}

// P2G: each face's velocity the weighted mean of the particles' near it; faces none reach are
// marked by a zero weight (extrapolate fills them). Natively (to the bit the same) when given.
export function particlesToGrid(g: FlipGrid, x: Float64Array, v: Float64Array, n: number, native: FlipNative | null = null): void {
  if (native) return native.toGrid(g, x, v, n);
  for (let a = 0; a < 3; a++) {
    const f = faceField(g, a);
    const count = f.sx * f.sy * f.sz;
    f.vel.fill(0, 0, count);
    f.weight.fill(0, 0, count);
    for (let i = 0; i < n; i++) if (!isParked(x, i)) splat(g, f, x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!, v[3 * i + a]!);
    for (let q = 0; q < count; q++) if (f.weight[q]! > 0) f.vel[q]! /= f.weight[q]!;
  }
}

// Fills the faces outside the liquid from their neighbours in it (the mean of those), `layers`
// deep, so a particle by the surface or a wall reads a velocity the liquid has, not zero or free
// fall. Known: the faces a particle reached (after P2G), or those of a liquid cell (after the
// projection: the rest never felt the pressure). Only the faces a particle can read are filled:
// those of the cells next to a liquid cell (every particle is in one). Natively (to the bit the
// same) when given.
export function extrapolate(g: FlipGrid, layers: number, from: 'reached' | 'liquid', native: FlipNative | null = null): void {
  if (native) return native.extrapolate(g, layers, from);
  for (let a = 0; a < 3; a++) {
    const f = faceField(g, a);
    const count = f.sx * f.sy * f.sz;
    const steps = [1, f.sx, f.sx * f.sy];
    const near = nearFaces(g, a);
    const known = scratch.known.length >= count ? scratch.known : (scratch.known = new Uint8Array(count));
    for (let m = 0; m < near.length; m++) {
      const q = near[m]!;
      known[q] = from === 'reached' ? (f.weight[q]! > 0 ? 1 : 0) : 0;
    }
    if (from === 'liquid') for (let l = 0; l < g.liquidCount; l++) {
      const c = g.liquid[l]!;
      const q = faceBelow(g, f, c);
      known[q] = 1; known[q + steps[a]!] = 1;
    }
    for (let layer = 0; layer < layers; layer++) {
      let fresh = 0;
      for (let m = 0; m < near.length; m++) {
        const q = near[m]!;
        if (known[q]) continue;
        let sum = 0, k = 0;
        for (const s of steps) {
          if (q - s >= 0 && known[q - s] === 1) { sum += f.vel[q - s]!; k++; }
          if (q + s < count && known[q + s] === 1) { sum += f.vel[q + s]!; k++; }
        }
        if (k > 0) { f.vel[q] = sum / k; scratch.fresh[fresh++] = q; }
      }
      for (let m = 0; m < fresh; m++) known[scratch.fresh[m]!] = 1;
    }
    // Every face marked is a near one: cleared for the next axis and call.
    for (let m = 0; m < near.length; m++) known[near[m]!] = 0;
  }
}

const scratch = { known: new Uint8Array(0), stamp: new Uint8Array(0), fresh: new Int32Array(0), lists: [new Int32Array(0), new Int32Array(0), new Int32Array(0)], sizes: [0, 0, 0], marked: [-1, -1, -1], grid: [null, null, null] as (FlipGrid | null)[] };

// The face of f's axis on cell c's lower side.
function faceBelow(g: FlipGrid, f: FaceField, c: number): number {
  const i = c % g.nx, j = Math.floor(c / g.nx) % g.ny, k = Math.floor(c / (g.nx * g.ny));
  return i + f.sx * (j + f.sy * k);
}

// The faces of axis a on the cells within one of a liquid cell (each once), kept until the cells
// are marked again.
function nearFaces(g: FlipGrid, a: number): Int32Array {
  if (scratch.marked[a] === g.marked && scratch.grid[a] === g) return scratch.lists[a]!.subarray(0, scratch.sizes[a]);
  const f = faceField(g, a);
  const count = f.sx * f.sy * f.sz;
  if (scratch.stamp.length < count) scratch.stamp = new Uint8Array(count);
  const most = 28 * g.liquidCount * 2;
  if (scratch.lists[a]!.length < most) scratch.lists[a] = new Int32Array(most);
  if (scratch.fresh.length < most) scratch.fresh = new Int32Array(most);
  const list = scratch.lists[a]!;
  let n = 0;
  for (let l = 0; l < g.liquidCount; l++) {
    const c = g.liquid[l]!;
    const i = c % g.nx, j = Math.floor(c / g.nx) % g.ny, k = Math.floor(c / (g.nx * g.ny));
    for (let dk = -1; dk <= 1; dk++) for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) {
      const ii = i + di, jj = j + dj, kk = k + dk;
      if (ii < 0 || jj < 0 || kk < 0 || ii >= g.nx || jj >= g.ny || kk >= g.nz) continue;
      const q = ii + f.sx * (jj + f.sy * kk);
      const up = q + (a === 0 ? 1 : a === 1 ? f.sx : f.sx * f.sy);
      if (!scratch.stamp[q]) { scratch.stamp[q] = 1; list[n++] = q; }
      if (!scratch.stamp[up]) { scratch.stamp[up] = 1; list[n++] = up; }
    }
  }
  for (let m = 0; m < n; m++) scratch.stamp[list[m]!] = 0;
  scratch.sizes[a] = n; scratch.marked[a] = g.marked; scratch.grid[a] = g;
  return list.subarray(0, n);
}

// G2P: each particle's velocity the FLIP update (its own plus the grid's change at it) blended
// with the grid's velocity at it (PIC) by `flip` (1: pure FLIP). Natively (to the bit the same) when given.
export function gridToParticles(g: FlipGrid, x: Float64Array, v: Float64Array, n: number, flip: number, native: FlipNative | null = null): void {
  if (native) return native.fromGrid(g, x, v, n, flip);
  for (let a = 0; a < 3; a++) {
    const f = faceField(g, a);
    for (let i = 0; i < n; i++) {
      if (isParked(x, i)) continue;
      const px = x[3 * i]!, py = x[3 * i + 1]!, pz = x[3 * i + 2]!;
      const now = sample(g, f, f.vel, px, py, pz);
      const was = sample(g, f, f.old, px, py, pz);
      v[3 * i + a] = flip * (v[3 * i + a]! + now - was) + (1 - flip) * now;
    }
  }
}

// The grid's velocity at a point, into out.
export function velocityAt(g: FlipGrid, px: number, py: number, pz: number, out: number[]): void {
  for (let a = 0; a < 3; a++) {
    const f = faceField(g, a);
    out[a] = sample(g, f, f.vel, px, py, pz);
  }
}

// Deterministic procedural noise for textures, grain and scenery: integer-hash value noise in 2D and
// 3D, fractal sums of it, and a cheap cellular (Worley) distance. No tables and no Math.random, so
// the same (plan, seed) always gives the same pixels on every machine.

// Lattice multipliers of the hash. Because the first step of the hash is linear (mod 2^32) in the
// lattice coordinates, the hash input of a neighbouring lattice point is the input of this one plus
// a multiplier: value noise uses that to hash a cell's corners with one sum each (the same values).
const HX = 374761393, HY = 668265263, HZ = 2147483647, HSEED = 982451653;
const INV_2_32 = 1 / 4294967296;

// A well-mixed 32-bit hash of integer lattice coordinates, as a float in [0, 1).
export function hash2(i: number, j: number, seed = 0): number {
  return hashBits(i, j, seed) * INV_2_32;
}

// The 32 hashed bits behind hash2, as an unsigned integer.
export function hashBits(i: number, j: number, seed = 0): number {
  return finish((Math.imul(i, HX) + Math.imul(j, HY) + Math.imul(seed, HSEED)) | 0);
}

export function hash3(i: number, j: number, k: number, seed = 0): number {
  return finish((Math.imul(i, HX) + Math.imul(j, HY) + Math.imul(k, HZ) + Math.imul(seed, HSEED)) | 0) * INV_2_32;
}

// The non-linear mixing step of the hash, on the summed lattice input: unsigned 32 bits.
function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return (h ^ (h >>> 16)) >>> 0;
}

// finish() as a float in [0, 1), for a hash input already summed (and wrapped to 32 bits).
function unit(h: number): number {
  return finish(h | 0) * INV_2_32;
}

// Smooth 2D value noise in [0, 1].
export function valueNoise(x: number, y: number, seed = 0): number {
  const xi = Math.floor(x), yi = Math.floor(y);
  const fx = x - xi, fy = y - yi;
  const sx = fx * fx * (3 - 2 * fx), sy = fy * fy * (3 - 2 * fy);
  // Exactly hash2 of the four corners: the texture hot path, so the shared sum is computed once.
  const h = Math.imul(xi, HX) + Math.imul(yi, HY) + Math.imul(seed, HSEED);
  const a = unit(h), b = unit(h + HX), c = unit(h + HY), d = unit(h + HX + HY);
  return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

// Smooth 3D value noise in [0, 1].
export function valueNoise3(x: number, y: number, z: number, seed = 0): number {
  const xi = Math.floor(x), yi = Math.floor(y), zi = Math.floor(z);
  const fx = x - xi, fy = y - yi, fz = z - zi;
  const sx = fx * fx * (3 - 2 * fx), sy = fy * fy * (3 - 2 * fy), sz = fz * fz * (3 - 2 * fz);
  // Exactly hash3 of the eight corners (see valueNoise).
  const h = (Math.imul(xi, HX) + Math.imul(yi, HY) + Math.imul(zi, HZ) + Math.imul(seed, HSEED)) | 0;
  const c000 = unit(h), c100 = unit(h + HX);
  const c010 = unit(h + HY), c110 = unit(h + HX + HY);
  const c001 = unit(h + HZ), c101 = unit(h + HX + HZ);
  const c011 = unit(h + HY + HZ), c111 = unit(h + HX + HY + HZ);
  const x00 = c000 + (c100 - c000) * sx, x10 = c010 + (c110 - c010) * sx;
  const x01 = c001 + (c101 - c001) * sx, x11 = c011 + (c111 - c011) * sx;
  const y0 = x00 + (x10 - x00) * sy, y1 = x01 + (x11 - x01) * sy;
  return y0 + (y1 - y0) * sz;
}

// Fractal sum of 2D value noise, in [0, 1]. `footprint` is the size of a pixel in the same units as
// x, y: octaves finer than a pixel fade out instead of shimmering (a cheap band limit).
export function fbm2(x: number, y: number, octaves: number, seed: number, footprint = 0): number {
  let sum = 0, amp = 0.5, norm = 0, f = 1;
  for (let o = 0; o < octaves; o++) {
    // Period of this octave is 1/f; fade it out as it approaches two pixels.
    const fade = footprint > 0 ? clamp01(1.5 - 2 * footprint * f) : 1;
    if (fade <= 0) break;
    sum += amp * fade * valueNoise(x * f, y * f, seed + o * 17);
    norm += amp * fade;
    amp *= 0.5;
    f *= 2.03;
  }
  return norm > 0 ? sum / norm : 0.5;
}

export function fbm3(x: number, y: number, z: number, octaves: number, seed: number, footprint = 0): number {
  let sum = 0, amp = 0.5, norm = 0, f = 1;
  for (let o = 0; o < octaves; o++) {
    const fade = footprint > 0 ? clamp01(1.5 - 2 * footprint * f) : 1;
    if (fade <= 0) break;
    sum += amp * fade * valueNoise3(x * f, y * f, z * f, seed + o * 17);
    norm += amp * fade;
    amp *= 0.5;
    f *= 2.03;
  }
  return norm > 0 ? sum / norm : 0.5;
}

// Distance to the nearest of one jittered point per unit cell (2D Worley noise), in [0, ~1.2]:
// pebbles, cobbles, leaf clumps.
export function cellDistance(x: number, y: number, seed = 0): number {
  const xi = Math.floor(x), yi = Math.floor(y);
  let best = 9;
  for (let j = -1; j <= 1; j++) {
    for (let i = -1; i <= 1; i++) {
      const cx = xi + i + hash2(xi + i, yi + j, seed);
      const cy = yi + j + hash2(xi + i, yi + j, seed + 1);
      const d = (cx - x) * (cx - x) + (cy - y) * (cy - y);
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

// The nearest of one jittered point per unit cell in 3D (Worley noise): its distance, and into `out`
// the offset from it to (x, y, z) and a random number of its cell's own. Leaf clumps on a crown: in
// 2D (across x and z) they ran down a crown's sides as vertical stripes. Exact: the eight cells on the
// point's side of each axis first (where the nearest point nearly always is), then of the other 19
// only those whose nearest corner is nearer than the best so far (searching the eight alone left
// about one point in fifty with the wrong clump, a seam where two clumps' edges did not meet).
export function cellNearest3(x: number, y: number, z: number, seed: number, out: Float64Array): number {
  const xi = Math.floor(x), yi = Math.floor(y), zi = Math.floor(z);
  const i0 = x - xi < 0.5 ? xi - 1 : xi, j0 = y - yi < 0.5 ? yi - 1 : yi, k0 = z - zi < 0.5 ? zi - 1 : zi;
  near.best = 9;
  for (let ck = k0; ck <= k0 + 1; ck++) for (let cj = j0; cj <= j0 + 1; cj++) for (let ci = i0; ci <= i0 + 1; ci++) tryCell(x, y, z, ci, cj, ck, seed, out);
  // The rest of the 3 x 3 x 3 block round the point's own cell.
  for (let ck = zi - 1; ck <= zi + 1; ck++) {
    const gz = ck < k0 ? z - ck - 1 : ck > k0 + 1 ? ck - z : -1;
    for (let cj = yi - 1; cj <= yi + 1; cj++) {
      const gy = cj < j0 ? y - cj - 1 : cj > j0 + 1 ? cj - y : -1;
      for (let ci = xi - 1; ci <= xi + 1; ci++) {
        const gx = ci < i0 ? x - ci - 1 : ci > i0 + 1 ? ci - x : -1;
        // In the eight already searched (no gap on any axis), or too far to hold a nearer point.
        if (gx < 0 && gy < 0 && gz < 0) continue;
        const gap = (gx > 0 ? gx * gx : 0) + (gy > 0 ? gy * gy : 0) + (gz > 0 ? gz * gz : 0);
        if (gap < near.best) tryCell(x, y, z, ci, cj, ck, seed, out);
      }
    }
  }
  out[3] = hash3(near.i, near.j, near.k, seed + 3);
  return Math.sqrt(near.best);
}

// cellNearest3's best so far: its squared distance and cell.
const near = { best: 9, i: 0, j: 0, k: 0 };

function tryCell(x: number, y: number, z: number, ci: number, cj: number, ck: number, seed: number, out: Float64Array): void {
  const dx = x - ci - hash3(ci, cj, ck, seed), dy = y - cj - hash3(ci, cj, ck, seed + 1), dz = z - ck - hash3(ci, cj, ck, seed + 2);
  const d = dx * dx + dy * dy + dz * dz;
  if (d < near.best) { near.best = d; near.i = ci; near.j = cj; near.k = ck; out[0] = dx; out[1] = dy; out[2] = dz; }
}

export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

export function smoothstep(a: number, b: number, v: number): number {
  const t = clamp01((v - a) / (b - a));
  return t * t * (3 - 2 * t);
}

// Share of the span [x - width/2, x + width/2] covered by lines `lineWidth` wide centred on every
// multiple of `period` (board gaps, grout): the exact box filter of the lines over a pixel's
// footprint, so lines finer than a pixel grey out to their mean (lineWidth / period) instead of
// beating against the pixel grid as rings.
export function lineCoverage(x: number, period: number, lineWidth: number, width: number): number {
  const w = Math.max(width, 1e-6);
  return (coveredUpTo(x + w / 2, period, lineWidth) - coveredUpTo(x - w / 2, period, lineWidth)) / w;
}

// Length of line covered from the line centred on 0 up to x (a staircase with ramps).
function coveredUpTo(x: number, period: number, lineWidth: number): number {
  const u = x + lineWidth / 2;
  const k = Math.floor(u / period);
  return k * lineWidth + Math.min(u - k * period, lineWidth);
}

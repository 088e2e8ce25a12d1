// Carries a key frame's matte to a nearby frame the network did not see: block matching on luma
// finds where each 8x8 block of the frame came from in the key frame (coarse search at quarter size,
// refined at full size), and the key's alpha is fetched from there. Two keys (before and after) are
// blended by temporal distance and by how well each matched, so edges follow the motion instead of
// cross-fading. Costs tens of milliseconds where the network costs seconds.

export interface KeyFrame {
  luma: Luma;
  alpha: Uint8Array;
}

export interface Luma {
  width: number;
  height: number;
  full: Uint8Array;
  quarter: Uint8Array;
  qWidth: number;
  qHeight: number;
}

const BLOCK = 8;
const COARSE_RADIUS = 6; // quarter-size pixels: +-24 full-size pixels of motion per key gap
const FINE_RADIUS = 2;

export function lumaOf(rgb: Uint8Array, width: number, height: number): Luma {
  const full = new Uint8Array(width * height);
  for (let i = 0; i < full.length; i++) full[i] = (rgb[i * 3]! * 77 + rgb[i * 3 + 1]! * 150 + rgb[i * 3 + 2]! * 29) >> 8;
  const qWidth = Math.max(1, width >> 2);
  const qHeight = Math.max(1, height >> 2);
  const quarter = new Uint8Array(qWidth * qHeight);
  for (let y = 0; y < qHeight; y++) {
    for (let x = 0; x < qWidth; x++) {
      let sum = 0;
      for (let dy = 0; dy < 4; dy++) for (let dx = 0; dx < 4; dx++) sum += full[Math.min(y * 4 + dy, height - 1) * width + Math.min(x * 4 + dx, width - 1)]!;
      quarter[y * qWidth + x] = sum >> 4;
    }
  }
  return { width, height, full, quarter, qWidth, qHeight };
}

// Sum of absolute differences of a block of `size` at (x, y) in a against (x+dx, y+dy) in b.
function sad(a: Uint8Array, b: Uint8Array, width: number, height: number, x: number, y: number, dx: number, dy: number, size: number): number {
  let sum = 0;
  for (let j = 0; j < size; j++) {
    const ya = Math.min(y + j, height - 1);
    const yb = Math.min(Math.max(ya + dy, 0), height - 1);
    for (let i = 0; i < size; i++) {
      const xa = Math.min(x + i, width - 1);
      const xb = Math.min(Math.max(xa + dx, 0), width - 1);
      sum += Math.abs(a[ya * width + xa]! - b[yb * width + xb]!);
    }
  }
  return sum;
}

interface Match {
  dx: number;
  dy: number;
  cost: number;
}

function matchBlock(frame: Luma, key: Luma, bx: number, by: number): Match {
  let best: Match = { dx: 0, dy: 0, cost: Infinity };
  const qx = bx >> 2;
  const qy = by >> 2;
  for (let dy = -COARSE_RADIUS; dy <= COARSE_RADIUS; dy++) {
    for (let dx = -COARSE_RADIUS; dx <= COARSE_RADIUS; dx++) {
      // Ties go to the smaller motion, so flat areas stay put.
      const cost = sad(frame.quarter, key.quarter, frame.qWidth, frame.qHeight, qx, qy, dx, dy, BLOCK >> 2) + Math.abs(dx) + Math.abs(dy);
      if (cost < best.cost) best = { dx: dx * 4, dy: dy * 4, cost };
    }
  }
  const coarse = best;
  best = { ...coarse, cost: Infinity };
  for (let dy = -FINE_RADIUS; dy <= FINE_RADIUS; dy++) {
    for (let dx = -FINE_RADIUS; dx <= FINE_RADIUS; dx++) {
      const cost = sad(frame.full, key.full, frame.width, frame.height, bx, by, coarse.dx + dx, coarse.dy + dy, BLOCK);
      if (cost < best.cost) best = { dx: coarse.dx + dx, dy: coarse.dy + dy, cost };
    }
  }
  return best;
}

// The alpha of `frame`, which lies a fraction t (0..1) of the way from key `before` to key `after`.
export function propagateMatte(frame: Luma, before: KeyFrame, after: KeyFrame, t: number): Uint8Array {
  const { width, height } = frame;
  const alpha = new Uint8Array(width * height);
  for (let by = 0; by < height; by += BLOCK) {
    for (let bx = 0; bx < width; bx += BLOCK) {
      const a = matchBlock(frame, before.luma, bx, by);
      const b = matchBlock(frame, after.luma, bx, by);
      // A close match and a near key both earn trust; +64 keeps a perfect match from taking all.
      const wa = (1 - t) / (a.cost + 64);
      const wb = t / (b.cost + 64);
      const share = wb / (wa + wb);
      for (let y = by; y < Math.min(by + BLOCK, height); y++) {
        for (let x = bx; x < Math.min(bx + BLOCK, width); x++) {
          const va = before.alpha[clamp(y + a.dy, height) * width + clamp(x + a.dx, width)]!;
          const vb = after.alpha[clamp(y + b.dy, height) * width + clamp(x + b.dx, width)]!;
          alpha[y * width + x] = Math.round(va + (vb - va) * share);
        }
      }
    }
  }
  return alpha;
}

function clamp(v: number, size: number): number {
  return v < 0 ? 0 : v >= size ? size - 1 : v;
}

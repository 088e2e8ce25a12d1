// Two liquids' mix into a surface's grid: each bump's share of the second liquid (mix.ts) weighted
// like its density into the palette's green, as foam goes into its red (draw.ts), so a vertex's
// green over the isolation level is the share of the second liquid about it. Always in JavaScript:
// the native splat carries foam only, and only a scene of two liquids pays for this pass.

// Each listed bump's share (0..1) of the second liquid, beside draw.ts's list of bumps.
let shares = new Float64Array(4096);
export function listShare(at: number, s: number): void {
  if (at >= shares.length) {
    const grown = new Float64Array(2 * Math.max(at + 1, shares.length));
    grown.set(shares);
    shares = grown;
  }
  shares[at] = s;
}

// `bumps`: (gx, gy, gz, foam) per bump in cells, the first n listed, each with its share listed.
export function splatShares(palette: Float32Array, size: number, bumps: Float64Array, n: number, R: number): void {
  const R2 = R * R;
  for (let b = 0; b < n; b++) {
    const s = shares[b]!;
    if (!(s > 0)) continue;
    const gx = bumps[4 * b]!, gy = bumps[4 * b + 1]!, gz = bumps[4 * b + 2]!;
    const x0 = Math.max(1, Math.ceil(gx - R)), x1 = Math.min(size - 2, Math.floor(gx + R));
    const y0 = Math.max(1, Math.ceil(gy - R)), y1 = Math.min(size - 2, Math.floor(gy + R));
    const z0 = Math.max(1, Math.ceil(gz - R)), z1 = Math.min(size - 2, Math.floor(gz + R));
    for (let z = z0; z <= z1; z++) {
      const dz2 = (z - gz) * (z - gz);
      for (let y = y0; y <= y1; y++) {
        const dy2 = (y - gy) * (y - gy);
        if (dy2 + dz2 >= R2) continue;
        const row = y * size + z * size * size;
        for (let x = x0; x <= x1; x++) {
          const q = 1 - ((x - gx) * (x - gx) + dy2 + dz2) / R2;
          if (q > 0) palette[3 * (x + row) + 1]! += s * q * q;
        }
      }
    }
  }
}

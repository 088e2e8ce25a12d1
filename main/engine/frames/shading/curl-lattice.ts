// Where curls sit on curly hair: one curl per cell of a cubic lattice in the hair piece's own space,
// its centre jittered within the cell so they do not line up. The cap's bumps (people/hair-cap.ts)
// and the strands' spirals (surfaces/hair.ts) both ask this one lattice, so each spiral of strands
// winds round the top of its own bump.
import { hash3 } from './noise';

// A curl's cell (unit skull radii, about 2 cm on an adult head) and how far its centre strays in it.
export const CURL_CELL = 0.2;
const JITTER = 0.7;

export interface CurlHit {
  // The nearest curl's centre and a number of its own (to vary it), and the squared distance to it.
  cx: number; cy: number; cz: number;
  id: number;
  d2: number;
}

// The nearest curl centre to (x, y, z), into `out`: the centres of the 2x2x2 cells round the point's
// nearest lattice corner (with the jitter under 1, a nearer centre lies in none of the others often
// enough to show).
export function nearestCurl(x: number, y: number, z: number, out: CurlHit, cell = CURL_CELL): CurlHit {
  const gx = x / cell, gy = y / cell, gz = z / cell;
  const bx = Math.round(gx) - 1, by = Math.round(gy) - 1, bz = Math.round(gz) - 1;
  out.d2 = Infinity;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      for (let k = 0; k < 2; k++) {
        const ci = bx + i, cj = by + j, ck = bz + k;
        const px = ci + 0.5 + JITTER * (hash3(ci, cj, ck, 11) - 0.5);
        const py = cj + 0.5 + JITTER * (hash3(ci, cj, ck, 12) - 0.5);
        const pz = ck + 0.5 + JITTER * (hash3(ci, cj, ck, 13) - 0.5);
        const d2 = (px - gx) ** 2 + (py - gy) ** 2 + (pz - gz) ** 2;
        if (d2 < out.d2) {
          out.d2 = d2; out.cx = px * cell; out.cy = py * cell; out.cz = pz * cell;
          out.id = (ci * 73 + cj * 151 + ck * 283) | 0;
        }
      }
    }
  }
  out.d2 *= cell * cell;
  return out;
}

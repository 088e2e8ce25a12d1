// Hair: strands gathered into clumps that run the way the hair falls, from a parting over the crown
// and down the head (or down a hanging lock, or round and round each curl of curly hair), printed in the hair piece's own space so they stay put
// as the head turns. Across the flow the tone changes clump by clump (dark in the gaps between
// clumps, where less light gets in, each clump a little rounded, each strand a little lighter or
// darker than its neighbours); along it, it hardly changes, bar darker roots at the parting. The
// pattern also gives the lighting the strands' direction (lighting.ts, hair-sheen.ts), so the
// highlight is a band across them, not a plastic spot. Clumps and strands fade to their average
// where a pixel covers several (no shimmer in a wide shot). JavaScript only (no C++ twin): its pixels
// reach the native pass with their strand direction (shade-native.ts).
import { nearestCurl, type CurlHit } from '../curl-lattice';
import { hash2, smoothstep } from '../noise';
import type { SurfacePattern, SurfaceSample } from './types';

// Clumps around the crown (about 1.7 cm apart on an adult head) and strands in a clump.
const CLUMPS = 44;
const STRANDS = 7;
// Where the strands radiate from, in the piece's unit space: just above the crown, a little behind
// its top (where a real crown's whorl is), off to one side by the parting.
const WHORL_UP = 1.25, WHORL_BACK = -0.25;
// A ribbon round an axis: the radius (m) at which its clumps are clumpM apart, and how steeply its
// strands fall for each metre out from the axis.
const RIBBON_RADIUS_M = 0.12, RIBBON_FALL = 0.15;
// A coil's clumps (head radii apart, out from its axis), and how steeply its strands wind inwards.
const COIL_CLUMP = 0.05, COIL_IN = 0.2;

export interface HairLayout {
  // 'crown': a piece round the skull (cap, fall) in head units, strands from the whorl down;
  // 'ribbon': a lock in metres, strands straight down its length; 'coil': a bun's rope in head
  // radii, strands round its own axis (local y), winding in to its middle.
  flow: 'crown' | 'ribbon' | 'coil';
  // The parting's offset across the head (unit skull radii, + is the person's left).
  parting: number;
  // A ribbon's axis: the vertical line (world x, z) its strands fall away from, moved by its owner
  // each frame (the neck, for locks lying over the shoulders: they run down beside it and then out
  // over the shoulder, so round it they keep their place).
  axis?: { x: number; z: number };
  // Curly hair: the cell of its curl lattice (unit skull radii, shading/curl-lattice.ts); its strands
  // wind round each curl's centre instead of running down from the whorl.
  curls?: number;
  // Hair pulled back to a tie (a ponytail's, in the piece's unit space: up, forward): its strands run
  // from the hairline to it instead of down from the crown's whorl.
  gather?: { up: number; fwd: number };
  // Hair clipped short below this height (the piece's unit space: a short back and sides,
  // hair-cap.ts): there it is stubble, too short for clumps, strands or a sheen along them.
  clip?: { at: number; soft: number };
  // How strongly it shines (1: straight hair; curls scatter the light and their sheen is a glint
  // on each curl, not a band).
  sheen?: number;
}

const scratch = { ax: 0, ay: 0, az: 0, u: 0, v: 0, id: 0 };
const curl: CurlHit = { cx: 0, cy: 0, cz: 0, id: 0, d2: 0 };
// Curls: a ring of clumps is this share of a curl's cell across, and the strands lean out from the
// curl's centre by this much for each unit they go round it.
const CURL_RING = 0.2, SPIRAL = 0.45;

// radiusM: the piece's size in metres (its unit's scale), to band-limit clumps and strands.
export function hairSurface(radiusM: number, layout: HairLayout = { flow: 'crown', parting: 0.25 }): SurfacePattern {
  const clumpM = layout.curls ? layout.curls * CURL_RING * radiusM : layout.flow === 'crown' ? (2 * Math.PI * radiusM) / CLUMPS : layout.flow === 'coil' ? COIL_CLUMP * radiusM : 0.014;
  const shine = layout.sheen ?? 1;
  return {
    name: 'hair',
    local: true,
    apply(s: SurfaceSample): void {
      flowAt(s, layout, clumpM);
      const { u, v } = scratch;
      const clump = Math.floor(u);
      const seamless = layout.curls ? clump + 31 * scratch.id : layout.flow === 'crown' ? ((clump % CLUMPS) + CLUMPS) % CLUMPS : clump;
      const lit = hash2(seamless, 3, 97), tilt = hash2(seamless, 5, 97);
      // How many clumps and strands one pixel spans: detail that small fades to its mean.
      const span = s.footprint / clumpM;
      const long = layout.clip ? smoothstep(layout.clip.at - layout.clip.soft, layout.clip.at + layout.clip.soft, s.ly) : 1;
      const clumpSeen = long * (1 - smoothstep(0.35, 1.1, span));
      const strandSeen = (0.3 + 0.7 * long) * (1 - smoothstep(0.35, 1.1, span * STRANDS));
      const c = u - clump - 0.5;
      const gap = 4 * c * c;
      const strand = hash2(Math.floor(u * STRANDS), 11, 97) - 0.5;
      const root = 0.75 + 0.25 * smoothstep(0.05, 0.45, v);
      const k = root * (1 + clumpSeen * (0.16 * (lit - 0.5) - 0.42 * (gap - 0.33)) + strandSeen * 0.3 * strand);
      s.r *= k; s.g *= k; s.b *= k;
      s.cavity = 1 - 0.35 * clumpSeen * gap;
      s.roughness = 0.75;
      bendAcross(s, clumpSeen * 0.55 * c, clumpSeen * 0.25 * (tilt - 0.5));
      s.aniso = shine * (0.25 + 0.75 * long) * (0.6 + 0.5 * lit * clumpSeen + 0.2 * (1 - clumpSeen));
    },
  };
}

// The flow at the sample, into scratch: its direction in the world (ax, ay, az, square to the
// normal), how many clumps across from a fixed line (u) and how far down from the whorl (v, units).
function flowAt(s: SurfaceSample, layout: HairLayout, clumpM: number): void {
  const m = s.toLocal;
  // The normal in the piece's space (world to local turns directions by the matrix's 3x3).
  let nx = s.nx, ny = s.ny, nz = s.nz;
  if (m) {
    nx = m[0]! * s.nx + m[4]! * s.ny + m[8]! * s.nz;
    ny = m[1]! * s.nx + m[5]! * s.ny + m[9]! * s.nz;
    nz = m[2]! * s.nx + m[6]! * s.ny + m[10]! * s.nz;
  }
  const nl = 1 / (Math.hypot(nx, ny, nz) || 1);
  nx *= nl; ny *= nl; nz *= nl;
  let fx = 0, fy = -1, fz = 0;
  if (layout.curls) {
    // Round the nearest curl's centre, leaning out from it (a spiral, not rings), in rings of clumps
    // out from it; the root's shade as the crown's.
    const c = nearestCurl(s.lx, s.ly, s.lz, curl, layout.curls);
    const dx = s.lx - c.cx, dy = s.ly - c.cy, dz = s.lz - c.cz;
    const ox = dx - nx * (dx * nx + dy * ny + dz * nz), oy = dy - ny * (dx * nx + dy * ny + dz * nz), oz = dz - nz * (dx * nx + dy * ny + dz * nz);
    fx = ny * oz - nz * oy + SPIRAL * ox; fy = nz * ox - nx * oz + SPIRAL * oy; fz = nx * oy - ny * ox + SPIRAL * oz;
    scratch.u = Math.hypot(ox, oy, oz) / (layout.curls * CURL_RING);
    scratch.v = Math.hypot(s.lx - layout.parting, s.ly - WHORL_UP, s.lz - WHORL_BACK) - (WHORL_UP - 1);
    scratch.id = c.id;
  } else if (layout.flow === 'ribbon' && layout.axis) {
    fx = s.lx - layout.axis.x; fz = s.lz - layout.axis.z; fy = -RIBBON_FALL;
    scratch.u = (Math.atan2(fx, fz) * RIBBON_RADIUS_M) / clumpM;
    scratch.v = 1;
  } else if (layout.flow === 'coil') {
    const rho = Math.hypot(s.lx, s.lz) || 1e-6;
    // Round the axis and a little in (the rope's turns run to its middle); clumps lie side by side
    // across the rope, out from the axis and up its dome.
    fx = (-s.lz - COIL_IN * s.lx) / rho; fy = 0; fz = (s.lx - COIL_IN * s.lz) / rho;
    scratch.u = (rho + s.ly) / COIL_CLUMP;
    scratch.v = 1;
  } else if (layout.flow === 'crown' && layout.gather) {
    // Round the tie: the clumps fan out from it over the head, each at its angle round the line from
    // the head's middle through the tie (a bun on the crown's clumps run up the sides to it).
    const { up, fwd } = layout.gather, al = Math.hypot(up, fwd) || 1;
    fx = s.lx; fy = s.ly - up; fz = s.lz - fwd;
    scratch.u = ((Math.atan2(s.lx, (s.ly * fwd - s.lz * up) / al) + Math.PI) / (2 * Math.PI)) * CLUMPS;
    scratch.v = 1;
  } else if (layout.flow === 'crown') {
    fx = s.lx - layout.parting; fy = s.ly - WHORL_UP; fz = s.lz - WHORL_BACK;
    scratch.u = ((Math.atan2(fx, fz) + Math.PI) / (2 * Math.PI)) * CLUMPS;
    scratch.v = Math.hypot(fx, fy, fz) - (WHORL_UP - 1);
  }
  // Down the surface: the flow less its part along the normal.
  const d = fx * nx + fy * ny + fz * nz;
  let tx = fx - d * nx, ty = fy - d * ny, tz = fz - d * nz;
  if (layout.flow === 'ribbon' && !layout.axis) {
    // Across the lock: the flow crossed with the normal, and the distance along it.
    const bx = ty * nz - tz * ny, by = tz * nx - tx * nz, bz = tx * ny - ty * nx;
    const bl = 1 / (Math.hypot(bx, by, bz) || 1);
    scratch.u = ((s.lx * bx + s.ly * by + s.lz * bz) * bl) / clumpM;
    scratch.v = 1;
  }
  // Back to the world: by the transpose (the piece is scaled evenly, or nearly).
  if (m) {
    const wx = m[0]! * tx + m[1]! * ty + m[2]! * tz, wy = m[4]! * tx + m[5]! * ty + m[6]! * tz, wz = m[8]! * tx + m[9]! * ty + m[10]! * tz;
    tx = wx; ty = wy; tz = wz;
  }
  scratch.ax = tx; scratch.ay = ty; scratch.az = tz;
}

// Rounds the clump (the normal leans across the flow by `across`) and tilts it along the flow by
// `lift` (each clump catches the sheen a little higher or lower); leaves the strand direction in
// s.tx, ty, tz, square to the new normal.
function bendAcross(s: SurfaceSample, across: number, lift: number): void {
  const { nx, ny, nz } = s;
  let { ax: tx, ay: ty, az: tz } = scratch;
  let d = tx * nx + ty * ny + tz * nz;
  tx -= d * nx; ty -= d * ny; tz -= d * nz;
  let tl = 1 / (Math.hypot(tx, ty, tz) || 1);
  tx *= tl; ty *= tl; tz *= tl;
  const bx = ty * nz - tz * ny, by = tz * nx - tx * nz, bz = tx * ny - ty * nx;
  let mx = nx + across * bx + lift * tx, my = ny + across * by + lift * ty, mz = nz + across * bz + lift * tz;
  const ml = 1 / Math.hypot(mx, my, mz);
  mx *= ml; my *= ml; mz *= ml;
  s.nx = mx; s.ny = my; s.nz = mz;
  d = tx * mx + ty * my + tz * mz;
  tx -= d * mx; ty -= d * my; tz -= d * mz;
  tl = 1 / (Math.hypot(tx, ty, tz) || 1);
  s.tx = tx * tl; s.ty = ty * tl; s.tz = tz * tl;
}

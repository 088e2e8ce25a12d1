// Cloth over a bending joint, as a pattern over a sleeve's or trouser leg's weave: where an elbow or
// a knee bends the cloth bunches on the inside of the bend into folds across the limb (chevrons,
// deeper and darker the more it bends) and pulls taut and a little lighter round the outside; a
// pressed trouser leg has a crease down its front, which breaks in a fold where the hem rests on the
// shoe. The limb's own loft is a smooth tube, so without it a bent sleeve read as a bent pipe. The
// body moves the joints every frame (body-mesh.ts); the C++ twin is native/render/src/cloth-folds.cc
// (the surface pattern `cloth-folds`).
import type * as THREE from 'three';
import { clamp01, smoothstep } from '../shading/noise';
import type { SurfacePattern, SurfaceSample } from '../shading/surfaces';

// Folds at the joint, as fractions of the wearer's height where lengths: ridges 2.2 cm apart on a
// 1.8 m man, over 9 cm either side of the joint; how far they tilt the normal along the limb, how
// much their troughs darken the cloth, and how much lighter the taut outside is, at a full bend.
// chevron: how far the ridges slope back from the bend's inside line (a share of the distance
// round).
export const FOLDS = { spacingH: 0.012, reachH: 0.05, tilt: 0.6, dark: 0.25, taut: 0.06, chevron: 0.45 } as const;
// A trouser crease: its half-width (a 1.8 m man: 3 mm), how far it tilts the normal either side,
// how much lighter its pressed edge is; and the break: a fold across the front this far above the
// hem's end, this wide, tilting and darkening as much.
export const CREASE = { halfWidthH: 0.0017, tilt: 0.35, light: 0.14 } as const;
export const BREAK = { aboveH: 0.02, widthH: 0.009, tilt: 0.7, dark: 0.2 } as const;

// The shape's numbers as the pattern (and its C++ twin) reads them, after the frame's.
const SHAPE = [FOLDS.spacingH, FOLDS.reachH, FOLDS.tilt, FOLDS.dark, FOLDS.taut, FOLDS.chevron, CREASE.halfWidthH, CREASE.tilt, CREASE.light, BREAK.aboveH, BREAK.widthH, BREAK.tilt, BREAK.dark];

// One limb's joints this frame: the root (shoulder, hip), the bend (elbow, knee), the end (wrist,
// ankle) and the wearer's forward (where a trouser crease is pressed).
export interface LimbJoints { a: THREE.Vector3; b: THREE.Vector3; c: THREE.Vector3; front: THREE.Vector3 }

// What the pattern reads each frame (filled by foldFrame): the bend's joint, the limb's axis there
// (the mean of the two bones' directions), the way into the bend, the two bones' directions, the
// end joint, the forward, and how bent it is (0 straight, 1 at a right angle and beyond).
const FRAME_LENGTH = 19;
export function foldFrame(j: LimbJoints, out: Float64Array): Float64Array {
  const ux = j.b.x - j.a.x, uy = j.b.y - j.a.y, uz = j.b.z - j.a.z, ul = Math.hypot(ux, uy, uz) || 1;
  const vx = j.c.x - j.b.x, vy = j.c.y - j.b.y, vz = j.c.z - j.b.z, vl = Math.hypot(vx, vy, vz) || 1;
  const u = [ux / ul, uy / ul, uz / ul], v = [vx / vl, vy / vl, vz / vl];
  const w = [u[0]! + v[0]!, u[1]! + v[1]!, u[2]! + v[2]!], wl = Math.hypot(w[0]!, w[1]!, w[2]!) || 1;
  const n = [v[0]! - u[0]!, v[1]! - u[1]!, v[2]! - u[2]!], nl = Math.hypot(n[0]!, n[1]!, n[2]!);
  const bent = 1 - (u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!);
  out.set([j.b.x, j.b.y, j.b.z, w[0]! / wl, w[1]! / wl, w[2]! / wl, ...(nl > 1e-6 ? n.map((x) => x / nl) : [0, 0, 0]), ...u, ...v, j.c.x, j.c.y, j.c.z]);
  out[FRAME_LENGTH - 1] = smoothstep(0.02, 1, bent);
  return out;
}

// The folds over a limb's cloth. joints: updated by the body each frame; crease: a pressed trouser
// leg (its crease and its break over the shoe); hip: a trouser leg's second bend, where it folds
// across the front of the hip as the thigh lifts (walking, running, a jump's tuck, a kick): the
// joints from a point up the trunk through the hip to the knee.
export function clothFoldsPattern(cloth: SurfacePattern, joints: LimbJoints, heightM: number, crease: boolean, hip?: LimbJoints): SurfacePattern {
  const p = new Float64Array(PARAMS_LENGTH), q = new Float64Array(PARAMS_LENGTH);
  return {
    name: 'cloth-folds',
    local: false,
    nativeParams: (t) => [...(cloth.nativeParams?.(t) ?? [0.85]), ...foldParams(joints, heightM, crease, p), hip ? 1 : 0, ...(hip ? foldParams(hip, heightM, false, q) : [])],
    apply(s: SurfaceSample): void {
      cloth.apply(s);
      clothFoldsAt(s, foldParams(joints, heightM, crease, p));
      if (hip) clothFoldsAt(s, foldParams(hip, heightM, false, q));
    },
  };
}

// All clothFoldsAt reads for a limb this frame: foldFrame's numbers, the forward, the wearer's height
// (m), whether the leg is creased, and the shape (SHAPE).
// (native/render/src/surfaces/people-cloth.cc CLOTH_FOLDS_PARAMS is the same count)
export const PARAMS_LENGTH = FRAME_LENGTH + 5 + SHAPE.length;
export function foldParams(joints: LimbJoints, heightM: number, crease: boolean, out = new Float64Array(PARAMS_LENGTH)): Float64Array {
  foldFrame(joints, out);
  out[FRAME_LENGTH] = joints.front.x; out[FRAME_LENGTH + 1] = joints.front.y; out[FRAME_LENGTH + 2] = joints.front.z;
  out[FRAME_LENGTH + 3] = heightM; out[FRAME_LENGTH + 4] = crease ? 1 : 0;
  out.set(SHAPE, FRAME_LENGTH + 5);
  return out;
}

// The folds at one sample. p: foldFrame's numbers, the forward (3), height (m), crease (0/1), SHAPE.
export function clothFoldsAt(s: SurfaceSample, p: ArrayLike<number>): void {
  const H = p[22]!;
  const dx = s.x - p[0]!, dy = s.y - p[1]!, dz = s.z - p[2]!;
  const t = dx * p[3]! + dy * p[4]! + dz * p[5]!;
  // Along the bone the sample is on (the upper before the joint, the lower after it), and round it.
  const o = t > 0 ? 12 : 9, ax = p[o]!, ay = p[o + 1]!, az = p[o + 2]!;
  const along = dx * ax + dy * ay + dz * az;
  const rx = dx - along * ax, ry = dy - along * ay, rz = dz - along * az, rl = Math.sqrt(rx * rx + ry * ry + rz * rz) || 1e-9;
  const inward = (rx * p[6]! + ry * p[7]! + rz * p[8]!) / rl;
  // How far round from the inside line, as a length (for the chevrons' slope).
  const round = Math.sqrt(Math.max(0, 1 - inward * inward)) * rl;
  const reach = p[25]! * H, k = (2 * Math.PI) / (p[24]! * H);
  const tr = along / reach, near = p[18]! * Math.exp(-(tr * tr));
  if (near > 1e-3) {
    const inside = near * smoothstep(0, 0.6, inward), outside = near * smoothstep(0, 0.6, -inward);
    const phase = k * (along + p[29]! * round);
    // Ridges finer than two pixels fade to their mean shading (as the weave does).
    const fine = clamp01(1.5 - (s.footprint * k) / Math.PI);
    if (inside > 0) {
      tilt(s, ax, ay, az, p[26]! * inside * fine * Math.sin(phase));
      const k2 = 1 - p[27]! * inside * (fine * (0.5 - 0.5 * Math.cos(phase)) + (1 - fine) * 0.5);
      s.r *= k2; s.g *= k2; s.b *= k2;
    }
    if (outside > 0) { const k3 = 1 + p[28]! * outside; s.r *= k3; s.g *= k3; s.b *= k3; }
  }
  if (p[23]! > 0) creaseAt(s, p, H, t);
}

// A pressed crease down the front of the bone the sample is on, breaking over the shoe.
function creaseAt(s: SurfaceSample, p: ArrayLike<number>, H: number, t: number): void {
  const lower = t > 0, o = lower ? 12 : 9;
  const ax = p[o]!, ay = p[o + 1]!, az = p[o + 2]!;
  const qx = s.x - p[0]!, qy = s.y - p[1]!, qz = s.z - p[2]!, along = qx * ax + qy * ay + qz * az;
  const rx = qx - along * ax, ry = qy - along * ay, rz = qz - along * az;
  // The bone's front and side (the forward made square to the bone).
  const fd = p[19]! * ax + p[20]! * ay + p[21]! * az;
  let fx = p[19]! - fd * ax, fy = p[20]! - fd * ay, fz = p[21]! - fd * az;
  const fl = Math.sqrt(fx * fx + fy * fy + fz * fz) || 1;
  fx /= fl; fy /= fl; fz /= fl;
  const sx = ay * fz - az * fy, sy = az * fx - ax * fz, sz = ax * fy - ay * fx;
  const front = rx * fx + ry * fy + rz * fz, across = rx * sx + ry * sy + rz * sz;
  if (front <= 0) return;
  const facing = smoothstep(0, 0.5, front / Math.sqrt(front * front + across * across));
  // The break: a fold across the front a little above the hem's end (the ankle joint's height).
  const above = (p[15]! - s.x) * ax + (p[16]! - s.y) * ay + (p[17]! - s.z) * az;
  const e = (above - p[33]! * H) / (p[34]! * H), fold = lower ? Math.exp(-e * e) * facing : 0;
  const cw = p[30]! * H, width = Math.max(cw, s.footprint);
  const aw = across / width, line = Math.exp(-(aw * aw)) * (cw / width) * facing * (1 - fold);
  if (line > 1e-3) {
    tilt(s, sx, sy, sz, p[31]! * line * Math.sign(across));
    const k = 1 + p[32]! * line;
    s.r *= k; s.g *= k; s.b *= k;
  }
  if (fold > 1e-3) {
    // Up the leg above the fold's crest, down it below; its lower side in shadow.
    tilt(s, -ax, -ay, -az, p[35]! * e * fold);
    const k = 1 - p[36]! * fold * smoothstep(0, -1, e);
    s.r *= k; s.g *= k; s.b *= k;
  }
}

// Tilts the sample's normal towards a direction by an amount, and renormalises.
function tilt(s: SurfaceSample, x: number, y: number, z: number, by: number): void {
  const nx = s.nx + by * x, ny = s.ny + by * y, nz = s.nz + by * z, l = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
  s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
}

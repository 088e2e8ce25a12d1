// Cloth gathering at the armpit: when an arm rises, a shirt's cloth bunches where the sleeve meets
// the trunk, in folds that radiate from the armpit down the side of the chest and across its front
// and back (shallow troughs, a darker shade in each), the more the higher the arm. Laid over the
// trunk's shirt by its neckline's pattern (neckline.ts), as cloth-folds.ts lays folds over a bent
// elbow; the body moves the joints every frame (body-mesh.ts). The C++ twin is
// native/render/src/cloth-folds.cc `armpitFolds`. Without it a raised arm's shirt was a smooth
// moulded shell.
import type * as THREE from 'three';
import type { PersonPose } from '../../body/skeleton';
import type { BodyFrame } from './types';
import { clamp01, smoothstep } from '../shading/noise';
import type { SurfaceSample } from '../shading/surfaces';

// As fractions of the wearer's height where lengths: the armpit below the shoulder joint and in from
// it; how far the folds reach from it (a 1.8 m man: 15 cm) and where they start (2 cm: closer in,
// every ridge meets in a point); how many ridges a full turn would hold (12: 30 degrees apart);
// how far they tilt the normal and how much their troughs darken, with the arm raised to the level
// and beyond. rise: the upper arm's slope (from the body's up: -1 hanging, 0 level) where the folds
// start and where they are full.
export const ARMPIT = { downH: 0.045, inH: 0.012, reachH: 0.12, fromH: 0.012, ridges: 12, tilt: 0.9, dark: 0.5, rise: [-0.75, -0.1] } as const;

// The body's joints and frame this frame (body-mesh.ts fills them).
export interface ArmpitJoints {
  shoulderL: THREE.Vector3; elbowL: THREE.Vector3; shoulderR: THREE.Vector3; elbowR: THREE.Vector3;
  right: THREE.Vector3; up: THREE.Vector3;
}

// Reads this frame's joints and the body's frame into j.
export function placeArmpits(j: ArmpitJoints, pose: PersonPose, f: BodyFrame): void {
  j.shoulderL.fromArray(pose.shoulderL); j.elbowL.fromArray(pose.elbowL); j.shoulderR.fromArray(pose.shoulderR); j.elbowR.fromArray(pose.elbowR);
  j.right.copy(f.right); j.up.copy(f.up);
}

// What armpitFoldsAt reads: each side's armpit (3) and how raised its arm is (0..1), the body's up
// (3), the wearer's height, then the shape.
const SHAPE = [ARMPIT.reachH, ARMPIT.fromH, ARMPIT.ridges, ARMPIT.tilt, ARMPIT.dark];
export const ARMPIT_PARAMS = 12 + SHAPE.length;
// The neckline's JavaScript pattern calls this for every shaded sample, so it allocates nothing (a
// list of the two sides made per call cost the trunk's shading a fifth of its time).
export function armpitParams(j: ArmpitJoints, heightM: number, out = new Float64Array(ARMPIT_PARAMS)): Float64Array {
  placeSide(j, j.shoulderL, j.elbowL, -1, heightM, out, 0);
  placeSide(j, j.shoulderR, j.elbowR, 1, heightM, out, 4);
  out[8] = j.up.x; out[9] = j.up.y; out[10] = j.up.z; out[11] = heightM;
  out.set(SHAPE, 12);
  return out;
}

// One side's armpit and how raised its arm is, into out from o.
function placeSide(j: ArmpitJoints, sh: THREE.Vector3, el: THREE.Vector3, side: number, heightM: number, out: Float64Array, o: number): void {
  const ex = el.x - sh.x, ey = el.y - sh.y, ez = el.z - sh.z;
  const slope = (ex * j.up.x + ey * j.up.y + ez * j.up.z) / (Math.sqrt(ex * ex + ey * ey + ez * ez) || 1);
  const down = ARMPIT.downH * heightM, inward = -side * ARMPIT.inH * heightM;
  out[o] = sh.x - j.up.x * down + j.right.x * inward;
  out[o + 1] = sh.y - j.up.y * down + j.right.y * inward;
  out[o + 2] = sh.z - j.up.z * down + j.right.z * inward;
  out[o + 3] = smoothstep(ARMPIT.rise[0], ARMPIT.rise[1], slope);
}

// The folds at one sample, from both armpits; cloth: how much of it is the shirt's cloth (none on
// the neck's skin above the neckline).
export function armpitFoldsAt(s: SurfaceSample, p: ArrayLike<number>, cloth: number): void {
  const H = p[11]!, ux = p[8]!, uy = p[9]!, uz = p[10]!;
  const reach = p[12]! * H, from = p[13]! * H;
  for (let o = 0; o < 8; o += 4) {
    const raised = p[o + 3]!;
    if (raised <= 0) continue;
    const vx = s.x - p[o]!, vy = s.y - p[o + 1]!, vz = s.z - p[o + 2]!;
    const dist = Math.sqrt(vx * vx + vy * vy + vz * vz);
    if (dist >= 2 * reach || dist < 1e-6) continue;
    // The fold's angle down from the level round the armpit: ridges run out along lines of equal angle.
    const down = -(vx * ux + vy * uy + vz * uz);
    const hx = vx + down * ux, hy = vy + down * uy, hz = vz + down * uz, h = Math.sqrt(hx * hx + hy * hy + hz * hz) || 1e-9;
    const angle = Math.atan2(down, h);
    const dr = dist / reach;
    const near = cloth * raised * Math.exp(-dr * dr) * smoothstep(from, 2 * from, dist) * smoothstep(-0.6, 0, angle);
    if (near < 1e-3) continue;
    const phase = p[14]! * angle;
    // Ridges finer than two pixels fade to their mean shade.
    const fine = clamp01(1.5 - (s.footprint * p[14]!) / (dist * Math.PI));
    // Round the armpit, the way the angle grows (down and in, square to the ridges).
    const c = Math.cos(angle), sn = Math.sin(angle);
    const tx = (-sn * hx) / h - c * ux, ty = (-sn * hy) / h - c * uy, tz = (-sn * hz) / h - c * uz;
    const by = p[15]! * near * fine * Math.sin(phase);
    const nx = s.nx + by * tx, ny = s.ny + by * ty, nz = s.nz + by * tz, l = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
    s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
    const k = 1 - p[16]! * near * (fine * (0.5 - 0.5 * Math.cos(phase)) + (1 - fine) * 0.5);
    s.r *= k; s.g *= k; s.b *= k;
  }
}

// What a container's liquid does to the things in it: its level (the height that holds the
// particles in the cavity plus what the things displace), Archimedes' lift rho g V_submerged at
// the centre of the submerged part, and quadratic drag 1/2 rho Cd A |v| v on the part under water.
// The particles are pushed out of the things (solids.ts), so the level is the liquid's own.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import { GRAVITY } from '../physics/constants';
import type { ContainerCollider } from './container';

const DRAG_COEFFICIENT = 1.0;
// Turning in a liquid is damped too (per second, times the submerged share).
const SPIN_DAMPING = 6;

export interface Floater {
  id: string;
  body: RigidBody;
  // A sphere of this radius, or a box of these half extents.
  radiusM?: number;
  half?: readonly [number, number, number];
  // What it really takes up, when wider or flatter than that sphere (a stone is a sphere of its own
  // volume to the liquid, 4.4 cm across, but 5.6 cm wide and 3.2 cm tall): how far it reaches from
  // its centre sideways and up or down, upright (m). A container's wall keeps all of it inside.
  reach?: { sideM: number; upM: number };
  volumeM3: number;
  massKg: number;
}

// The thing's vertical reach from its centre (m) as it is turned now.
function halfHeight(f: Floater): number {
  if (f.radiusM !== undefined) return f.radiusM;
  const q = f.body.rotation();
  const h = f.half!;
  // The y row of the rotation matrix, times the half extents.
  const r10 = 2 * (q.x * q.y + q.w * q.z), r11 = 1 - 2 * (q.x * q.x + q.z * q.z), r12 = 2 * (q.y * q.z - q.w * q.x);
  return Math.abs(r10) * h[0] + Math.abs(r11) * h[1] + Math.abs(r12) * h[2];
}

// Volume of the thing below world height y.
export function submergedVolume(f: Floater, y: number): number {
  const c = f.body.translation().y;
  if (f.radiusM !== undefined) {
    const R = f.radiusM;
    const d = Math.min(Math.max(y - (c - R), 0), 2 * R);
    return (Math.PI * d * d * (3 * R - d)) / 3;
  }
  const e = halfHeight(f);
  return f.volumeM3 * Math.min(Math.max((y - (c - e)) / (2 * e), 0), 1);
}

// The world height of the liquid's surface in a container holding `liquidM3`, with the floaters
// over its cavity displacing their submerged volume.
export function levelIn(container: ContainerCollider, liquidM3: number, floaters: readonly Floater[]): number {
  const s = container.shape;
  const bottom = container.pose.position.y - s.heightM / 2;
  let lo = s.floorM, hi = s.heightM * 1.5;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const held = s.volumeBelow(mid) - floaters.reduce((sum, f) => sum + submergedVolume(f, bottom + mid), 0);
    if (held < liquidM3) lo = mid;
    else hi = mid;
  }
  return bottom + (lo + hi) / 2;
}

// One physics step of lift (unless `lift` is false: the liquid's pressure lifts it, DFSPH) and drag
// on a floater, for a liquid surface at world height `levelY`.
export function pushFloater(f: Floater, levelY: number, densityKgM3: number, dt: number, lift = true): number {
  const v = submergedVolume(f, levelY);
  if (v <= 0) return 0;
  const share = v / f.volumeM3;
  const c = f.body.translation();
  const e = halfHeight(f);
  const archimedes = densityKgM3 * GRAVITY * v;
  const width = f.radiusM ?? Math.max(f.half![0], f.half![2]);
  const area = f.radiusM !== undefined ? Math.PI * width * width : 4 * f.half![0] * f.half![2];
  const vel = f.body.linvel();
  const speed = Math.hypot(vel.x, vel.y, vel.z);
  const drag = 0.5 * densityKgM3 * DRAG_COEFFICIENT * area * share * speed;
  // Never more drag than stops the thing within the step.
  const k = Math.min(drag * dt, f.massKg);
  const bottom = c.y - e;
  const centreY = (bottom + Math.min(levelY, c.y + e)) / 2;
  if (lift) f.body.applyImpulseAtPoint({ x: 0, y: archimedes * dt, z: 0 }, { x: c.x, y: centreY, z: c.z }, true);
  f.body.applyImpulse({ x: -k * vel.x, y: -k * vel.y, z: -k * vel.z }, true);
  const w = f.body.angvel();
  const damp = Math.max(0, 1 - SPIN_DAMPING * share * dt);
  f.body.setAngvel({ x: w.x * damp, y: w.y * damp, z: w.z * damp }, true);
  return share;
}

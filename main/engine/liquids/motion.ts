// How a solid the liquid meets is moving now: its body's linear velocity (at its centre of mass),
// angular velocity and centre of mass, as Rapier has them after the physics step. DFSPH reads a
// wall's speed along its normal from it (dfsph.ts: the liquid by a moving wall is pushed at the
// wall's speed, not left for the wall to pass through).
import type { RigidBody } from '@dimforge/rapier3d-compat';

export interface Motion {
  v: readonly [number, number, number];
  w: readonly [number, number, number];
  com: readonly [number, number, number];
}

export const STILL: Motion = { v: [0, 0, 0], w: [0, 0, 0], com: [0, 0, 0] };

export function motionOf(body: RigidBody): Motion {
  const v = body.linvel(), w = body.angvel(), c = body.worldCom();
  return { v: [v.x, v.y, v.z], w: [w.x, w.y, w.z], com: [c.x, c.y, c.z] };
}

// The speed along (nx, ny, nz) of the solid's point at (x, y, z): n . (v + w x (p - com)), in the
// native twin's order (colliders.cc's normalSpeed).
export function normalSpeed(m: Motion, x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  const rx = x - m.com[0], ry = y - m.com[1], rz = z - m.com[2];
  const ux = m.v[0] + (m.w[1] * rz - m.w[2] * ry);
  const uy = m.v[1] + (m.w[2] * rx - m.w[0] * rz);
  const uz = m.v[2] + (m.w[0] * ry - m.w[1] * rx);
  return nx * ux + ny * uy + nz * uz;
}

// Writes a motion for the native solver (collider-codes.ts): v, w, com.
export function pushMotion(out: number[], m: Motion): void {
  out.push(...m.v, ...m.w, ...m.com);
}

export interface PoseLike {
  position: { x: number; y: number; z: number };
  rotation: { x: number; y: number; z: number; w: number };
}

// The motion that takes a body from pose a to pose b in dt: the translation over dt, and the turn
// (b's rotation after a's undone) as its axis times its angle over dt, about a's position.
export function sweptMotion(a: PoseLike, b: PoseLike, dt: number): Motion {
  const p = a.position, q = b.position, r = a.rotation, s = b.rotation;
  // s * conj(r)
  let x = -s.w * r.x + s.x * r.w - s.y * r.z + s.z * r.y;
  let y = -s.w * r.y + s.y * r.w - s.z * r.x + s.x * r.z;
  let z = -s.w * r.z + s.z * r.w - s.x * r.y + s.y * r.x;
  let w = s.w * r.w + s.x * r.x + s.y * r.y + s.z * r.z;
  if (w < 0) { x = -x; y = -y; z = -z; w = -w; }
  const sine = Math.sqrt(x * x + y * y + z * z);
  const k = sine > 1e-12 ? (2 * Math.atan2(sine, w)) / (sine * dt) : 2 / dt;
  return { v: [(q.x - p.x) / dt, (q.y - p.y) / dt, (q.z - p.z) / dt], w: [k * x, k * y, k * z], com: [p.x, p.y, p.z] };
}

// Rotates v by the quaternion q (or its inverse), in place.
export function rotate(v: number[], q: PoseLike['rotation'], inverse: boolean): void {
  const qx = inverse ? -q.x : q.x, qy = inverse ? -q.y : q.y, qz = inverse ? -q.z : q.z, qw = q.w;
  const [x, y, z] = v as [number, number, number];
  const tx = 2 * (qy * z - qz * y), ty = 2 * (qz * x - qx * z), tz = 2 * (qx * y - qy * x);
  v[0] = x + qw * tx + (qy * tz - qz * ty);
  v[1] = y + qw * ty + (qz * tx - qx * tz);
  v[2] = z + qw * tz + (qx * ty - qy * tx);
}

// A solid's pose and motion (and a container's pose before it, whose side of the wall a particle
// was on is judged at), as DFSPH carries it through its step (dfsph-solids.ts's carrySolids).
export interface Swept {
  pose: PoseLike;
  motion: Motion;
  before?: PoseLike;
}

// Whether a motion moves at all.
export const moves = (m: Motion): boolean => m.v[0] !== 0 || m.v[1] !== 0 || m.v[2] !== 0 || m.w[0] !== 0 || m.w[1] !== 0 || m.w[2] !== 0;

// Where a solid at `pose` is t seconds on along its motion, and its motion there: moved by v t and
// turned by w t about its centre of mass, which goes along. The turn is taken to first order (the
// quaternion (1, w t / 2) made unit: a turn of 2 atan(|w| t / 2)), within a millionth of a radian
// of w t over a liquid step's few hundredths of a radian, and with no sine, which the native
// twin's C library may round otherwise than JavaScript (native/liquid/src/collider-decode.cc).
export function carried(pose: PoseLike, m: Motion, t: number): { pose: PoseLike; motion: Motion } {
  const hx = 0.5 * t * m.w[0], hy = 0.5 * t * m.w[1], hz = 0.5 * t * m.w[2];
  const k = 1 / Math.sqrt(1 + hx * hx + hy * hy + hz * hz);
  const dx = hx * k, dy = hy * k, dz = hz * k, dw = k;
  const com = [m.com[0] + t * m.v[0], m.com[1] + t * m.v[1], m.com[2] + t * m.v[2]] as const;
  const p = pose.position, q = pose.rotation;
  const r = [p.x - m.com[0], p.y - m.com[1], p.z - m.com[2]];
  rotate(r, { x: dx, y: dy, z: dz, w: dw }, false);
  const rotation = {
    x: dw * q.x + dx * q.w + dy * q.z - dz * q.y,
    y: dw * q.y - dx * q.z + dy * q.w + dz * q.x,
    z: dw * q.z + dx * q.y - dy * q.x + dz * q.w,
    w: dw * q.w - dx * q.x - dy * q.y - dz * q.z,
  };
  return { pose: { position: { x: com[0] + r[0]!, y: com[1] + r[1]!, z: com[2] + r[2]! }, rotation }, motion: { v: m.v, w: m.w, com } };
}

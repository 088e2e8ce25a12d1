// The net under the rim is not a rigid body, but it matters: it catches a ball that drops through,
// killing most of its sideways speed, so a swish falls under the hoop instead of flying on into
// the pole. Modelled as drag on a ball whose centre is inside the net's volume.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { HoopGeometry } from './fixtures';

// Time constants (s) of the net's grip on horizontal and vertical speed.
const HORIZONTAL_TAU = 0.04;
const VERTICAL_TAU = 0.25;

export function applyNetDrag(ball: RigidBody, hoop: HoopGeometry, dt: number): void {
  const p = ball.translation();
  const [cx, cy, cz] = hoop.rimCenter;
  if (p.y > cy - 0.02 || p.y < cy - hoop.netLength) return;
  if (Math.hypot(p.x - cx, p.z - cz) > hoop.rimRadius - 0.02) return;
  const v = ball.linvel();
  const kh = Math.exp(-dt / HORIZONTAL_TAU);
  const kv = Math.exp(-dt / VERTICAL_TAU);
  ball.setLinvel({ x: v.x * kh, y: v.y * kv, z: v.z * kh }, true);
}

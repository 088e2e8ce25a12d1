// Rolling resistance. Rapier has none, so a ball set rolling on grass or sand would keep going as
// if on ice. A real ball squashes (and squashes the surface) where it touches, which pushes back
// on it with a force of about Crr * N against its motion. Here, before every step, a ball that is
// resting on a surface (the floor, a table, a ramp) and rolling rather than hitting it (its speed
// into the surface is small) loses Crr * g * cos(slope) * dt of its speed along the surface, and
// the spin that goes with that speed, so it keeps rolling without skidding. The change never
// reverses the motion: a ball that would pass zero stops there. Only the bodies' own state is used,
// so the same scene always gives the same numbers.
//
// Every world the simulator builds (the full scene, the shot planner's flight, the dribble
// calibration) calls this the same way, so the small worlds and the scene keep agreeing.
import { GRAVITY, MAX_CONTACT_GAP_M } from '../physics/constants';
import type { Vec3 } from '../../contract/world-trace-types';
import type { SceneWorld } from './world-builder';

// Faster than this into (or off) the surface, the ball is bouncing, not rolling (m/s).
const MAX_NORMAL_SPEED = 0.5;
// Surfaces steeper than this (cosine of the slope) do not carry the ball (a table's edge, a wall).
const MIN_SUPPORT_COSINE = 0.3;

interface Support {
  // Unit normal of the surface, pointing up out of it towards the ball.
  normal: Vec3;
  crr: number;
}

// The surface the ball rests on: of all touching surfaces, the most horizontal (ties: the one that
// resists more), so the choice does not depend on the order Rapier lists the contacts in.
function supportOf(scene: SceneWorld, ball: SceneWorld['balls'][number]): Support | null {
  let best: Support | null = null;
  scene.world.contactPairsWith(ball.collider, (other) => {
    const info = scene.colliders.get(other.handle);
    const crr = info?.rollingResistance;
    if (crr === undefined) return;
    scene.world.contactPair(ball.collider, other, (manifold) => {
      let gap = Infinity;
      for (let i = 0; i < manifold.numContacts(); i++) gap = Math.min(gap, manifold.contactDist(i));
      if (gap > MAX_CONTACT_GAP_M) return;
      const n = manifold.normal();
      const s = n.y < 0 ? -1 : 1;
      const normal: Vec3 = [s * n.x, s * n.y, s * n.z];
      const len = Math.hypot(normal[0], normal[1], normal[2]);
      if (!(len > 0)) return;
      const unit: Vec3 = [normal[0] / len, normal[1] / len, normal[2] / len];
      if (unit[1] < MIN_SUPPORT_COSINE) return;
      if (!best || unit[1] > best.normal[1] + 1e-9 || (Math.abs(unit[1] - best.normal[1]) <= 1e-9 && crr > best.crr)) {
        best = { normal: unit, crr };
      }
    });
  });
  return best;
}

export function applyRollingResistance(scene: SceneWorld, dt: number): void {
  for (const ball of scene.balls) {
    const body = ball.body;
    if (!body.isDynamic() || body.isSleeping()) continue;
    const support = supportOf(scene, ball);
    if (!support) continue;
    const { normal: n, crr } = support;
    const v = body.linvel();
    const vn = v.x * n[0] + v.y * n[1] + v.z * n[2];
    if (Math.abs(vn) > MAX_NORMAL_SPEED) continue;
    // Velocity along the surface, and the speed the resistance takes from it this step.
    const vt: Vec3 = [v.x - vn * n[0], v.y - vn * n[1], v.z - vn * n[2]];
    const speed = Math.hypot(vt[0], vt[1], vt[2]);
    if (speed <= 0) continue;
    const loss = Math.min(crr * ball.factor * GRAVITY * n[1] * dt, speed);
    const dv: Vec3 = [(-vt[0] / speed) * loss, (-vt[1] / speed) * loss, (-vt[2] / speed) * loss];
    body.setLinvel({ x: v.x + dv[0], y: v.y + dv[1], z: v.z + dv[2] }, true);
    // The matching spin change for rolling: omega = n x v / r.
    const w = body.angvel();
    const r = ball.radius;
    body.setAngvel(
      {
        x: w.x + (n[1] * dv[2] - n[2] * dv[1]) / r,
        y: w.y + (n[2] * dv[0] - n[0] * dv[2]) / r,
        z: w.z + (n[0] * dv[1] - n[1] * dv[0]) / r,
      },
      true,
    );
  }
}

// Where a ball struck along the ground goes, measured with the same physics the scene uses: the ball
// alone on this floor, in the state it is struck in, is given the strike's impulse at its point and
// stepped (with the scene's rolling resistance) for a given time. A repeated kick finds the touch
// that rolls the ball to where the next run-up meets it this way, as a dribble measures its bounce.
import type { Entity, Vec3 } from '../../contract/world-trace-types';
import type { Ground } from './fixtures';
import type { Rapier } from './rapier';
import { applyRollingResistance } from './rolling';
import type { BallState, RollProbe } from './schedule-types';
import { SceneWorld } from './world-builder';

function run(R: Rapier, ground: Ground, dt: number, ball: Entity, from: BallState, impulse: Vec3, point: Vec3, afterSec: number): BallState {
  const e: Entity = { ...ball, position: from.position };
  const scene = new SceneWorld(R, [e], ground, dt, { kinematic: new Set(), personCapsule: () => ({ radius: 0.1, halfHeight: 0.1 }) });
  try {
    const body = scene.bodies.get(ball.id);
    if (!body) throw new Error('The probed ball was not created.');
    body.setLinvel({ x: from.linvel[0], y: from.linvel[1], z: from.linvel[2] }, true);
    body.setAngvel({ x: from.angvel[0], y: from.angvel[1], z: from.angvel[2] }, true);
    body.applyImpulseAtPoint({ x: impulse[0], y: impulse[1], z: impulse[2] }, { x: point[0], y: point[1], z: point[2] }, true);
    const steps = Math.round(afterSec / dt);
    for (let k = 0; k < steps; k++) {
      applyRollingResistance(scene, dt);
      scene.world.step();
    }
    const p = body.translation();
    const v = body.linvel();
    const w = body.angvel();
    return { position: [p.x, p.y, p.z], linvel: [v.x, v.y, v.z], angvel: [w.x, w.y, w.z] };
  } finally {
    scene.free();
  }
}

export function rollProbe(R: Rapier, ground: Ground, dt: number): RollProbe {
  return (ball, from, impulse, point, afterSec) => run(R, ground, dt, ball, from, impulse, point, afterSec);
}

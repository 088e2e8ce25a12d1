// Forces the surroundings put on balls every step, before the step's velocities are sampled (so the
// impact-time estimate sees the speed the step really starts with): a hoop's net slows a ball
// inside it, and rolling resistance slows balls rolling on the floor, a table or a ramp.
import type { ScenePlan } from '../../contract/scene-plan';
import { hoopGeometry } from './fixtures';
import { applyNetDrag } from './net';
import { applyRollingResistance } from './rolling';
import type { SceneWorld } from './world-builder';

export function applySurfaceForces(scene: SceneWorld, plan: ScenePlan, dt: number): void {
  const hoops = plan.entities.filter((e) => e.kind === 'hoop');
  if (hoops.length > 0) {
    for (const ball of scene.balls) for (const h of hoops) applyNetDrag(ball.body, hoopGeometry(h), dt);
  }
  applyRollingResistance(scene, dt);
}

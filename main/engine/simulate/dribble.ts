// How a dribbled ball bounces on this floor, measured with the same physics the scene uses: a ball
// alone above the floor is pushed down and stepped until the top of its rebound. A bisection finds
// the push that brings the rebound's top to the hand, and the step count to that top is the beat.
// Measuring (rather than using the restitution formula) keeps the hand and the simulated ball in
// step: the scene's ball, pushed the same way at each beat, repeats exactly this bounce.
import type { Entity } from '../../contract/world-trace-types';
import type { Ground } from './fixtures';
import type { Rapier } from './rapier';
import { applyRollingResistance } from './rolling';
import { rollProbe } from './roll-probe';
import type { BallProbes, Bounce, BounceCalibrator } from './schedule-types';
import { SceneWorld } from './world-builder';

// The hardest downward push a hand gives a ball when dribbling (m/s).
export const MAX_DRIBBLE_PUSH = 7;
const MAX_BOUNCE_SEC = 3;
const BISECTION_STEPS = 28;

interface Apex {
  y: number;
  steps: number;
}

function reboundApex(R: Rapier, ball: Entity, ground: Ground, dt: number, fromY: number, push: number): Apex {
  const e: Entity = { ...ball, position: [0, fromY, 0] };
  const scene = new SceneWorld(R, [e], ground, dt, { kinematic: new Set(), personCapsule: () => ({ radius: 0.1, halfHeight: 0.1 }) });
  try {
    const body = scene.bodies.get(ball.id);
    if (!body) throw new Error('The dribble ball was not created.');
    body.setLinvel({ x: 0, y: -push, z: 0 }, true);
    let rising = false;
    let best: Apex = { y: -Infinity, steps: 0 };
    const max = Math.ceil(MAX_BOUNCE_SEC / dt);
    for (let k = 0; k < max; k++) {
      // The scene's rule, applied here too (a straight-down bounce has no speed along the floor
      // for it to take, and a bounce is too fast into the floor to count as rolling).
      applyRollingResistance(scene, dt);
      scene.world.step();
      const vy = body.linvel().y;
      if (vy > 0) rising = true;
      if (!rising) continue;
      const y = body.translation().y;
      if (y > best.y) best = { y, steps: k + 1 };
      if (vy <= 0) break;
    }
    return best;
  } finally {
    scene.free();
  }
}

export function bounceCalibrator(R: Rapier, ground: Ground, dt: number): BounceCalibrator {
  return (ball, fromY, topY): Bounce => {
    const strongest = reboundApex(R, ball, ground, dt, fromY, MAX_DRIBBLE_PUSH);
    if (strongest.y < topY) return { pushSpeed: MAX_DRIBBLE_PUSH, steps: strongest.steps, reached: false };
    let lo = 0;
    let hi = MAX_DRIBBLE_PUSH;
    let at = strongest;
    for (let i = 0; i < BISECTION_STEPS; i++) {
      const mid = (lo + hi) / 2;
      const apex = reboundApex(R, ball, ground, dt, fromY, mid);
      if (apex.y >= topY) {
        hi = mid;
        at = apex;
      } else {
        lo = mid;
      }
    }
    return { pushSpeed: hi, steps: at.steps, reached: true };
  };
}

// Both probes of the scene's floor, for a schedule.
export const ballProbes = (R: Rapier, ground: Ground, dt: number): BallProbes => ({ bounce: bounceCalibrator(R, ground, dt), roll: rollProbe(R, ground, dt) });

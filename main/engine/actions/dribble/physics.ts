// The dribbling hand: at every beat after the first the palm comes down where the ball should be
// and pushes it down again toward the next beat's target; a ball that is not there (knocked away,
// or a floor too dead to bring it back up) is simply not pushed.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';
import { rollingSpin } from '../shared/motion';

// How far the ball may be from where the palm comes down and still be pushed (metres).
const DRIBBLE_REACH = 0.15;
export const HAND_MATERIAL = 'flesh';

export interface DribbleSetup {
  ball: Entity;
  actor: Entity;
  track: ActorTrack;
  beatSteps: number[];
  // Where the ball's centre should be at each beat (index 0: where the hands hold it for the first push).
  targets: Vec3[];
  // Downward speed the push at each beat gives the ball.
  pushSpeeds: number[];
  // Whether the floor gives enough bounce for the ball to come back up to the hand at all.
  sustainable: boolean;
}

function push(d: DribbleSetup, index: number, step: number, world: StepWorld): void {
  const body = world.bodyOf(d.ball.id);
  const r = d.ball.size[0] ?? 0.1;
  const m = body.mass();
  const c = body.translation();
  const p: Vec3 = [c.x, c.y, c.z];
  const t0 = step * world.dt;
  if (index === 0) {
    // Both hands push the held ball down (its release set the velocity).
    world.touch(t0, d.ball, d.actor, HAND_MATERIAL, m * (d.pushSpeeds[0] ?? 0), [p[0], p[1] + r, p[2]]);
    return;
  }
  const target = d.targets[index] as Vec3;
  if (Math.hypot(p[0] - target[0], p[1] - target[1], p[2] - target[2]) > DRIBBLE_REACH + 0.5 * r) return;
  const v = body.linvel();
  const nextStep = d.beatSteps[index + 1];
  const next = d.targets[index + 1];
  const sec = nextStep !== undefined ? (nextStep - step) * world.dt : 0;
  const down = d.pushSpeeds[index] ?? 0;
  const nv: Vec3 = next && sec > 0 ? [(next[0] - p[0]) / sec, -down, (next[2] - p[2]) / sec] : [0, -down, 0];
  body.setLinvel({ x: nv[0], y: nv[1], z: nv[2] }, true);
  const w = rollingSpin(nv, r);
  body.setAngvel({ x: w[0], y: w[1], z: w[2] }, true);
  world.touch(t0, d.ball, d.actor, HAND_MATERIAL, m * Math.hypot(nv[0] - v.x, nv[1] - v.y, nv[2] - v.z), [p[0], p[1] + r, p[2]]);
}

export function dribbleHook(d: DribbleSetup): StepHook {
  const beatIndex = new Map(d.beatSteps.map((step, index) => [step, index]));
  return {
    beforeStep: (step, world) => {
      const index = beatIndex.get(step);
      if (index !== undefined) push(d, index, step, world);
    },
  };
}

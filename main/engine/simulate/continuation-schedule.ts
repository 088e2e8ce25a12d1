// The schedule a continued take runs from its join: the new plan's, fitted to the world as it is
// there. A ball already in flight keeps its flight (its release has happened); a ball still held or
// waiting is released on the new schedule's step (or at once, if that has passed), carried along the
// new hold path shifted to start exactly where the ball is, so nothing jumps at the join.
import { ApiError } from '../../contract/api';
import type { ScenePlan } from '../../contract/scene-plan';
import type { ActorTrack, Vec3, WorldTrace } from '../../contract/world-trace-types';
import { personPose } from '../actions/person-pose';
import { heightOf } from '../body/skeleton';
import type { Rapier } from './rapier';
import type { Ground } from './fixtures';
import type { RunState } from './run-state';
import { personCapsule, type BallControl, type Schedule, type Timing } from './schedule';
import { SceneWorld } from './world-builder';

// Below this (metres) a held ball's offset from the new hold path is rounding (Rapier keeps
// positions in 32-bit floats), not a shift.
const SAME_PLACE_M = 1e-5;

// The control carried along its hold path shifted by `offset`, released no earlier than the join.
// Changed in place: the schedule was built for this continuation alone, and an action's own hooks
// and search hold the same control (a shot's search sets its launch on it).
function shift(control: BallControl, offset: Vec3, joinStep: number): void {
  const hold = control.hold;
  if (Math.hypot(...offset) > SAME_PLACE_M) {
    control.hold = (t: number): Vec3 => {
      const p = hold(t);
      return [p[0] + offset[0], p[1] + offset[1], p[2] + offset[2]];
    };
  }
  control.releaseStep = Math.max(control.releaseStep, joinStep);
}

export function fitSchedule(R: Rapier, plan: ScenePlan, ground: Ground, timing: Timing, schedule: Schedule, state: RunState): Schedule {
  const scene = new SceneWorld(R, plan.entities, ground, timing.dt, { kinematic: new Set(), personCapsule });
  try {
    scene.restore(state.world);
    // A ball already released keeps its flight; one still held is carried on from where it is.
    const controls = schedule.controls.filter((control) => {
      const body = scene.bodies.get(control.entity.id);
      if (!body || body.isDynamic()) return false;
      const at = body.translation();
      const planned = control.hold(state.step * timing.dt);
      shift(control, [at.x - planned[0], at.y - planned[1], at.z - planned[2]], state.step);
      return true;
    });
    return { ...schedule, controls };
  } finally {
    scene.free();
  }
}

// People are moved along their tracks, not simulated: a continued take may only change what they do
// after the join, or someone would jump. Checked at every frame up to the join.
export function checkPeopleContinue(plan: ScenePlan, before: WorldTrace, tracks: readonly ActorTrack[], joinFrame: number): void {
  const old = new Map(before.actors.map((a) => [a.entityId, a]));
  for (const track of tracks) {
    const person = plan.entities.find((e) => e.id === track.entityId);
    const was = old.get(track.entityId);
    if (!person || !was) continue;
    const H = heightOf(person);
    for (let f = 0; f <= joinFrame; f++) {
      const t = f / before.fps;
      const a = personPose(was, H, t);
      const b = personPose(track, H, t);
      const same = Object.keys(a).every((joint) => a[joint as keyof typeof a].every((x, i) => x === b[joint as keyof typeof b][i]));
      if (!same) {
        throw new ApiError(
          'invalid_input',
          `That edit changes what the ${person.label || 'person'} was already doing before ${(joinFrame / before.fps).toFixed(2)} s. Start the range earlier, or regenerate the whole take.`,
        );
      }
    }
  }
}

// The catch in the simulation: the thrown ball flies free (Rapier's) until it comes within the
// waiting palms' reach around its planned arrival; then the hands have it, and it goes where they
// hold it from there on. A ball thrown wide of them is not taken: it hits her or falls past.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';
import { CATCH_GIVE_SEC, caughtBallAt } from './catch-pose';

// How far (m) the ball's centre may be from where the palms close on it and still be caught, and
// how long (s) either side of the planned arrival the hands are there to take it.
export const CATCH_REACH_M = 0.2;
const CATCH_WINDOW_SEC = 0.2;

export interface CatchSetup {
  ball: Entity;
  catcher: Entity;
  track: ActorTrack;
  heightM: number;
}

interface Caught {
  t: number;
  // Where the ball really was against the palms when taken: the hands take it up as they give.
  offset: Vec3;
}

function heldAt(d: CatchSetup, caught: Caught, t: number): Vec3 {
  const h = caughtBallAt(d.track, d.heightM, d.ball.size[0] ?? 0.1, t);
  const x = Math.min(Math.max((t - caught.t) / CATCH_GIVE_SEC, 0), 1);
  const k = 1 - x * x * (3 - 2 * x);
  return [h[0] + caught.offset[0] * k, h[1] + caught.offset[1] * k, h[2] + caught.offset[2] * k];
}

// The held ball is moved to where the hands have it by the next step.
function carry(d: CatchSetup, step: number, world: StepWorld, caught: Caught): void {
  const body = world.bodyOf(d.ball.id);
  const c = body.translation();
  const to = heldAt(d, caught, (step + 1) * world.dt);
  body.setLinvel({ x: (to[0] - c.x) / world.dt, y: (to[1] - c.y) / world.dt, z: (to[2] - c.z) / world.dt }, true);
  body.setAngvel({ x: 0, y: 0, z: 0 }, true);
}

function take(d: CatchSetup, step: number, world: StepWorld): Caught | null {
  const t = step * world.dt;
  if (Math.abs(t - d.track.releaseSec) > CATCH_WINDOW_SEC) return null;
  const body = world.bodyOf(d.ball.id);
  const c = body.translation();
  const h = caughtBallAt(d.track, d.heightM, d.ball.size[0] ?? 0.1, t);
  const offset: Vec3 = [c.x - h[0], c.y - h[1], c.z - h[2]];
  if (Math.hypot(...offset) > CATCH_REACH_M) return null;
  const v = body.linvel();
  const caught = { t, offset };
  // In her hands it no longer meets her body.
  world.ignorePeopleUntil(d.ball.id, Infinity);
  carry(d, step, world, caught);
  const nv = body.linvel();
  world.touch(t, d.ball, d.catcher, 'flesh', body.mass() * Math.hypot(nv.x - v.x, nv.y - v.y, nv.z - v.z), [c.x, c.y, c.z]);
  return caught;
}

export function catchHook(d: CatchSetup): StepHook {
  let caught: Caught | null = null;
  return {
    start: () => {
      caught = null;
    },
    beforeStep: (step, world) => {
      if (caught) carry(d, step, world, caught);
      else caught = take(d, step, world);
    },
    save: () => caught,
    resume: (state) => {
      caught = (state as Caught | null) ?? null;
    },
  };
}

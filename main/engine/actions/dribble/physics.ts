// The dribbling hand: at every beat after the first the palm comes down where the ball should be
// and pushes it down again toward the next beat's target; a ball that is not there (knocked away,
// or a floor too dead to bring it back up) is simply not pushed.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';
import { rollingSpin } from '../shared/motion';
import { DRIBBLE_GATHER_SEC as GATHER_SEC } from './pose';

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
  // The beat at which the hand catches the ball instead of pushing it, and where the hands hold
  // it from then on ("bounces it three times": the fourth beat).
  catchIndex?: number;
  held?: (t: number) => Vec3;
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

// Where the hands hold the caught ball at time t: the hands' path, from where the ball really was
// when caught (a bounce is never exactly at the palm), over the gather.
function heldAt(d: DribbleSetup, caught: Caught, t: number): Vec3 {
  const h = d.held?.(t) ?? caught.offset;
  const x = Math.min(Math.max((t - caught.t) / GATHER_SEC, 0), 1);
  const k = 1 - x * x * (3 - 2 * x);
  return [h[0] + caught.offset[0] * k, h[1] + caught.offset[1] * k, h[2] + caught.offset[2] * k];
}

interface Caught {
  t: number;
  offset: Vec3;
}

// The caught ball goes where the hands hold it by the next step (a hand's grip, as the hold before
// the first push is); the catch itself is heard as the palm stops the ball.
function carry(d: DribbleSetup, step: number, world: StepWorld, caught: Caught): void {
  const body = world.bodyOf(d.ball.id);
  const c = body.translation();
  const target = heldAt(d, caught, (step + 1) * world.dt);
  body.setLinvel({ x: (target[0] - c.x) / world.dt, y: (target[1] - c.y) / world.dt, z: (target[2] - c.z) / world.dt }, true);
  body.setAngvel({ x: 0, y: 0, z: 0 }, true);
}

// The catch, when the ball is within the palm's reach: what the hold starts from, and its sound.
function takeBall(d: DribbleSetup, step: number, world: StepWorld): Caught | null {
  const body = world.bodyOf(d.ball.id);
  const c = body.translation();
  const p: Vec3 = [c.x, c.y, c.z];
  const r = d.ball.size[0] ?? 0.1;
  const t = step * world.dt;
  const h = d.held?.(t) ?? p;
  const offset: Vec3 = [p[0] - h[0], p[1] - h[1], p[2] - h[2]];
  if (Math.hypot(offset[0], offset[1], offset[2]) > DRIBBLE_REACH + 0.5 * r) return null;
  const v = body.linvel();
  const caught = { t, offset };
  carry(d, step, world, caught);
  const nv = body.linvel();
  world.touch(t, d.ball, d.actor, HAND_MATERIAL, body.mass() * Math.hypot(nv.x - v.x, nv.y - v.y, nv.z - v.z), [p[0], p[1] + r, p[2]]);
  return caught;
}

export function dribbleHook(d: DribbleSetup): StepHook {
  const beatIndex = new Map(d.beatSteps.map((step, index) => [step, index]));
  let caught: Caught | null = null;
  return {
    start: () => {
      caught = null;
    },
    beforeStep: (step, world) => {
      const index = beatIndex.get(step);
      if (caught) carry(d, step, world, caught);
      else if (index !== undefined && index === d.catchIndex) caught = takeBall(d, step, world);
      else if (index !== undefined) push(d, index, step, world);
    },
    save: () => caught,
    resume: (state) => {
      caught = (state as Caught | null) ?? null;
    },
  };
}

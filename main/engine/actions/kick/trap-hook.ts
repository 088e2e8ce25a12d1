// The trap in the simulation: the passed ball rolls free (Rapier's) until, around its foreseen
// arrival, it comes within reach of where the receiver's sole comes down; then the sole stops it
// there. A pass that falls short is not reached for: it rolls to a stop where physics leaves it.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import type { StepHook } from '../../simulate/schedule-types';
import { SHOE_MATERIAL } from './physics';
import { trapPoint } from './trap-pose';

// How far (m) from the trap point the ball may be and still be stopped, and how long (s) either side
// of the foreseen arrival the foot is there.
export const TRAP_REACH_M = 0.15;
const TRAP_WINDOW_SEC = 0.4;
// How quickly (s) the sole draws the stopped ball in under itself.
const SETTLE_SEC = 0.1;

export interface TrapSetup {
  ball: Entity;
  receiver: Entity;
  track: ActorTrack;
  heightM: number;
}

export function trapHook(d: TrapSetup): StepHook {
  let trapped = false;
  // Where the sole comes down: it stands still for the run, so it is found once, at first need.
  let point: Vec3 | null = null;
  const trapAt = (): Vec3 => (point ??= trapPoint(d.track, d.heightM, d.ball.size[0] ?? 0.11));
  return {
    start: () => {
      trapped = false;
    },
    beforeStep: (step, world) => {
      const body = world.bodyOf(d.ball.id);
      if (trapped) {
        // Under the sole: drawn in to where the foot holds it (within SETTLE_SEC), rolling no further.
        const c = body.translation();
        const p = trapAt();
        body.setLinvel({ x: (p[0] - c.x) / SETTLE_SEC, y: Math.min(body.linvel().y, 0), z: (p[2] - c.z) / SETTLE_SEC }, true);
        body.setAngvel({ x: 0, y: 0, z: 0 }, true);
        return;
      }
      const t = step * world.dt;
      if (Math.abs(t - d.track.releaseSec) > TRAP_WINDOW_SEC) return;
      const c = body.translation();
      const p = trapAt();
      if (Math.hypot(c.x - p[0], c.z - p[2]) > TRAP_REACH_M) return;
      const v = body.linvel();
      trapped = true;
      world.ignorePeopleUntil(d.ball.id, Infinity);
      body.setLinvel({ x: 0, y: Math.min(v.y, 0), z: 0 }, true);
      body.setAngvel({ x: 0, y: 0, z: 0 }, true);
      world.touch(t, d.ball, d.receiver, SHOE_MATERIAL, body.mass() * Math.hypot(v.x, v.z), [c.x, c.y + (d.ball.size[0] ?? 0.11), c.z]);
    },
    save: () => trapped,
    resume: (state) => {
      trapped = state === true;
    },
  };
}

// The strike: when the foot arrives, if the ball is where the shoe strikes, the strike's impulse
// goes in at the touching point (off-centre hits give spin); from then on the flight is physics.
import type { Entity, Vec3 } from '../../../contract/world-trace-types';
import type { ActorTrack } from '../../../contract/world-trace-types';
import { heightOf } from '../../body/skeleton';
import { RELEASED_BALL_CLEAR_SEC } from '../../physics/constants';
import type { StepHook } from '../../simulate/schedule-types';
import { kickStrikePoint } from './pose';

// How far (metres) the kicking shoe may be from the ball's surface and still strike it.
const KICK_REACH = 0.06;
// The shoe's material for the sound of a kick (the person's own material is skin).
export const SHOE_MATERIAL = 'rubber';

export interface KickSetup {
  ball: Entity;
  actor: Entity;
  track: ActorTrack;
  // Step at whose start the foot meets the ball (track.releaseSec = contactStep * dt).
  contactStep: number;
  // Velocity the strike gives the ball.
  velocity: Vec3;
}

export function kickStrikeHook(kick: KickSetup): StepHook {
  return {
    // A ball waiting to be kicked ignores people (the capsule is only a rough stand-in for the body,
    // and the kicker's own legs reach around the ball) until shortly after the strike.
    start: (world) => world.ignorePeopleUntil(kick.ball.id, kick.contactStep + Math.ceil(RELEASED_BALL_CLEAR_SEC / world.dt)),
    beforeStep: (step, world) => {
      if (step !== kick.contactStep) return;
      const body = world.bodyOf(kick.ball.id);
      const r = kick.ball.size[0] ?? 0.1;
      const strike = kickStrikePoint(kick.track, heightOf(kick.actor));
      const c = body.translation();
      const d: Vec3 = [strike[0] - c.x, strike[1] - c.y, strike[2] - c.z];
      const dl = Math.hypot(d[0], d[1], d[2]) || 1;
      if (dl >= r + KICK_REACH) return;
      const point: Vec3 = [c.x + (d[0] / dl) * r, c.y + (d[1] / dl) * r, c.z + (d[2] / dl) * r];
      const v = body.linvel();
      const m = body.mass();
      const J: Vec3 = [m * (kick.velocity[0] - v.x), m * (kick.velocity[1] - v.y), m * (kick.velocity[2] - v.z)];
      body.applyImpulseAtPoint({ x: J[0], y: J[1], z: J[2] }, { x: point[0], y: point[1], z: point[2] }, true);
      world.touch(step * world.dt, kick.ball, kick.actor, SHOE_MATERIAL, Math.hypot(J[0], J[1], J[2]), point);
    },
  };
}

// The thrower's track and the ball in the right hand until the release, then its planned velocity.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { heldBallCentre } from '../../body/hold';
import { poseFromRig } from '../../body/pose-from-rig';
import { heightOf } from '../../body/skeleton';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId, facingAlong, idleFacing, scaled, stepAt } from '../shared/motion';
import type { ActionOf } from '../types';
import { THROW_RELEASE_AFTER_START, throwRig } from './pose';
import { isClaimed, scheduleLooseBall } from '../shared/loose-ball';
import { isThrowable } from './cast';

export function scheduleThrow(action: ActionOf<'throw'>, ctx: ScheduleContext): void {
  const { plan, timing, jitter } = ctx;
  const ball = byId(plan, action.object);
  if (!ball || !isThrowable(ball) || isClaimed(ball, ctx)) return;
  const thrower = action.actor ? byId(plan, action.actor) : undefined;
  if (!thrower || thrower.kind !== 'person' || ctx.tracks.has(thrower.id)) {
    // A throw nobody performs: the ball leaves from where it waits.
    scheduleLooseBall(ball, action.velocity, action.startSec, ctx);
    return;
  }
  const spin: [number, number, number] = [jitter.normal(0, 0.4), jitter.normal(0, 0.4), jitter.normal(0, 0.4)];
  const releaseStep = stepAt(action.startSec + THROW_RELEASE_AFTER_START, timing.dt);
  const v = action.velocity;
  const track: ActorTrack = {
    entityId: thrower.id,
    animation: 'throw',
    startSec: action.startSec,
    releaseSec: releaseStep * timing.dt,
    facing: facingAlong(v, () => idleFacing(plan, thrower)),
    position: thrower.position,
  };
  ctx.tracks.set(thrower.id, track);
  const H = heightOf(thrower);
  const r = ball.size[0] ?? 0.1;
  const k = 1 + jitter.normal(0, 0.02);
  ctx.controls.push({
    entity: ball,
    releaseStep,
    hold: (t) => heldBallCentre(poseFromRig(throwRig, track, H, t), 'one-hand', r),
    velocity: scaled(v, k),
    angvel: spin,
    actor: thrower.id,
  });
}

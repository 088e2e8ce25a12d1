// The thrower's track and the ball in the right hand until the release, then its planned velocity;
// thrown to someone, the ball is aimed at their waiting hands and they catch it (catch-hook.ts).
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import { heldBallCentre } from '../../body/hold';
import { poseFromRig } from '../../body/pose-from-rig';
import { heightOf } from '../../body/skeleton';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId, facingAlong, idleFacing, scaled, stepAt } from '../shared/motion';
import type { ActionOf } from '../types';
import { THROW_RELEASE_AFTER_START, throwRig } from './pose';
import { isClaimed, scheduleLooseBall } from '../shared/loose-ball';
import { isThrowable } from './cast';
import { throwToCatcher } from './to-catcher';
import { receivedOutcome } from '../shared/received';
import { catchHook } from './catch-hook';

// Thrown to someone: their catching track and hook, and the velocity aimed at their hands (at the
// plan's speed along the ground); null when there is no one to catch it.
function scheduleCatch(action: ActionOf<'throw'>, thrower: Entity, ball: Entity, release: Vec3, releaseSec: number, ctx: ScheduleContext): Vec3 | null {
  const catcher = action.to ? byId(ctx.plan, action.to) : undefined;
  if (!catcher || catcher.kind !== 'person' || ctx.tracks.has(catcher.id) || catcher.id === thrower.id) return null;
  const { track, velocity } = throwToCatcher(thrower, catcher, ball, release, releaseSec, action.startSec, Math.hypot(action.velocity[0], action.velocity[2]));
  ctx.tracks.set(catcher.id, track);
  ctx.hooks.push(catchHook({ ball, catcher, track, heightM: heightOf(catcher) }));
  ctx.setOutcome(receivedOutcome(ball, catcher, 'caught', 'did not come to the hands of'));
  return velocity;
}

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
  const catcher = action.to ? byId(plan, action.to) : undefined;
  const track: ActorTrack = {
    entityId: thrower.id,
    animation: 'throw',
    startSec: action.startSec,
    releaseSec: releaseStep * timing.dt,
    // Thrown to someone, the thrower faces them (the ball's way is aimed from the hand).
    facing: facingAlong(catcher ? [catcher.position[0] - thrower.position[0], 0, catcher.position[2] - thrower.position[2]] : action.velocity, () => idleFacing(plan, thrower)),
    position: thrower.position,
    ...(catcher ? { to: catcher.id } : {}),
  };
  ctx.tracks.set(thrower.id, track);
  const H = heightOf(thrower);
  const r = ball.size[0] ?? 0.1;
  const hold = (t: number): Vec3 => heldBallCentre(poseFromRig(throwRig, track, H, t), 'one-hand', r);
  const v = scheduleCatch(action, thrower, ball, hold(track.releaseSec), track.releaseSec, ctx) ?? action.velocity;
  const k = 1 + jitter.normal(0, 0.02);
  ctx.controls.push({ entity: ball, releaseStep, hold, velocity: scaled(v, k), angvel: spin, actor: thrower.id });
}

// A ball that no person holds (a drop, a roll, a throw nobody performs): it waits where the plan put
// it, nudged by a few millimetres of seeded jitter so two seeds differ as two real drops would,
// then physics takes over at startSec with the given velocity.
import type { Entity, Vec3 } from '../../../contract/world-trace-types';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { plus, rollingSpin, scaled, stepAt } from './motion';

export function scheduleLooseBall(ball: Entity, velocity: Vec3, startSec: number, ctx: ScheduleContext, rolling = false): void {
  const { jitter, timing } = ctx;
  const spin: Vec3 = [jitter.normal(0, 0.4), jitter.normal(0, 0.4), jitter.normal(0, 0.4)];
  const start: Vec3 = [ball.position[0] + jitter.normal(0, 0.003), ball.position[1], ball.position[2] + jitter.normal(0, 0.003)];
  const k = 1 + jitter.normal(0, 0.02);
  const v = scaled(velocity, k);
  // A rolled ball leaves the hand already rolling; with only the jitter spin it would skid and
  // lose 2/7 of its speed to friction in the first instant.
  const angvel = rolling ? plus(rollingSpin(v, ball.size[0] ?? 0.1), spin) : spin;
  ctx.controls.push({ entity: ball, releaseStep: stepAt(startSec, timing.dt), hold: () => start, velocity: v, angvel, actor: null });
}

// True when another action already controls this ball (one ball, one action).
export function isClaimed(ball: Entity, ctx: ScheduleContext): boolean {
  return ctx.controls.some((c) => c.entity.id === ball.id) || ctx.struck.some((b) => b.id === ball.id);
}

// The kick's schedule: the kicker's track, and the strike of each kick. A kick done again ("kicks
// the ball twice") touches the ball on first: each touch is found (by measuring this ball on this
// floor, simulate/roll-probe.ts) that rolls it to where the next run-up meets it, the kicker running
// up from where the last recovery ended; the last kick goes as planned.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import { heightOf } from '../../body/skeleton';
import type { BallState, ScheduleContext } from '../../simulate/schedule-types';
import { isClaimed } from '../shared/loose-ball';
import { byId, facingAlong, facingTowards, scaled, stepAt } from '../shared/motion';
import type { ActionOf } from '../types';
import { schedulePassReceiver } from './pass';
import { kickStrikeHook } from './physics';
import { KICK_AGAIN_SEC, KICK_CONTACT_AFTER_START, kickAgainM, kickStrikePoint, kickTrackOf, kicksThatFit } from './pose';

// The hardest touch tried (m/s), and the bisection's steps (the touch to a tenth of a millimetre).
const MAX_TOUCH_MPS = 8;
const BISECTION_STEPS = 24;

interface Touch {
  velocity: Vec3;
  // The ball's state when the next kick meets it.
  next: BallState;
}

// The strike of kick k on a ball in state `from`: its impulse for a target velocity, at its point.
function strikeOn(ball: Entity, from: BallState, strike: Vec3, velocity: Vec3): { impulse: Vec3; point: Vec3 } {
  const c = from.position;
  const r = ball.size[0] ?? 0.1;
  const d: Vec3 = [strike[0] - c[0], strike[1] - c[1], strike[2] - c[2]];
  const dl = Math.hypot(d[0], d[1], d[2]) || 1;
  const point: Vec3 = [c[0] + (d[0] / dl) * r, c[1] + (d[1] / dl) * r, c[2] + (d[2] / dl) * r];
  const m = ball.mass;
  return { impulse: [m * (velocity[0] - from.linvel[0]), m * (velocity[1] - from.linvel[1]), m * (velocity[2] - from.linvel[2])], point };
}

// The touch along `fwd` that brings the ball `stepM` on in KICK_AGAIN_SEC.
function findTouch(ctx: ScheduleContext, ball: Entity, from: BallState, strike: Vec3, fwd: Vec3, stepM: number): Touch {
  const along = (s: BallState): number => (s.position[0] - from.position[0]) * fwd[0] + (s.position[2] - from.position[2]) * fwd[2];
  const roll = (u: number): BallState => {
    const { impulse, point } = strikeOn(ball, from, strike, scaled(fwd, u));
    return ctx.roll(ball, from, impulse, point, KICK_AGAIN_SEC);
  };
  let lo = 0;
  let hi = MAX_TOUCH_MPS;
  let next = roll(hi);
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (lo + hi) / 2;
    const s = roll(mid);
    if (along(s) >= stepM) {
      hi = mid;
      next = s;
    } else lo = mid;
  }
  return { velocity: scaled(fwd, hi), next };
}

export function scheduleKick(action: ActionOf<'kick'>, ctx: ScheduleContext): void {
  const ball = byId(ctx.plan, action.object);
  const person = byId(ctx.plan, action.actor);
  if (!ball || ball.kind !== 'ball' || isClaimed(ball, ctx) || !person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
  const { dt } = ctx.timing;
  const H = heightOf(person);
  const n = Math.min(action.times ?? 1, kicksThatFit(ctx.timing.durationSec, action.startSec));
  const first = stepAt(action.startSec + KICK_CONTACT_AFTER_START, dt);
  const contacts = Array.from({ length: n }, (_, k) => first + k * stepAt(KICK_AGAIN_SEC, dt));
  const track: ActorTrack = {
    entityId: person.id,
    animation: 'kick',
    startSec: action.startSec,
    releaseSec: first * dt,
    facing: facingAlong(action.velocity, () => facingTowards(person.position, ball.position)),
    position: person.position,
    ...(n > 1 ? { beats: contacts.map((c) => c * dt), stepM: kickAgainM(H) } : {}),
  };
  ctx.tracks.set(person.id, track);
  ctx.struck.push(ball);
  const fwd: Vec3 = [Math.cos(track.facing), 0, -Math.sin(track.facing)];
  let state: BallState = { position: ball.position, linvel: [0, 0, 0], angvel: [0, 0, 0] };
  contacts.forEach((contactStep, k) => {
    const one = kickTrackOf(track, k);
    let velocity: Vec3;
    if (k < n - 1) {
      const touch = findTouch(ctx, ball, state, kickStrikePoint(one, H), fwd, track.stepM ?? 0);
      velocity = touch.velocity;
      state = touch.next;
    } else {
      // A pass: aimed to reach the one it is for, who stops it.
      const receiver = action.to ? byId(ctx.plan, action.to) : undefined;
      const passed = receiver && receiver.kind === 'person' && receiver.id !== person.id && !ctx.tracks.has(receiver.id)
        ? schedulePassReceiver(ctx, ball, person, receiver, action.velocity, (v) => strikeOn(ball, state, kickStrikePoint(one, H), v), contactStep * dt, action.startSec)
        : action.velocity;
      velocity = scaled(passed, 1 + ctx.jitter.normal(0, 0.02));
    }
    ctx.hooks.push(kickStrikeHook({ ball, actor: person, track: one, contactStep, velocity }));
  });
}

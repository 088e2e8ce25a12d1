// The dribble's beat comes from the ball and the floor: the first push sends the ball from the
// hands to the floor and back up under the palm; every later push repeats the same bounce. The
// beats land on physics steps so the hand and the simulated ball meet at the same instant.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import { heldBallCentre } from '../../body/hold';
import { heightOf } from '../../body/skeleton';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { isClaimed } from '../shared/loose-ball';
import { byId, facingTowards, pushVelocity, rollingSpin, stepAt } from '../shared/motion';
import type { ActionOf } from '../types';
import { dribbleHook, type DribbleSetup } from './physics';
import { DRIBBLE_FIRST_PUSH_AFTER_START, dribbleBallTop, dribbleCaughtBall, dribblePose } from './pose';

const MAX_BEATS = 400;

function planDribble(action: ActionOf<'dribble'>, ball: Entity, person: Entity, ctx: ScheduleContext): DribbleSetup {
  const { dt, durationSec } = ctx.timing;
  const H = heightOf(person);
  const r = ball.size[0] ?? 0.1;
  const firstStep = stepAt(action.startSec + DRIBBLE_FIRST_PUSH_AFTER_START, dt);
  const base: ActorTrack = { entityId: person.id, animation: 'dribble', startSec: action.startSec, releaseSec: firstStep * dt, facing: 0, position: person.position };
  // Face so that the ball the plan put in front of the person sits in the hands.
  const held = heldBallCentre(dribblePose(base, H, 0), 'two-hands', r);
  const localYaw = Math.atan2(-(held[2] - person.position[2]), held[0] - person.position[0]);
  const toBall = Math.hypot(ball.position[0] - person.position[0], ball.position[2] - person.position[2]) > 0.05 ? facingTowards(person.position, ball.position) : 0;
  const provisional: ActorTrack = { ...base, facing: toBall - localYaw };
  const from = heldBallCentre(dribblePose(provisional, H, provisional.releaseSec), 'two-hands', r);
  const top = dribbleBallTop(provisional, H, r, 1);
  const first = ctx.bounce(ball, from[1], top[1]);
  const steady = first.reached ? ctx.bounce(ball, top[1], top[1]) : first;
  const sustainable = first.reached && steady.reached;
  const beatSteps = [firstStep];
  if (sustainable) {
    beatSteps.push(firstStep + first.steps);
    // Beats through one past the end of the clip, so the last push in the clip has a target.
    // Counted bounces: one beat per bounce, and one more where the hand catches the ball.
    const most = action.bounces !== undefined ? action.bounces + 1 : MAX_BEATS;
    while (((beatSteps[beatSteps.length - 1] as number) - steady.steps) * dt < durationSec && beatSteps.length < most) {
      beatSteps.push((beatSteps[beatSteps.length - 1] as number) + steady.steps);
    }
  }
  const catchIndex = action.bounces !== undefined && beatSteps.length === action.bounces + 1 ? action.bounces : undefined;
  const track: ActorTrack = { ...provisional, beats: beatSteps.map((k) => k * dt), ...(catchIndex !== undefined ? { catchSec: (beatSteps[catchIndex] as number) * dt } : {}) };
  const targets = beatSteps.map((_, i) => (i === 0 ? heldBallCentre(dribblePose(track, H, track.releaseSec), 'two-hands', r) : dribbleBallTop(track, H, r, i)));
  const pushSpeeds = beatSteps.map((_, i) => (i === 0 ? first.pushSpeed : steady.pushSpeed));
  const caught = catchIndex !== undefined ? { catchIndex, held: (t: number) => dribbleCaughtBall(track, H, r, t) } : {};
  return { ball, actor: person, track, beatSteps, targets, pushSpeeds, sustainable, ...caught };
}

export function scheduleDribble(action: ActionOf<'dribble'>, ctx: ScheduleContext): void {
  const ball = byId(ctx.plan, action.object);
  const person = byId(ctx.plan, action.actor);
  if (!ball || ball.kind !== 'ball' || isClaimed(ball, ctx) || !person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
  const d = planDribble(action, ball, person, ctx);
  ctx.tracks.set(person.id, d.track);
  const dt = ctx.timing.dt;
  const firstSec = ((d.beatSteps[1] ?? d.beatSteps[0] ?? 0) - (d.beatSteps[0] ?? 0)) * dt;
  const velocity = pushVelocity(d.targets[0] as Vec3, d.targets[1], firstSec, d.pushSpeeds[0] ?? 0);
  const H = heightOf(person);
  const r = ball.size[0] ?? 0.1;
  ctx.controls.push({
    entity: ball,
    releaseStep: d.beatSteps[0] ?? 0,
    hold: (t) => heldBallCentre(dribblePose(d.track, H, t), 'two-hands', r),
    velocity,
    angvel: rollingSpin(velocity, r),
    actor: person.id,
    clearSec: Infinity,
  });
  ctx.hooks.push(dribbleHook(d));
}

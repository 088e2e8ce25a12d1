// A pass: a kick along the ground to someone ("a boy passes the ball to a girl", "two kids pass a
// ball"). Whom it is for, where they stand, and (in the schedule) when the rolling ball reaches the
// foot they stop it with, foreseen by rolling this ball on this floor (simulate/roll-probe.ts).
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import type { CastScene } from '../../cast/cast-scene';
import { personNamedAfterTo } from '../shared/named-to';
import { heightOf } from '../../body/skeleton';
import type { BallState, ScheduleContext } from '../../simulate/schedule-types';
import { facingTowards } from '../shared/motion';
import { receivedOutcome } from '../shared/received';
import { trapHook } from './trap-hook';
import { trapPoint } from './trap-pose';

export const PASS = ['pass', 'passes', 'passed', 'passing'];
// How far (m) the receiver stands from the ball, and how fast (m/s) it is passed along the ground.
export const PASS_GAP_M = 5;
export const PASS_MPS = 4.5;
// The longest (s) a pass is followed to find when it arrives, the hardest pass (m/s), how far past
// the receiver's foot the pass would roll unstopped (m), and each search's bisection steps.
const LONGEST_SEC = 3;
const MAX_PASS_MPS = 14;
const PASS_ON_M = 1.5;
const SEARCH_STEPS = 12;

// Whom a kick is for: a person named after "to" close behind the verb, or, when the prompt says
// "pass" with no one named, the other person in the scene ("two kids pass a ball").
export function passedTo(scene: CastScene, kicker: Entity): Entity | undefined {
  const at = scene.words.verbAt('kick');
  return personNamedAfterTo(scene, kicker, at) ?? (PASS.includes(scene.words.words[at] ?? '') ? scene.people.find((p) => p !== kicker) : undefined);
}

type Strike = (velocity: Vec3) => { impulse: Vec3; point: Vec3 };

// Bisection: the least x in [lo, hi] with ok(x) (hi when none is).
function least(lo: number, hi: number, steps: number, ok: (x: number) => boolean): number {
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

// The receiver's track: facing the ball, the foot coming down on it when it is foreseen to arrive.
// The pass is aimed along the plan's velocity at its speed, or faster where that would not roll the
// ball PASS_ON_M past the receiver's foot on this floor (grass takes a soft pass to a stop a few metres on), found by
// rolling it (`strike` turns a velocity into the foot's impulse). Returns the pass's velocity.
export function schedulePassReceiver(ctx: ScheduleContext, ball: Entity, kicker: Entity, receiver: Entity, along: Vec3, strike: Strike, contactSec: number, startSec: number): Vec3 {
  const H = heightOf(receiver);
  const r = ball.size[0] ?? 0.11;
  const track: ActorTrack = { entityId: receiver.id, animation: 'trap', startSec, releaseSec: contactSec + LONGEST_SEC, facing: facingTowards(receiver.position, ball.position), position: receiver.position, to: kicker.id };
  const p = trapPoint(track, H, r);
  const from: BallState = { position: ball.position, linvel: [0, 0, 0], angvel: [0, 0, 0] };
  const planned = Math.hypot(along[0], along[2]) || 1;
  const velocityAt = (mps: number): Vec3 => [(along[0] / planned) * mps, 0, (along[2] / planned) * mps];
  const gone = (mps: number, sec: number): number => {
    const hit = strike(velocityAt(mps));
    const s = ctx.roll(ball, from, hit.impulse, hit.point, sec);
    return Math.hypot(s.position[0] - from.position[0], s.position[2] - from.position[2]);
  };
  const need = Math.hypot(p[0] - from.position[0], p[2] - from.position[2]);
  // At least as firm as the plan's pass (on a hard floor the least that gets there is a dawdle).
  const mps = Math.max(planned, least(0, MAX_PASS_MPS, SEARCH_STEPS, (v) => gone(v, LONGEST_SEC) >= need + PASS_ON_M));
  // When it has come as far as the trap point.
  track.releaseSec = contactSec + least(0, LONGEST_SEC, SEARCH_STEPS, (sec) => gone(mps, sec) >= need);
  ctx.tracks.set(receiver.id, track);
  ctx.hooks.push(trapHook({ ball, receiver, track, heightM: H }));
  ctx.setOutcome(receivedOutcome(ball, receiver, 'stopped', 'did not come to the foot of'));
  return velocityAt(mps);
}

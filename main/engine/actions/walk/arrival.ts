// A person who walked up to where their hand then works (then-lift.ts): their arm once they have
// stopped, and their hand's way while they walk. The walk's track stays theirs (their steps are
// drawn and heard); their own hand goes with the hand their walk swings until it comes up to reach,
// so the arm drawn to it (body/reach.ts) is the walk's own until then.
import type { Vec3 } from '../../../contract/scene-plan';
import type { ActorTrack } from '../../../contract/world-trace-types';
import { poseFromRig } from '../../body/pose-from-rig';
import { armReachM } from '../../body/reach';
import { heightOf } from '../../body/skeleton';
import { palmHanging } from '../../hands/hand-shape';
import type { HandKey, HandPlan } from '../../hands/path';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId } from '../shared/motion';
import type { OwnArm } from '../shared/own-hand';
import { walkRig } from './pose';

const KEYS_PER_SEC = 20;
// The arm is read this long after the last step lands, the feet together and the body settled (s).
const SETTLE_SEC = 0.3;

// The person's walk track, if the scene has them walk.
function walkOf(ctx: ScheduleContext, ownerId: string | undefined): ActorTrack | undefined {
  const track = ownerId ? ctx.tracks.get(ownerId) : undefined;
  return track && (track.animation === 'walk' || track.animation === 'run') ? track : undefined;
}

const rightOf = (facing: number): Vec3 => [Math.sin(facing), 0, Math.cos(facing)];

// The owner's arm where their walk left them; none when they did not walk.
export function arrivedArm(ctx: ScheduleContext, ownerId: string | undefined): OwnArm | undefined {
  const track = walkOf(ctx, ownerId);
  const person = ownerId ? byId(ctx.plan, ownerId) : undefined;
  if (!track || !person || person.kind !== 'person') return undefined;
  const H = heightOf(person);
  const pose = poseFromRig(walkRig, track, H, track.releaseSec + SETTLE_SEC);
  const right = rightOf(track.facing);
  return { owner: person.id, rest: pose.handR, restQ: palmHanging(right[0], right[2]), shoulder: pose.shoulderR, reachM: armReachM(H) };
}

// The plan with the walker's hand going where their walk swings it until the plan's first key.
export function walkingHand(ctx: ScheduleContext, plan: HandPlan): HandPlan {
  const track = walkOf(ctx, plan.owner);
  const person = plan.owner ? byId(ctx.plan, plan.owner) : undefined;
  const first = plan.keys[0];
  if (!track || !person || !first) return plan;
  const H = heightOf(person);
  const right = rightOf(track.facing);
  const q = palmHanging(right[0], right[2]);
  const keys: HandKey[] = [];
  for (let k = 0; k / KEYS_PER_SEC < first.t; k++) {
    const t = k / KEYS_PER_SEC;
    keys.push({ t, p: poseFromRig(walkRig, track, H, t).handR, q, ease: 'smooth' });
  }
  return { ...plan, keys: [...keys, ...plan.keys] };
}

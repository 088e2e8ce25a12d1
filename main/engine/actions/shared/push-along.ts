// Things pushed along a surface and let go: a book slid across the table, a box pushed off its edge.
// Each is laid where the push starts and given the speed that friction brings to rest where it
// should (Coulomb: v^2 = 2 mu g d); the first is pushed by a hand (the doer's, else one from outside
// the frame), whose stroke brings it up to that speed.
import type { Action, Entity, Vec3 } from '../../../contract/scene-plan';
import { round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { GRAVITY } from '../../physics/constants';
import { HandHook } from '../../hands/hand-hook';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { pushTurns, withNextId, type PushTouch, type PushTurn } from './hand-moves';
import { byId, stepAt } from './motion';
import { castEachByHand, ownArm, type PushAction } from './own-hand';
import { TouchHook } from './push-hook';
import type { Surface } from './tabletop';

type Slide = Extract<Action, { kind: 'slide' }>;

// How far along the surface a slid thing should come to rest (metres), before the speed factor.
const SLIDE_M = 0.45;
// Pushed off the table's edge: from this far in from it, to pass it by this much.
const OFF_PAST_M = 0.25;
const OFF_FROM_M = 0.4;
const START_SEC = 0.4;
// The hand's stroke (m): it brings the thing up to speed over this much of the way, so the speed it
// lets go at is the one that slides it the rest (a hand-pushed book went 18 cm past where it should).
export const STROKE_M = 0.1;

// Lays `things` side by side on the surface, each with its slide (off the edge when `off`), and
// casts the hands that push them (castEachByHand). Returns the slides.
export function pushAlong(scene: CastScene, things: readonly Entity[], s: Surface, off: boolean): Slide[] {
  const startX = off ? s.halfLengthM - OFF_FROM_M : -Math.min(s.halfLengthM - 0.1, 0.5);
  const slideM = off ? s.halfLengthM - startX + OFF_PAST_M : SLIDE_M;
  const slides = things.map((t, i): Slide => {
    // Lying as it usually does (a book flat), side by side across the surface.
    t.position = v3(startX, s.topY + (t.size[1] ?? 0.05), (i - (things.length - 1) / 2) * 0.25);
    return { kind: 'slide', object: t.id, velocity: v3(0, 0, 0), startSec: round(scene.startAt(START_SEC + 0.3 * i)) };
  });
  scene.actions.push(...slides);
  castEachByHand(scene, slides);
  slides.forEach((slide, i) => {
    const t = things[i] as Entity;
    const mu = (t.friction + s.friction) / 2;
    // One pushed by hand slides the way left after the stroke.
    slide.velocity = v3(Math.sqrt(2 * mu * GRAVITY * (slide.byHand ? slideM - STROKE_M : slideM)) * Math.sqrt(scene.speed), 0, 0);
  });
  return slides;
}

// The hand's push (the doer's own, else one from outside the frame): its palm comes to rest against
// the thing and speeds it up to `velocity` over `strokeM`. The palm arrives at rest, so physics
// hears no impact: the touch is told where and when the palm meets it, with the momentum the push
// gives (a slid box with nothing heard read as moving by itself).
export function schedulePush(e: Entity, velocity: Vec3, startSec: number, by: string | undefined, ctx: ScheduleContext, strokeM?: number): void {
  schedulePushes([{ e, velocity, startSec }], by, ctx, strokeM);
}

// Several pushes by one hand, in turn (pushTurns), each heard as its palm meets its thing.
export function schedulePushes(turns: readonly PushTurn[], by: string | undefined, ctx: ScheduleContext, strokeM?: number): void {
  const [first] = turns;
  if (!first) return;
  const pushes = pushTurns(turns, ownArm(ctx, by, first.e.position), strokeM);
  const plan = withNextId((pushes[0] as PushTouch).plan, ctx.hooks);
  ctx.hooks.push(new HandHook(plan, ctx.plan.entities));
  pushes.forEach((push, i) => {
    const { e, velocity } = turns[i] as PushTurn;
    const momentum = e.mass * Math.hypot(velocity[0], velocity[1], velocity[2]);
    ctx.hooks.push(new TouchHook(e, plan.id, push.point, momentum, stepAt(push.touchSec, ctx.timing.dt)));
  });
}

type ObjectPush = Extract<PushAction, { object: string }>;

// The pushes one hand gives in turn (castEachByHand: every thing of a kind set going by the same
// doer's hand, or by the hand from outside the frame), as `action`'s schedule finds them: all of
// them when it is the first (its schedule makes the hand), none when it is a later one. `pushed`:
// which of the kind's actions are pushes (a fall let go from a hold is not).
export function handTurnsOf<A extends ObjectPush>(action: A, ctx: ScheduleContext, pushed: (a: A) => boolean = () => true): PushTurn[] {
  const mine = ctx.plan.actions.filter((a): a is A => a.kind === action.kind && Boolean(a.byHand) && a.by === action.by && pushed(a as A));
  if (mine[0] !== action) return [];
  return mine.flatMap((a) => {
    const e = byId(ctx.plan, a.object);
    return e && 'velocity' in a && a.velocity ? [{ e, velocity: a.velocity, startSec: a.startSec }] : [];
  });
}

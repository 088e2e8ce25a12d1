// Casting and scheduling a ball rolled from a person's hand (from-hand.ts): the person stands back
// from the middle of the scene, facing the way the ball will roll, the ball in their hand.
import type { Entity } from '../../../contract/scene-plan';
import { round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { HandHook } from '../../hands/hand-hook';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { DOWN_SEC } from '../crouch/pose';
import { withNextId } from '../shared/hand-moves';
import { stepAt } from '../shared/motion';
import { ownArm } from '../shared/own-hand';
import type { ActionOf } from '../types';
import { bowlFromHand, SWING_SEC } from './from-hand';

// Where the person stands (m along the roll), and when they start to crouch (s).
const STAND_X = -2.6;
const CROUCH_AT_SEC = 0.4;

export function castRollFromHand(scene: CastScene, person: Entity, ball: Entity): void {
  const r = ball.size[0] ?? 0.1;
  const releaseSec = round(scene.startAt(CROUCH_AT_SEC) + DOWN_SEC + SWING_SEC);
  // Stood so the ball rolls along the middle line (z = 0).
  person.position = v3(STAND_X, 0, 0);
  const offset = bowlFromHand(person, r, releaseSec).ballAt(releaseSec)[2];
  person.position = v3(STAND_X, 0, -offset);
  const bowl = bowlFromHand(person, r, releaseSec);
  const [x, y, z] = bowl.ballAt(0);
  ball.position = v3(x, y, z);
  scene.actions.push({ kind: 'roll', object: ball.id, velocity: v3(...bowl.velocity), startSec: releaseSec, byHand: true, by: person.id, fromHand: true });
}

// The person's crouch, their hand's swing (drawn, and the arm reaching it) and the ball carried in
// it until the release, then let go at the hand's speed.
export function scheduleRollFromHand(action: ActionOf<'roll'>, ball: Entity, ctx: ScheduleContext): void {
  const person = ctx.plan.entities.find((e) => e.id === action.by && e.kind === 'person');
  if (!person) return;
  const arm = ownArm(ctx, person.id, ball.position);
  const bowl = bowlFromHand(person, ball.size[0] ?? 0.1, action.startSec, arm);
  ctx.tracks.set(person.id, bowl.track);
  ctx.hooks.push(new HandHook(withNextId(bowl.plan, ctx.hooks), ctx.plan.entities));
  ctx.controls.push({ entity: ball, releaseStep: stepAt(bowl.releaseSec, ctx.timing.dt), hold: bowl.ballAt, velocity: bowl.velocity, angvel: bowl.angvel, actor: person.id });
}

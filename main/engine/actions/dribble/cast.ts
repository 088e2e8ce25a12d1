// A dribble: the dribbler stands with the ball held at the waist; the simulation works out the
// bounce. Other balls rest on the floor nearby.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { heldBallCentre } from '../../body/hold';
import { placeAside, placeBystanders, pyramidPositions, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { ActionOf, CastResult } from '../types';
import { DRIBBLE_FIRST_PUSH_AFTER_START, dribblePose } from './pose';

export function implyDribble(ctx: DraftContext): void {
  ctx.promotePlainBall('basketball');
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'baller' });
  if (!ctx.has('ball')) ctx.addImplied('ball', { kind: 'ball', key: 'basketball' });
}

// How many bounces fit in the clip with the catch and a moment held after it: a basketball dribbled
// at the waist bounces every 0.62 s on a gym floor (the beat the schedule measures; a livelier ball
// is quicker), the first from the belly a little longer.
const BOUNCE_SEC = 0.65;
const HELD_AFTER_CATCH_SEC = 0.5;
export const bouncesThatFit = (durationSec: number, startSec: number): number =>
  Math.max(1, Math.floor((durationSec - startSec - DRIBBLE_FIRST_PUSH_AFTER_START - HELD_AFTER_CATCH_SEC) / BOUNCE_SEC));

// How many times the planned dribble bounces the ball, and why not more than that.
export function dribbleTimes(action: ActionOf<'dribble'>, scene: CastScene): { done: number; short?: string } {
  const fit = bouncesThatFit(scene.durationSec, action.startSec);
  return { done: action.bounces ?? fit, short: `more bounces than that do not fit in the ${scene.durationSec} s clip` };
}

export function castDribble(scene: CastScene): CastResult {
  const dribbler = scene.actorFor(scene.words.verbAt('dribble'), true);
  const [ball, ...spare] = scene.balls;
  if (!dribbler || !ball) throw new Error('A dribble was cast without a dribbler and a ball.');
  dribbler.position = v3(-0.3, 0, 0);
  const startSec = round(Math.max(0, Math.min(0.4, scene.durationSec - DRIBBLE_FIRST_PUSH_AFTER_START - 0.5)));
  const track = { entityId: dribbler.id, animation: 'dribble' as const, startSec, releaseSec: startSec + DRIBBLE_FIRST_PUSH_AFTER_START, facing: 0, position: dribbler.position };
  ball.position = heldBallCentre(dribblePose(track, dribbler.size[0] ?? 1.75, 0), 'two-hands', ball.size[0] ?? 0.1).map(round) as Vec3;
  const bounces = scene.times > 1 ? Math.min(scene.times, bouncesThatFit(scene.durationSec, startSec)) : undefined;
  scene.actions.push({ kind: 'dribble', actor: dribbler.id, object: ball.id, startSec, ...(bounces !== undefined ? { bounces } : {}) });
  spare.forEach((b, i) => {
    b.position = v3(-1.2 - i * 0.4, b.size[0] ?? 0.1, -0.8);
  });
  placeBystanders(scene.people.filter((p) => p !== dribbler), -1.0);
  const boxes = scene.boxes;
  if (boxes.length > 0) {
    pyramidPositions(boxes.length, (boxes[0] as Entity).size, 2.2, 0, -0.5).forEach((p, i) => {
      (boxes[i] as Entity).position = p;
    });
  }
  placeAside([...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3.2);
  return { focus: ball.id, defaultSetting: scene.homeOf(ball, 'gym'), shot: 'medium' };
}

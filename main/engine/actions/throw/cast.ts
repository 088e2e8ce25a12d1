// A throw: the thrower stands back with the ball in the right hand and throws it at the boxes
// (a shallow arc aimed at the stack), against a wall (flat, at its face), or, with nothing to aim
// at, forward in a high arc; to someone ("throws a ball to a woman"), at her hands, she facing him a
// few metres off.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { heldBallCentre } from '../../body/hold';
import { poseFromRig } from '../../body/pose-from-rig';
import { aimVelocity, placeAside, placeBystanders, round, towerPositions, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { personNamedAfterTo } from '../shared/named-to';
import type { DraftContext } from '../../cast/draft-context';
import type { CastResult } from '../types';
import { WALL } from '../../prompt/vocabulary';
import { THROW_RELEASE_AFTER_START, throwRig } from './pose';
import { throwToCatcher } from './to-catcher';
import { PASS } from '../kick/pass';

// Solid things small enough to throw like a ball ("a kid throws a stone"); the rest of the catalog
// breaks or holds liquid, and is not thrown.
export const THROWABLE_FORMS: readonly string[] = ['stone', 'apple'];

// A wall thrown against stands with its face this far along the throw (m), hit this high (m).
const WALL_AT_M = 1.5;
const WALL_HIT_Y_M = 1.2;

// How far (m) the catcher stands from the thrower, and how fast (m/s) the ball crosses the ground
// between them: a friendly throw, about three quarters of a second in the air.
const CATCH_GAP_M = 4.5;
const CATCH_ACROSS_MPS = 6;

export const isThrowable = (e: Pick<Entity, 'kind' | 'form'>): boolean => e.kind === 'ball' || (e.kind === 'object' && THROWABLE_FORMS.includes(e.form ?? ''));

export function implyThrow(ctx: DraftContext): void {
  const throwable = ctx.draftsOf('object').some((d) => d.target.kind === 'object' && THROWABLE_FORMS.includes(d.target.form));
  if (!ctx.has('ball') && !throwable) ctx.addImplied('ball', { kind: 'ball', key: 'generic' });
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

function heldAt(thrower: Entity, ball: Entity, startSec: number, t: number): Vec3 {
  const track = { entityId: thrower.id, animation: 'throw' as const, startSec, releaseSec: startSec + THROW_RELEASE_AFTER_START, facing: 0, position: thrower.position };
  return heldBallCentre(poseFromRig(throwRig, track, thrower.size[0] ?? 1.75, t), 'one-hand', ball.size[0] ?? 0.1);
}

// Where the throw is said: a pass said first ("passes the ball to a girl by throwing it") names who
// throws and to whom.
function throwSaidAt(scene: CastScene): number {
  const at = scene.words.verbAt('throw');
  const pass = scene.words.words.findIndex((w) => PASS.includes(w));
  return pass >= 0 && pass < at ? pass : at;
}

export function castThrow(scene: CastScene): CastResult {
  const saidAt = throwSaidAt(scene);
  const thrower = scene.actorFor(saidAt, false);
  const [ball] = scene.balls.length > 0 ? scene.balls : scene.of('object').filter(isThrowable);
  if (!thrower || !ball) throw new Error('A throw was cast without a thrower and a ball.');
  thrower.position = v3(-2.5, 0, 0);
  const startSec = scene.startAt(0.5);
  ball.position = heldAt(thrower, ball, startSec, 0).map(round) as Vec3;
  const heavy = ball.mass > 2;
  const boxes = scene.boxes;
  const [wall] = scene.of('wall');
  // At the boxes or the wall when they are there; else to whom the prompt names.
  const catcher = boxes.length > 0 || wall ? undefined : personNamedAfterTo(scene, thrower, saidAt);
  let velocity: Vec3;
  if (boxes.length > 0) {
    const first = boxes[0] as Entity;
    const stack = towerPositions(boxes.length, first.size, 1.5, 0, 0);
    stack.forEach((p, i) => {
      (boxes[i] as Entity).position = p;
    });
    const stackHeight = Math.max(...stack.map((p) => p[1])) / 2 + (first.size[1] ?? 0.15) / 2;
    const release = heldAt(thrower, ball, startSec, startSec + THROW_RELEASE_AFTER_START);
    velocity = aimVelocity(release, [1.5, stackHeight, 0], heavy ? 10 : 12, scene.speed);
  } else if (wall) {
    // Against the wall: a flat throw at its face, chest high; it comes back by its own restitution.
    wall.position = v3(WALL_AT_M + (wall.size[0] ?? WALL.size[0]), wall.size[1] ?? WALL.size[1], 0);
    const release = heldAt(thrower, ball, startSec, startSec + THROW_RELEASE_AFTER_START);
    velocity = aimVelocity(release, [WALL_AT_M - (ball.size[0] ?? 0.1), WALL_HIT_Y_M, 0], heavy ? 7 : 9, scene.speed);
  } else if (catcher) {
    catcher.position = v3(thrower.position[0] + CATCH_GAP_M, 0, 0);
    const releaseSec = startSec + THROW_RELEASE_AFTER_START;
    velocity = throwToCatcher(thrower, catcher, ball, heldAt(thrower, ball, startSec, releaseSec), releaseSec, startSec, CATCH_ACROSS_MPS * scene.speed).velocity.map(round) as Vec3;
  } else {
    const v = (heavy ? 4 : 8) * scene.speed;
    velocity = v3(v * Math.cos(0.6), v * Math.sin(0.6), 0);
  }
  scene.actions.push({ kind: 'throw', object: ball.id, actor: thrower.id, ...(catcher ? { to: catcher.id } : {}), velocity, startSec });
  placeBystanders(scene.people.filter((p) => p !== thrower && p !== catcher), -1.5);
  scene.balls.slice(1).forEach((b, i) => {
    b.position = v3(-2.8 - i * 0.4, b.size[0] ?? 0.1, -0.7);
  });
  placeAside([...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3.5);
  return { focus: ball.id, defaultSetting: scene.homeOf(ball, boxes.length > 0 ? 'room' : 'park'), shot: 'wide' };
}

// A kick: the ball rests on the ground where the kicker's foot will meet it after the run-up; the
// kick goes at a stack of boxes, along the ground to someone (a pass), or up and forward across the ground.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { aimVelocity, placeAside, placeBystanders, round, towerPositions, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { ActionOf, CastResult } from '../types';
import { facingAlong } from '../shared/motion';
import { PASS_GAP_M, PASS_MPS, passedTo } from './pass';
import { trapPoint } from './trap-pose';
import { KICK_AGAIN_SEC, KICK_CONTACT_AFTER_START, kickAgainM, kickStanceFor, kicksThatFit } from './pose';

export function implyKick(ctx: DraftContext): void {
  if (!ctx.has('ball')) ctx.addImplied('ball', { kind: 'ball', key: 'soccer' });
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

// Where a stack the ball is kicked into stands (m along the kick; the ball is 2.5 m before it).
const STACK_X = 0;

// How many times the planned kick kicks the ball, and why not more.
export function kickTimesDone(action: ActionOf<'kick'>, scene: CastScene): { done: number; short?: string } {
  const done = Math.min(action.times ?? 1, kicksThatFit(scene.durationSec, action.startSec));
  return { done, short: `another kick does not fit in the ${scene.durationSec} s clip, each taking ${KICK_AGAIN_SEC} s` };
}

export function castKick(scene: CastScene): CastResult {
  const kicker = scene.actorFor(scene.words.verbAt('kick'), false);
  const [ball] = scene.balls;
  if (!kicker || !ball) throw new Error('A kick was cast without a kicker and a ball.');
  const r = ball.size[0] ?? 0.1;
  const heavy = ball.mass > 2;
  // The run-up takes KICK_CONTACT_AFTER_START; start it early enough for the strike to be seen.
  const startSec = round(Math.max(0, Math.min(0.5, scene.durationSec - KICK_CONTACT_AFTER_START - 1)));
  const boxes = scene.boxes;
  const times = Math.min(scene.times, kicksThatFit(scene.durationSec, startSec));
  const receiver = boxes.length > 0 ? undefined : passedTo(scene, kicker);
  let velocity: Vec3;
  if (boxes.length > 0) {
    const half = (boxes[0] as Entity).size;
    towerPositions(boxes.length, half, STACK_X, 0, 0).forEach((p, i) => {
      (boxes[i] as Entity).position = p;
    });
    // Kicked again, it is touched on from further back and kicked from here at the stack.
    ball.position = v3(-2.5 - (times - 1) * kickAgainM(kicker.size[0] ?? 1.75), r, 0);
    // Struck in flight in its second row, the stack is knocked over (along the
    // grass a ball loses its speed before it arrives and only nudges it).
    const hy = half[1] ?? half[0] ?? 0.15;
    velocity = aimVelocity([-2.5, r, 0], [STACK_X - (half[0] ?? 0.15), 3 * hy, 0], (heavy ? 6 : 12) * scene.speed, scene.speed);
  } else if (receiver) {
    // A pass: along the ground to where the receiver's foot comes down, she facing the ball.
    ball.position = v3(-2.1 - ((times - 1) * kickAgainM(kicker.size[0] ?? 1.75)) / 2, r, 0.05);
    receiver.position = v3(ball.position[0] + PASS_GAP_M, 0, 0);
    const facing = facingAlong([ball.position[0] - receiver.position[0], 0, ball.position[2] - receiver.position[2]], () => Math.PI);
    const stop = trapPoint({ entityId: receiver.id, animation: 'trap', startSec, releaseSec: startSec, facing, position: receiver.position }, receiver.size[0] ?? 1.75, r);
    const d = Math.hypot(stop[0] - ball.position[0], stop[2] - ball.position[2]) || 1;
    const v = PASS_MPS * scene.speed;
    velocity = v3((v * (stop[0] - ball.position[0])) / d, 0, (v * (stop[2] - ball.position[2])) / d);
  } else {
    // Kicked again, it is first touched on from further back, and kicked on from about here.
    ball.position = v3(-2.1 - ((times - 1) * kickAgainM(kicker.size[0] ?? 1.75)) / 2, r, 0.05);
    const v = (heavy ? 3 : 8) * scene.speed;
    velocity = v3(v * 0.85, v * 0.5, 0);
  }
  // The kicker runs up from behind the ball and strikes it forward.
  kicker.position = kickStanceFor(ball.position, facingAlong(velocity, () => 0), kicker.size[0] ?? 1.75, r).map(round) as Vec3;
  scene.actions.push({ kind: 'kick', actor: kicker.id, object: ball.id, ...(receiver ? { to: receiver.id } : {}), velocity, startSec, ...(times > 1 ? { times } : {}) });
  placeBystanders(scene.people.filter((p) => p !== kicker && p !== receiver), boxes.length > 0 ? -1.5 : -1.2);
  scene.balls.slice(1).forEach((b, i) => {
    b.position = boxes.length > 0 ? v3(-2.5 - (i + 1) * 0.5, b.size[0] ?? 0.1, -0.8) : v3(-2.8 - i * 0.4, b.size[0] ?? 0.1, -0.7);
  });
  placeAside([...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3.5);
  return { focus: ball.id, defaultSetting: scene.homeOf(ball, boxes.length > 0 ? 'room' : 'park'), shot: 'wide' };
}

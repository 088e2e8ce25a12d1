// A roll: balls set rolling down a ramp (lined up across its top), into a stack of boxes, off the
// edge of a table, or along the floor.
import type { Action, Entity } from '../../../contract/scene-plan';
import { agentDraft, agentOf } from '../shared/hand-words';
import { castRollFromHand } from './by-person';
import { castPushByHand } from '../shared/own-hand';
import { placeAside, placeBystanders, round, towerPositions, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { rampGeometry, tableGeometry } from '../../simulate/fixtures';
import { stairsGeometry } from '../../simulate/stairs';
import { staggered } from '../shared/stairs-stagger';
import type { CastResult } from '../types';
import { ON_ITS_SIDE, rollsOnItsSide, rollThings, skidShare } from './things';
import { collides, towardsEachOther } from './collide';

function stackBoxesAt(boxes: readonly Entity[], x: number): void {
  const first = boxes[0];
  if (!first) return;
  towerPositions(boxes.length, first.size, x, 0, 0).forEach((p, i) => {
    (boxes[i] as Entity).position = p;
  });
}

// How fast a ball at the ramp's top is rolling down it in the first frame (m/s): as if let go a
// tenth of a second before.
const RAMP_MPS = 0.25;
// A ball held at the ramp's top by whoever rolls it is let go this far into the clip (s).
const LET_GO_SEC = 0.6;

function downRamp(scene: CastScene, ramp: Entity): CastResult {
  const hx = ramp.size[0] ?? 1;
  const hy = ramp.size[1] ?? 0.35;
  const hz = ramp.size[2] ?? 0.35;
  ramp.position = v3(-1.6, hy, 0);
  const g = rampGeometry(ramp);
  const top = -1.6 - hx;
  // Balls (and round things laid on their side: "a can rolls down a ramp") line up across the top of
  // the ramp, as many as fit side by side.
  const rollers = [...scene.balls, ...scene.of('object').filter(rollsOnItsSide)];
  const across = (b: Entity): number => (b.kind === 'ball' ? (b.size[0] ?? 0.1) : (b.size[1] ?? 0.06));
  const onRamp: Entity[] = [];
  const doer = agentDraft(scene.words, scene.words.verbAt('roll')) !== null;
  for (const b of rollers) {
    if (onRamp.length >= Math.max(1, Math.floor((2 * hz) / (2 * across(b) + 0.03)))) break;
    onRamp.push(b);
  }
  onRamp.forEach((b, k) => {
    const r = b.size[0] ?? 0.1;
    const x = top + r + 0.12;
    if (b.kind !== 'ball') b.rotation = ON_ITS_SIDE;
    // Resting on the slope: the centre sits r / cos(angle) above the surface line.
    b.position = v3(x, g.surfaceY(x) + r / Math.cos(g.angle), (k - (onRamp.length - 1) / 2) * (2 * across(b) + 0.03));
    // Already rolling down from the top in the first frame (see the note above offTable): let go
    // a moment before the clip, the slope speeding it. A hand from outside the frame holding it was
    // tried: in the ramp's wide shot its sleeve stood up from the ball and ended in mid-air.
    const v = RAMP_MPS * scene.speed;
    // Said to be rolled by someone ("a boy rolls a ball down a ramp"): they stand at the top, holding
    // the first ball there from the first frame, and let it go (held, so it is at rest: a ball does
    // not wait on a slope by itself).
    const held = k === 0 && doer;
    scene.actions.push({ kind: 'roll', object: b.id, velocity: held ? v3(0, 0, 0) : v3(v * Math.cos(g.angle), -v * Math.sin(g.angle), 0), startSec: held ? LET_GO_SEC : 0 });
  });
  placeBystanders(scene.people, -1.2);
  const first = scene.actions.find((a): a is Extract<Action, { kind: 'roll' }> => a.kind === 'roll' && a.startSec > 0);
  if (first) castPushByHand(scene, first, true);
  rollers.filter((b) => !onRamp.includes(b)).forEach((b, i) => {
    b.position = v3(-1.6 - (i % 3) * 0.4, b.size[0] ?? 0.1, -1 - Math.floor(i / 3) * 0.4);
  });
  const boxes = scene.boxes;
  if (boxes.length > 0 && onRamp.length > 0) stackBoxesAt(boxes, -1.6 + hx + 1.5);
  else {
    // Nothing to roll: the boxes sit at the top of the slope and slide if the grip allows.
    boxes.forEach((bx, i) => {
      const x = top + (bx.size[0] ?? 0.15) + 0.05 + i * 0.02;
      bx.position = v3(x, g.surfaceY(x) + (bx.size[1] ?? 0.15) / Math.cos(g.angle) + 0.06, -hz / 2 + (i % 3) * (hz / 2));
    });
  }
  placeAside([...scene.of('table'), ...scene.of('hoop'), ...scene.of('stairs')], 2.5);
  return { focus: onRamp[0]?.id ?? null, defaultSetting: scene.homeOf(scene.balls[0], 'room'), shot: 'wide' };
}

// A ball that rolls along the floor, into boxes or down stairs is already rolling in the first frame:
// one that starts from rest with nothing touching it reads as a glitch, and one seen rolling has been
// set going before the clip (as a ball rolling off the table, below), rolling on almost unslowed.
// A hand to push it would add a doer the prompt does not have, and on the floor a reach from outside
// the frame down to it.

// A ball rolling off the table with nobody named starts this far in from the table's far end (m),
// and each one after the first rolls this share slower.
const UNSEEN_BACK_M = 0.05;
const UNSEEN_SLOWER = 0.15;

function offTable(scene: CastScene, table: Entity): CastResult {
  table.position = v3(0, table.size[1] ?? 0.375, 0);
  const g = tableGeometry(table);
  const hx = table.size[0] ?? 0.7;
  const balls = scene.balls;
  // "he knocks the ball off the table": his hand pushes the first ball off.
  const hand = agentDraft(scene.words, scene.words.verbAt('roll')) !== null;
  balls.forEach((b, i) => {
    const r = b.size[0] ?? 0.1;
    // Side by side across the table so no two start in the same place. With nobody named they are
    // already rolling in the first frame, from the table's far end (a ball that starts from rest
    // with nothing touching it reads as a glitch; one seen rolling has been set going before the
    // clip, and rolls on almost unslowed, as a rolling ball does), each a little slower than the
    // one before so they go over the edge one by one.
    b.position = v3(hand ? -hx * 0.7 : -hx + r + UNSEEN_BACK_M, g.topY + r, (i - (balls.length - 1) / 2) * (2 * r + 0.04));
    // A palm pushes a ball through its centre without spin: it skids until it rolls (skidShare).
    const skid = hand && i === 0 ? skidShare(b) : 1;
    const slower = hand ? 1 : Math.pow(1 - UNSEEN_SLOWER, i);
    const startSec = hand ? scene.startAt(0.4 + i * 0.6) : 0;
    scene.actions.push({ kind: 'roll', object: b.id, velocity: v3(round(1.1 * skid * slower * scene.speed * 100) / 100, 0, 0), startSec });
  });
  const first = scene.actions.find((a): a is Extract<Action, { kind: 'roll' }> => a.kind === 'roll');
  if (first && hand) castPushByHand(scene, first);
  else placeBystanders(scene.people, -1.4);
  placeAside([...scene.boxes, ...scene.of('hoop'), ...scene.of('stairs')], 2.5);
  return { focus: balls[0]?.id ?? null, defaultSetting: 'room', shot: 'medium' };
}

function intoBoxes(scene: CastScene, ball: Entity): CastResult {
  stackBoxesAt(scene.boxes, 1.5);
  ball.position = v3(-2.5, ball.size[0] ?? 0.1, 0);
  const v = (ball.mass > 2 ? 4 : 5) * scene.speed;
  // Already rolling in the first frame (see the note above offTable).
  scene.actions.push({ kind: 'roll', object: ball.id, velocity: v3(v, 0, 0), startSec: 0 });
  placeBystanders(scene.people, -1.5);
  scene.balls.slice(1).forEach((b, i) => {
    b.position = v3(-2.5 - (i + 1) * 0.5, b.size[0] ?? 0.1, -0.8);
  });
  placeAside([...scene.of('table'), ...scene.of('hoop'), ...scene.of('stairs')], 3.5);
  return { focus: ball.id, defaultSetting: scene.homeOf(ball, 'room'), shot: 'wide' };
}

// How fast a ball rolls along the floor (m/s). From the first frame, at 2.5 (as it was set going at
// 0.4 s) it went a metre further in a 3 s clip, and a wide shot that fits its way kept it under a
// fifth of the frame's height.
const FLOOR_MPS = 2.1;

// A ball the roll is not said of ("a red ball rolls into a blue ball", "a ball rolls into another")
// waits at rest: in the roller's way when it is rolled into, else beside it. Rolling side by side
// with the roller, it was never hit.
const INTO = ['into', 'hits', 'at', 'towards', 'toward'];

// The ids of the things the roll is said of ("a red ball rolls into a blue ball": the red one).
const rollSubjects = (scene: CastScene): ReadonlySet<string> => new Set(scene.words.subjectsOf('roll').flatMap((d) => scene.idsByDraft.get(d) ?? []));

function alongFloor(scene: CastScene, subjects: ReadonlySet<string>): CastResult {
  const rollers = scene.balls.filter((b) => subjects.has(b.id));
  const waiting = rollers.length > 0 ? scene.balls.filter((b) => !subjects.has(b.id)) : [];
  const into = INTO.some((w) => scene.words.text.includes(` ${w} `));
  waiting.forEach((b, i) => {
    b.position = v3(0.5 + i * 0.6, b.size[0] ?? 0.1, into ? 0 : 0.6);
  });
  const balls = waiting.length > 0 ? rollers : scene.balls;
  // "a man rolls a ball across the floor": from his hand, crouching (not a cameo: a picture has no
  // knees to bend).
  const at = scene.words.verbAt('roll');
  const roller = agentDraft(scene.words, at)?.cameo ? null : agentOf(scene, at);
  if (roller && balls.length === 1 && balls[0]) {
    castRollFromHand(scene, roller, balls[0]);
    placeBystanders(scene.people.filter((p) => p !== roller), -1.4);
    placeAside([...scene.of('hoop'), ...scene.of('stairs')], 3.2);
    return { focus: roller.id, defaultSetting: scene.homeOf(balls[0], 'street'), shot: 'wide' };
  }
  const spacing = Math.max(...balls.map((b) => 4 * (b.size[0] ?? 0.1)), 0.45);
  balls.forEach((b, i) => {
    const x = (i - (balls.length - 1) / 2) * spacing;
    b.position = v3(-2 + x * 0.2, b.size[0] ?? 0.1, (i - (balls.length - 1) / 2) * 0.5);
    // Already rolling in the first frame (see the note above offTable).
    scene.actions.push({ kind: 'roll', object: b.id, velocity: v3(FLOOR_MPS * scene.speed, 0, 0), startSec: 0 });
  });
  placeBystanders(scene.people, -1.0);
  placeAside([...scene.of('hoop'), ...scene.of('stairs')], 3.2);
  return { focus: balls[0]?.id ?? null, defaultSetting: scene.homeOf(balls[0], 'street'), shot: 'medium' };
}

// Down a flight of stairs: the ball rolls along the top tread over its edge, already rolling in the
// first frame (see the note above offTable), each in its own lane, each one after the first a little
// slower (shared/stairs-stagger.ts), so they go over one after another. (From further back, the later ones
// started in the air behind the flight, where there is nothing to roll on, and fell behind it.)
const FOOT_GAP_M = 1.8;
function downStairs(scene: CastScene, stairs: Entity): CastResult {
  stairs.position = v3(0, stairs.size[1] ?? 0.68, 0);
  const g = stairsGeometry(stairs);
  scene.balls.forEach((b, i) => {
    const r = b.size[0] ?? 0.1;
    const v = 0.8 * scene.speed * staggered(i);
    b.position = v3(g.highEndX + r + 0.02, g.topY + r, (i - (scene.balls.length - 1) / 2) * (2 * r + 0.05));
    scene.actions.push({ kind: 'roll', object: b.id, velocity: v3(v, 0, 0), startSec: 0 });
  });
  placeBystanders(scene.people, -1.2);
  // "rolls down the stairs and hits a box": the box stands on the floor past the flight's foot, in
  // the first ball's way.
  const [box, ...others] = scene.boxes;
  if (box && scene.balls[0]) box.position = v3((stairs.position[0] + (stairs.size[0] ?? 1.12)) + FOOT_GAP_M + (box.size[0] ?? 0.15), box.size[1] ?? box.size[0] ?? 0.15, scene.balls[0].position[2]);
  placeAside([...others, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table')], 3.2);
  return { focus: scene.balls[0]?.id ?? null, defaultSetting: 'street', shot: 'wide' };
}

const UNDER = ['under', 'underneath', 'beneath', 'below'];

export function castRoll(scene: CastScene): CastResult {
  const [stairs] = scene.of('stairs');
  const [ramp] = scene.of('ramp');
  const [ball] = scene.balls;
  // Round things on their side roll along a table or the floor, with any balls named beside them
  // ("a ball and a can roll across the table": both roll).
  // A ball with an apple only in passing ("a ball rolls off the table towards an apple") is the ball's roll.
  const subjects = rollSubjects(scene);
  const rollingSubject = scene.of('object').some((o) => subjects.has(o.id) && rollsOnItsSide(o));
  if (scene.of('object').some(rollsOnItsSide) && (!ball || rollingSubject) && !ramp && !(ball && (stairs || scene.boxes.length > 0))) return rollThings(scene);
  if (stairs && ball) return downStairs(scene, stairs);
  if (!ramp && collides(scene)) return towardsEachOther(scene);
  if (ramp) return downRamp(scene, ramp);
  if (ball && scene.boxes.length > 0) return intoBoxes(scene, ball);
  const [table] = scene.of('table');
  // "rolls under the table": along the floor, between its legs.
  if (table && scene.words.related(UNDER, 'table')) {
    table.position = v3(0, table.size[1] ?? 0.375, 0);
    return alongFloor(scene, subjects);
  }
  if (table) return offTable(scene, table);
  return alongFloor(scene, subjects);
}

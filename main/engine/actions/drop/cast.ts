// A drop: balls let go above the floor (or a metre above a table) fall and bounce where physics
// takes them. Boxes nobody aims at stand aside as a pyramid.
import type { Action, Entity } from '../../../contract/scene-plan';
import { GRAVITY } from '../../physics/constants';
import { castEachByHand } from '../shared/own-hand';
import { DROP_BASE_M } from '../fall/cast';
import { placeAside, placeBystanders, pyramidPositions, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { hasPhrase } from '../../prompt/text';
import { tableGeometry } from '../../simulate/fixtures';
import { stairsGeometry } from '../../simulate/stairs';
import { staggered } from '../shared/stairs-stagger';
import type { CastResult } from '../types';
import { BOUNCE, DROP } from './words';

const MAX_HEIGHT_M = 8;
// The highest a standing adult holds a ball up (m): above it a drop is held by a hand from outside.
const OVERHEAD_REACH_M = 2.1;
// A ball bouncing down the stairs: at the first frame this high above the top tread, moving down the
// flight at this speed (m/s), enough to carry it over each 28 cm tread to the next.
const STAIRS_TOSS_HEIGHT_M = 0.3;
const STAIRS_TOSS_SPEED = 0.6;

type Drop = Extract<Action, { kind: 'drop' }>;

// A ball that only bounces, or is only named, is already falling in the first frame, this long past
// the top of its bounce (s): it has been bouncing before the clip. Held in mid-air until it was let
// go, it hung there 0.3 s with nothing holding it.
const PAST_TOP_SEC = 0.15;

// A ball said to be dropped ("a basketball is dropped", "a man drops a ball") is held where it is
// from the first frame by a hand that lets go: the doer's own (castEachByHand, held), else one from
// outside the frame for each ball. One that only bounces, or is only named, is already falling.
function castLetGo(scene: CastScene, drops: Drop[]): void {
  scene.actions.push(...drops);
  if (hasPhrase(scene.words.text, DROP)) {
    // From higher than anyone reaches ("drops a ball from 3 metres"), hands from outside the frame
    // hold them (the man's own arm reached up to 3.1 m), and the panel says he cannot reach.
    if ((scene.numbers.distanceM ?? 0) > OVERHEAD_REACH_M) {
      for (const d of drops) d.byHand = true;
      return;
    }
    // Their own hand holds it out in front of them, not over their head (it fell past their face).
    if (castEachByHand(scene, drops, true) && scene.numbers.distanceM === null) {
      const ball = scene.balls.find((b) => b.id === drops[0]?.object);
      if (ball) ball.position = v3(ball.position[0], DROP_BASE_M + (ball.size[0] ?? 0.1), ball.position[2]);
    }
    return;
  }
  for (const d of drops) {
    d.startSec = 0;
    d.velocity = v3(0, -GRAVITY * PAST_TOP_SEC, 0);
  }
}

function dropHeight(scene: CastScene, fallback: number): number {
  const d = scene.numbers.distanceM;
  return d !== null ? Math.min(Math.max(d, 0.1), MAX_HEIGHT_M) : fallback;
}

function dropOntoTable(scene: CastScene, table: Entity): CastResult {
  table.position = v3(0, table.size[1] ?? 0.375, 0);
  const g = tableGeometry(table);
  const hx = table.size[0] ?? 0.7;
  const balls = scene.balls;
  const height = dropHeight(scene, 1.0);
  const perRow = Math.max(1, Math.min(balls.length, 5));
  const drops = balls.map((b, i): Drop => {
    const r = b.size[0] ?? 0.1;
    const x = perRow === 1 ? 0 : -hx * 0.6 + (i % perRow) * ((1.2 * hx) / (perRow - 1));
    const z = (Math.floor(i / perRow) - 0.5) * 0.25 * (balls.length > perRow ? 1 : 0);
    b.position = v3(x, g.topY + r + height + (i % 2) * 0.2, z);
    return { kind: 'drop', object: b.id, startSec: scene.startAt(0.3 + i * 0.35) };
  });
  castLetGo(scene, drops);
  const boxes = scene.boxes;
  if (boxes.length > 0) {
    pyramidPositions(boxes.length, (boxes[0] as Entity).size, hx * 0.45, g.topY, 0).forEach((p, i) => {
      (boxes[i] as Entity).position = p;
    });
  }
  if (!drops.some((d) => d.by)) placeBystanders(scene.people, -0.8);
  return { focus: balls[0]?.id ?? null, defaultSetting: 'room', shot: 'medium' };
}

// Down a flight of stairs: each ball is already bouncing in the first frame, at the top of a bounce
// over the top tread, moving down the flight, and bounces from step to step as physics takes it (a
// ball that hung in the air until it was let go read as a glitch; one seen mid-bounce has been
// bouncing before the clip). Each one after the first is a little slower (shared/stairs-stagger.ts): from
// further back along its way, the later ones started behind the flight and fell behind it.
function downStairs(scene: CastScene, stairs: Entity): CastResult {
  const hy = stairs.size[1] ?? 0.68;
  stairs.position = v3(0, hy, 0);
  const g = stairsGeometry(stairs);
  scene.balls.forEach((b, i) => {
    const r = b.size[0] ?? 0.1;
    const v = STAIRS_TOSS_SPEED * scene.speed * staggered(i);
    const z = (i - (scene.balls.length - 1) / 2) * Math.min(2 * r + 0.1, (stairs.size[2] ?? 0.6) / Math.max(1, scene.balls.length));
    b.position = v3(g.highEndX + 0.05 + r, g.topY + r + STAIRS_TOSS_HEIGHT_M, z);
    scene.actions.push({ kind: 'drop', object: b.id, velocity: v3(v, 0, 0), startSec: 0 });
  });
  placeBystanders(scene.people, -1.2);
  placeAside([...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table')], 3.2);
  return { focus: scene.balls[0]?.id ?? null, defaultSetting: 'street', shot: 'wide' };
}

export function castDrop(scene: CastScene): CastResult {
  const [stairs] = scene.of('stairs');
  if (stairs) return downStairs(scene, stairs);
  const [table] = scene.of('table');
  placeAside([...scene.of('hoop'), ...scene.of('ramp')], 3.2);
  if (table) return dropOntoTable(scene, table);
  const balls = scene.balls;
  const first = balls[0];
  const text = scene.words.text;
  const bounceOnly = hasPhrase(text, BOUNCE) && !hasPhrase(text, DROP);
  const height = dropHeight(scene, bounceOnly ? 1.2 : 1.5);
  const spacing = Math.max(...balls.map((b) => 4 * (b.size[0] ?? 0.1)), 0.45);
  const drops = balls.map((b, i): Drop => {
    const r = b.size[0] ?? 0.1;
    const x = (i - (balls.length - 1) / 2) * spacing;
    b.position = v3(x, r + height + (i % 3) * 0.3, (i % 2) * 0.3 - 0.15 * (balls.length > 1 ? 1 : 0));
    return { kind: 'drop', object: b.id, startSec: scene.startAt(0.3 + i * 0.3) };
  });
  castLetGo(scene, drops);
  if (!drops.some((d) => d.by)) placeBystanders(scene.people, -1.0);
  const boxes = scene.boxes;
  if (boxes.length > 0) {
    pyramidPositions(boxes.length, (boxes[0] as Entity).size, 2.2, 0, -0.5).forEach((p, i) => {
      (boxes[i] as Entity).position = p;
    });
  }
  return { focus: first?.id ?? null, defaultSetting: scene.homeOf(first, 'room'), shot: 'medium' };
}

// A walk that ends at a table where the walker then picks something up ("a man walks to the table and
// picks up a mug"): one world, in order. The walker comes along +x to the table's near end and stops
// there, their right hand (+z of a walker facing +x) in line with the thing; the lift follows with
// that hand from where the walk left them (arrival.ts: the arm at the walk's end).
import type { Entity } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { BODY, heightOf } from '../../body/skeleton';
import { halfOf, LIFT_TAKES_SEC, REACH_SEC } from '../shared/hand-moves';
import { RAISE_SEC } from '../shared/own-hand';
import { surfaceOf } from '../shared/tabletop';
import type { CastResult } from '../types';
import { gaitFor } from './gait';
import { walkSteps } from './schedule';
import { gaitIn } from './words';

const START_SEC = 0.3;
const LIFT_M = 0.2;
// How far short of the table's end the walker's feet stop (m: the body's half depth and a little),
// and how far in from that end the thing stands (m).
const STOP_OFF_M = 0.3;
const IN_FROM_END_M = 0.12;
// A walk is at most this far (m).
const MAX_WALK_M = 4;

// Whether the prompt says the walker picks something up after walking: the lift's verb after the walk's.
export function liftsAfterWalk(scene: CastScene): boolean {
  const walkAt = scene.words.verbAt('walk');
  const liftAt = scene.words.verbAt('lift');
  return walkAt >= 0 && liftAt > walkAt && [...scene.of('object'), ...scene.boxes].length > 0 && scene.of('table').length > 0;
}

// The thing lifted: the first thing named after the lift's verb, else the first thing.
function liftedThing(scene: CastScene): Entity {
  const at = scene.words.verbAt('lift');
  const things = [...scene.of('object'), ...scene.boxes];
  const named = scene.words.drafts.find((d) => (d.kind === 'object' || d.kind === 'box') && d.mentions.some((m) => m > at));
  const id = named ? scene.idsByDraft.get(named)?.[0] : undefined;
  return things.find((t) => t.id === id) ?? things[0]!;
}

export function castWalkThenLift(scene: CastScene, walker: Entity): CastResult {
  const [table] = scene.of('table');
  const top = surfaceOf(scene);
  const thing = liftedThing(scene);
  const endX = -(table?.size[0] ?? 0.7);
  thing.position = v3(endX + IN_FROM_END_M, top.topY + halfOf(thing)[1], 0);
  const gait = gaitIn(scene.words.words);
  const startSec = scene.startAt(START_SEC);
  // The walk takes whole steps, and what the lift leaves of the clip: its steps and the one that
  // brings the feet together (walkSteps), at least two.
  const spec = gaitFor(gait, walker);
  const stepM = spec.stepOfHeight * heightOf(walker);
  const walkSec = scene.durationSec - startSec - RAISE_SEC - REACH_SEC - LIFT_TAKES_SEC;
  const distance = Math.min(MAX_WALK_M, Math.max(2, Math.floor(walkSec * spec.stepsPerSec) - 1) * stepM);
  // Their right shoulder in line with the thing.
  const z = -BODY.shoulderHalfWidth * heightOf(walker);
  const stopX = endX - STOP_OFF_M;
  walker.position = v3(stopX - distance, 0, z);
  const walk = { kind: 'walk' as const, actor: walker.id, gait, to: v3(stopX, 0, z), startSec: round(startSec) };
  // The hand starts up once the last step (the feet together) has landed, and touches the thing
  // when it has come up and reached.
  const arriveSec = walkSteps(walk, walker).beats.at(-1) ?? startSec;
  const lift = { kind: 'lift' as const, object: thing.id, heightM: LIFT_M, startSec: round(arriveSec + RAISE_SEC + REACH_SEC), by: walker.id };
  scene.actions.push(walk, lift);
  placeBystanders(scene.people.filter((p) => p !== walker), stopX - 1.5);
  placeAside([...scene.balls, ...[...scene.of('object'), ...scene.boxes].filter((e) => e !== thing)], 2.2);
  return { focus: walker.id, defaultSetting: 'room', shot: 'medium' };
}

// A stir: the cup (a mug, a cup, a glass or a bowl) of liquid stands on the table, and a hand holds
// a spoon over it that it dips in and stirs with (path.ts). Whoever the prompt says stirs does it
// with their own hand (shared/own-hand.ts).
import type { Action, Entity } from '../../../contract/scene-plan';
import { placeAside, round } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import type { CastResult } from '../types';
import { castHandOwner } from '../shared/own-hand';
import { LAY_SEC, WITHDRAW_SEC } from './lay-down';
import { isContainer, standOn, tableTop } from '../shared/liquid-scene';
import { isStove } from '../shared/stove-top';
import { OUTSIDE_ARM } from './hand';
import { DIP_SEC, LIFT_SEC, spoonPose, stirPath } from './path';

const START_SEC = 0.6;
const FILL = 0.7;
export const MAX_STIR_SEC = 2.5;
export const MIN_STIR_SEC = 1;
// Time left after the spoon is out, to see the liquid go on turning and slow down (s), and for the
// hand to lay the spoon down and draw back with it seen lying there a moment: a person's own hand
// starts half a second later (its raise), and in a 5 s clip the spoon was then still held at the end.
export const AFTER_SEC = Math.max(0.8, LAY_SEC + WITHDRAW_SEC + 0.3);
// Containers one stirs in, best first (a jug or a bottle only when nothing else is named).
const STIRRED_IN = ['mug', 'cup', 'glass', 'bowl'];

function stirredIn(scene: CastScene): Entity {
  const containers = scene.of('object').filter(isContainer);
  return containers.find((c) => STIRRED_IN.includes(c.form ?? '')) ?? containers[0]!;
}

export function castStir(scene: CastScene): CastResult {
  const cup = stirredIn(scene);
  const spoon = scene.of('object').find((o) => o.form === 'spoon')!;
  standOn(cup, 0, tableTop(scene), 0);
  const begin = round(scene.startAt(Math.max(START_SEC, DIP_SEC)));
  // What its own words say the cup holds ("stirs the milk into her coffee": coffee).
  const liquid = scene.words.liquidOf('stir', 'holds') ?? 'coffee';
  const stir: Extract<Action, { kind: 'stir' }> = { kind: 'stir', tool: spoon.id, in: { liquid, in: cup.id, fill: FILL }, startSec: begin, stirSec: MIN_STIR_SEC };
  scene.actions.push(stir);
  // The person the prompt says stirs stands at the table (the cup moved towards them) and starts a
  // little later, their hand first bringing the spoon up from their side.
  castHandOwner(scene, stir);
  stir.stirSec = round(Math.min(MAX_STIR_SEC, Math.max(MIN_STIR_SEC, scene.durationSec - stir.startSec - LIFT_SEC - AFTER_SEC)));
  // Where it stands at the start (the schedule tilts it towards the arm that holds it).
  const first = spoonPose(stirPath(cup.position, new ContainerShape(objectModule(cup.form)), objectModule('spoon'), stir.startSec, stir.stirSec, [OUTSIDE_ARM[0], OUTSIDE_ARM[2]]), 0);
  spoon.position = first.position.map(round) as [number, number, number];
  spoon.rotation = [...first.rotation];
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((o) => o !== cup && o !== spoon && !isStove(o))], 1.4);
  // A step back, so the hand on the spoon is in the picture with the cup, and from above, so the
  // spoon is seen in the liquid in the cup's mouth.
  return { focus: cup.id, defaultSetting: 'kitchen', shot: 'medium', angle: 'high' };
}

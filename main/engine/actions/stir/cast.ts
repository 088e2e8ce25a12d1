// A stir: the cup (a mug, a cup, a glass or a bowl) of liquid stands on the table, and a hand holds
// a spoon over it that it dips in and stirs with (path.ts). Whoever the prompt says stirs is their
// hand: a "she" is not drawn standing by.
import type { Entity } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, round } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { findLiquid } from '../../liquids/catalog';
import { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import type { CastResult } from '../types';
import { leaveOnlyTheHand } from '../shared/hand-words';
import { isContainer, standOn, tableTop } from '../shared/liquid-scene';
import { DIP_SEC, LIFT_SEC, spoonPose, stirPath } from './path';

const START_SEC = 0.6;
const FILL = 0.7;
const MAX_STIR_SEC = 2.5;
const MIN_STIR_SEC = 1;
// Time left after the spoon is out, to see the liquid go on turning and slow down (s).
const AFTER_SEC = 0.8;
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
  const startSec = round(scene.startAt(Math.max(START_SEC, DIP_SEC)));
  const stirSec = round(Math.min(MAX_STIR_SEC, Math.max(MIN_STIR_SEC, scene.durationSec - startSec - LIFT_SEC - AFTER_SEC)));
  const first = spoonPose(stirPath(cup.position, new ContainerShape(objectModule(cup.form)), objectModule('spoon'), startSec, stirSec), 0);
  spoon.position = first.position.map(round) as [number, number, number];
  spoon.rotation = [...first.rotation];
  const liquid = findLiquid(scene.words.text) ?? 'coffee';
  scene.actions.push({ kind: 'stir', tool: spoon.id, in: { liquid, in: cup.id, fill: FILL }, startSec, stirSec });
  leaveOnlyTheHand(scene);
  placeBystanders(scene.people, -1.0);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((o) => o !== cup && o !== spoon)], 1.4);
  // A step back, so the hand on the spoon is in the picture with the cup.
  return { focus: cup.id, defaultSetting: 'room', shot: 'medium' };
}

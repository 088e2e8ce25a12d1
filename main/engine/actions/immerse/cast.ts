// Things into a liquid: a bowl (or glass) of it stands on the table and the things are let go
// above it, side by side over its middle: from a hand's height when the prompt drops them in (so
// they splash), just above the surface when it only says they float or sink. Things too big to rest
// in the container are made smaller, keeping their density (fit.ts).
import type { Entity } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { liquidFacts } from '../../liquids/catalog';
import { liquidWith } from '../../prompt/clause-liquid';
import { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import { hasPhrase } from '../../prompt/text';
import type { CastResult } from '../types';
import { byHand } from '../shared/hand-words';
import { isContainer, standOn, tableTop, vesselInto } from '../shared/liquid-scene';
import { isStove } from '../shared/stove-top';
import { castHandOwner } from '../shared/own-hand';
import { fillFor, fitInto, halfHeight, laidOnSide } from './fit';
import { INTO, SPLASH, sentBySomeone } from './words';

const START_SEC = 0.4;
const DROP_M = 0.25;
const PLACE_M = 0.01;
// A hand lets go this far above the container's rim (its palm, beside the thing, clears it too),
// after holding it this much longer than a thing let go by nobody (its fingers are seen closed on it).
const OVER_RIM_M = 0.04;
const HOLD_SEC = 0.5;

export function castImmerse(scene: CastScene): CastResult {
  const container = vesselInto(scene, scene.of('object').filter(isContainer));
  // The stove the vessel stands on is no thing that goes in ("an egg sinks in a pot of water on the stove").
  const things = [...scene.of('object').filter((o) => !isContainer(o) && !isStove(o)), ...scene.boxes, ...scene.balls].slice(0, 4);
  const top = tableTop(scene);
  standOn(container, 0, top, 0);
  const shape = new ContainerShape(objectModule(container.form));
  // The liquid named with its vessel ("a glass of juice"), else what the words drop it into.
  const liquid = liquidWith(scene.words.words, scene.mentionsOf(container)) ?? scene.words.liquidOf('immerse', 'holds') ?? 'water';
  const fill = fillFor(things, shape, liquidFacts(liquid).densityKgM3);
  const level = shape.floorM + fill * (shape.heightM - shape.floorM);
  const surfaceY = container.position[1] - shape.heightM / 2 + level;
  const { places } = fitInto(things, shape, level, liquidFacts(liquid).densityKgM3);
  const dropped = hasPhrase(scene.words.text, [...INTO, ...SPLASH]);
  // "She drops a coin into the glass": her hand holds it over the glass and lets go (one thing).
  const handed = things.length === 1 && sentBySomeone(scene.words.words) && byHand(scene.words);
  const dropM = handed ? shape.heightM - level + OVER_RIM_M : dropped ? DROP_M : PLACE_M;
  things.forEach((t, i) => {
    const [x, z] = places[i]!;
    const half = t.kind === 'box' ? (t.size[1] ?? t.size[0] ?? 0.05) : halfHeight(t);
    if (laidOnSide(t)) t.rotation = [0, 0, round(Math.SQRT1_2), round(Math.SQRT1_2)];
    t.position = v3(x, surfaceY + dropM + half + 0.1 * i * (dropped ? 1 : 0), z);
  });
  const action = { kind: 'immerse' as const, objects: things.map((t) => t.id), into: { liquid, in: container.id, fill: round(fill) }, dropM: round(dropM), startSec: round(scene.startAt(START_SEC + (handed ? HOLD_SEC : 0))), ...(handed ? { byHand: true } : {}) };
  scene.actions.push(action);
  if (handed) castByHand(scene, action, container, things[0]!);
  else placeBystanders(scene.people, -1.0);
  placeAside([...scene.of('object').filter((o) => o !== container && !things.includes(o) && !isStove(o))], 1.4);
  return { focus: container.id, defaultSetting: 'kitchen', shot: 'close' };
}

// The person who drops the thing stands at the table (the table's things come towards them); the
// thing stays where it was over the container.
function castByHand(scene: CastScene, action: Parameters<typeof castHandOwner>[1], container: Entity, thing: Entity): void {
  const off = thing.position.map((x, k) => x - container.position[k]!);
  castHandOwner(scene, action);
  thing.position = v3(container.position[0] + off[0]!, container.position[1] + off[1]!, container.position[2] + off[2]!);
}

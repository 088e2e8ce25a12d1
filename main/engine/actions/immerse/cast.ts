// Things into a liquid: a bowl (or glass) of it stands on the table and the things are let go
// above it, side by side over its middle: from a hand's height when the prompt drops them in (so
// they splash), just above the surface when it only says they float or sink. A thing too big for
// the container is made smaller, keeping its density (a wooden block is still wood).
import type { Entity } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { findLiquid } from '../../liquids/catalog';
import { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import { hasPhrase } from '../../prompt/text';
import type { CastResult } from '../types';
import { isContainer, standOn, tableTop } from '../shared/liquid-scene';
import { INTO, SPLASH } from './words';

const START_SEC = 0.4;
const FILL = 0.6;
const DROP_M = 0.25;
const PLACE_M = 0.01;

// The thing's half height, shrunk to fit: at most `maxHalf` wide, mass following the volume.
function fit(e: Entity, maxHalf: number): number {
  const half = e.kind === 'object' ? (e.size[1] ?? 0.04) : (e.size[0] ?? 0.05);
  const widest = Math.max(...e.size);
  if (widest <= maxHalf) return e.kind === 'box' ? (e.size[1] ?? half) : half;
  const k = maxHalf / widest;
  if (e.kind === 'object') return half;
  e.size = e.size.map((s) => round(s * k));
  e.mass = round(e.mass * k ** 3);
  return e.kind === 'box' ? (e.size[1] ?? half) : (e.size[0] ?? half);
}

export function castImmerse(scene: CastScene): CastResult {
  const container = scene.of('object').find(isContainer)!;
  const things = [...scene.of('object').filter((o) => !isContainer(o)), ...scene.boxes, ...scene.balls].slice(0, 4);
  const top = tableTop(scene);
  standOn(container, 0, top, 0);
  const shape = new ContainerShape(objectModule(container.form));
  const rim = shape.rIn(shape.heightM);
  const surfaceY = container.position[1] - shape.heightM / 2 + shape.floorM + FILL * (shape.heightM - shape.floorM);
  const dropped = hasPhrase(scene.words.text, [...INTO, ...SPLASH]);
  const dropM = dropped ? DROP_M : PLACE_M;
  const spread = things.length > 1 ? 0.45 * rim : 0;
  things.forEach((t, i) => {
    const half = fit(t, (things.length > 1 ? 0.4 : 0.6) * rim);
    const a = (2 * Math.PI * i) / things.length;
    t.position = v3(spread * Math.cos(a), surfaceY + dropM + half + 0.1 * i * (dropped ? 1 : 0), spread * Math.sin(a));
  });
  const liquid = findLiquid(scene.words.text) ?? 'water';
  scene.actions.push({ kind: 'immerse', objects: things.map((t) => t.id), into: { liquid, in: container.id, fill: FILL }, dropM: round(dropM), startSec: round(scene.startAt(START_SEC)) });
  placeBystanders(scene.people, -1.0);
  placeAside([...scene.of('object').filter((o) => o !== container && !things.includes(o))], 1.4);
  return { focus: container.id, defaultSetting: 'kitchen', shot: 'close' };
}

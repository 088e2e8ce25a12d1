// A tap's scene: the container (a glass, a sink, a mug...) stands on the counter and the tap beside
// it, its spout reaching over it so the outlet is above the container's middle. The tap runs at a
// kitchen tap's flow (7.2 litres a minute) until the glass is about full or the clip nearly over,
// or drips, a drop every DRIP_SEC.
import type { Action, Entity } from '../../../contract/scene-plan';
import { placeAside, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import { heightOf } from '../../objects/geometry';
import { TAP_OUTLET } from '../../objects/kitchen';
import { hasPhrase } from '../../prompt/text';
import type { CastResult } from '../types';
import { castHandOwner, RAISE_SEC } from '../shared/own-hand';
import { isContainer, standOn, tableTop, vesselInto } from '../shared/liquid-scene';
import { DRIPS } from './words';

const START_SEC = 0.5;
export const FLOW_LPS = 0.12;
const DRIP_SEC = 0.45;
// The share of the container a running tap fills, and the time left after it is turned off (s).
const FILL_SHARE = 0.85;
const AFTER_SEC = 1;

export function castTap(scene: CastScene): CastResult {
  const into: Entity = vesselInto(scene, scene.of('object').filter(isContainer));
  const tap = scene.of('object').find((o) => o.form === 'tap')!;
  const top = tableTop(scene);
  standOn(into, 0, top, 0);
  tap.position = v3(-TAP_OUTLET[0], top + heightOf(objectModule('tap')) / 2, -TAP_OUTLET[2]);
  const drips = hasPhrase(scene.words.text, DRIPS);
  const startSec = round(scene.startAt(START_SEC));
  const shape = new ContainerShape(objectModule(into.form));
  const fullSec = (FILL_SHARE * shape.volumeBelow(shape.heightM)) / (FLOW_LPS / 1000);
  const stopSec = round(Math.max(startSec + 0.3, Math.min(startSec + fullSec, scene.durationSec - (drips ? 0.3 : AFTER_SEC))));
  // What its own words run ("next to a glass of milk, water runs from the tap": water).
  const liquid = scene.words.liquidOf('tap', 'brings') ?? 'water';
  const action: Extract<Action, { kind: 'tap' }> = { kind: 'tap', object: tap.id, into: into.id, liquid, flowLps: FLOW_LPS, startSec, stopSec, ...(drips ? { dripSec: DRIP_SEC } : {}) };
  scene.actions.push(action);
  // The person the prompt says runs it stands at the counter by the tap and turns it on and off with
  // their own hand (hand.ts), the water starting once their hand is there.
  if (castHandOwner(scene, action)) {
    // castHandOwner moved the start on by the raise; the stop never comes before it.
    action.stopSec = round(Math.max(action.startSec + 0.3, Math.min(scene.durationSec - 0.3, stopSec + RAISE_SEC)));
    // Things were moved towards them each as far as the counter allows: the tap follows the container.
    tap.position = v3(into.position[0] - TAP_OUTLET[0], tap.position[1], into.position[2] - TAP_OUTLET[2]);
  }
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((o) => o !== into && o !== tap)], 1.4);
  // Framed on the tap, a step back: its spout, the stream and what it fills are in the picture.
  return { focus: tap.id, defaultSetting: 'kitchen', shot: 'medium' };
}

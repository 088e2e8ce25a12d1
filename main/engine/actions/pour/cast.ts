// A pour: a glass (or whatever receives) stands on the table; the jug (or bottle) that holds the
// liquid is held above it, its lip just over the glass's rim, and tips over it about that lip.
// The jug holds about three quarters of what the glass can take, so the glass fills and does not
// overflow unless it is smaller.
import type { Action, Entity } from '../../../contract/scene-plan';
import { castStirAfterPour } from '../stir/after-pour';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { ContainerShape } from '../../liquids/container';
import { RESTING_SHARE } from '../../liquids/resting';
import { restingIn } from '../../prompt/still-liquid';
import { isPouredFrom, objectModule } from '../../objects';
import type { CastResult } from '../types';
import { byHand } from '../shared/hand-words';
import { castHandOwner } from '../shared/own-hand';
import { isContainer, namedInto, standOn, tableTop, vesselInto, vesselNamedInto } from '../shared/liquid-scene';
import { isStove } from '../shared/stove-top';
import { jugPose, tipPath } from './motion';

const START_SEC = 0.5;
const SHARE_OF_TARGET = 0.75;
// The least a jug is filled to (a share of its inside height), and the least when it pours into
// another liquid (the share it brings is smaller: liquids/resting.ts).
const LEAST_FILL = 0.1;
const LEAST_INTO_ANOTHER = 0.05;
// "until it is full", "to the brim": the jug holds what the glass holds. Measured ("water is poured
// into a glass until it is full", seed 1): the last of it is in at 5 s, none spilled, and the glass
// is filled to 89% of its height (the particles pack looser than the jug's level says); at 0.92
// it was 81%. A shorter clip ends before then, and says so.
const FULL_SHARE = 1.0;
export const FULL_BY_SEC = 5;
export const FULL = ['until it is full', 'until full', 'until it s full', 'till it is full', 'to the brim', 'to the top', 'is full', 'it is full'];
export const fullAsked = (scene: CastScene): boolean => FULL.some((p) => scene.words.text.includes(` ${p} `));
// The word that says it (the last of the phrase: "full", "brim", "top"), or -1: not the "top" of
// "on top of the table".
export function fullWordAt(words: readonly string[]): number {
  for (const phrase of FULL.map((p) => p.split(' '))) {
    const at = words.findIndex((_, i) => phrase.every((w, k) => words[i + k] === w));
    if (at >= 0) return at + phrase.length - 1;
  }
  return -1;
}

// The source is the container named after "from" (or the first jug, bottle or pitcher, or the first
// other), never the one the words pour into ("pours milk into a mug next to a glass of juice": the
// mug is filled, not poured from); the target is the one after "into", else the other one.
function roles(scene: CastScene, containers: Entity[]): [Entity, Entity] {
  const words = scene.words.words;
  const fromAt = words.indexOf('from');
  // (not one the words pour into: "from the teapot into a cup" names no source Kinora has, not the cup)
  const poured = (c: Entity): boolean => scene.mentionsOf(c).some((m) => namedInto(words, m));
  const named = fromAt >= 0 ? containers.find((c) => scene.idsByDraft.get(scene.words.draftNear('object', fromAt + 1)!)?.includes(c.id) && !poured(c)) : undefined;
  const into = vesselNamedInto(scene, containers.filter((c) => c !== named), scene.words.verbAt('pour'));
  const others = containers.filter((c) => c !== into);
  const source = named ?? others.find((c) => isPouredFrom(c.form)) ?? others[0] ?? containers[0]!;
  const target = into ?? vesselInto(scene, containers.filter((c) => c !== source));
  return [source, target];
}

export function castPour(scene: CastScene): CastResult {
  const containers = scene.of('object').filter(isContainer);
  const [source, target] = roles(scene, containers);
  const top = tableTop(scene);
  standOn(target, 0, top, 0);
  const into = new ContainerShape(objectModule(target.form));
  const from = new ContainerShape(objectModule(source.form));
  // The liquid its own words pour ("stirs the tea and then pours milk": milk).
  const liquid = scene.words.liquidOf('pour', 'brings') ?? 'water';
  // Into another liquid ("a cup of coffee"), what it already holds leaves less room (liquids/resting.ts);
  // one named with a vessel beside it ("into a glass next to a cup of coffee") leaves all of it.
  const resting = restingIn(scene, liquid, target.id, source.id) ? RESTING_SHARE : 0;
  const volume = ((fullAsked(scene) ? FULL_SHARE : SHARE_OF_TARGET) - resting) * into.volumeBelow(into.heightM);
  // The jug then holds a little: a cup's 0.3 is a twentieth of the jug (at a tenth it overflowed;
  // 0.05 is the least a plan takes).
  const least = resting > 0 ? LEAST_INTO_ANOTHER : LEAST_FILL;
  const fill = Math.min(0.9, Math.max(least, (from.levelFor(volume) - from.floorM) / (from.heightM - from.floorM)));
  const start = jugPose(tipPath(target, into, from, fill, top), from, 0, 0).position;
  source.position = v3(start[0], start[1], start[2]);
  // A hand that will stir what it pours pours it too.
  const stirs = scene.words.said('stir');
  const hand = byHand(scene.words) || stirs ? { byHand: true } : {};
  const pour: Extract<Action, { kind: 'pour' }> = { kind: 'pour', from: { liquid, in: source.id, fill: round(fill) }, into: target.id, startSec: round(scene.startAt(START_SEC)), ...hand };
  scene.actions.push(pour);
  if (hand.byHand) castHandOwner(scene, pour);
  else placeBystanders(scene.people, -1.0);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((o) => o !== source && o !== target && !isStove(o))], 1.4);
  // From above, when it is then stirred: the liquid is seen turning in the cup's mouth.
  if (stirs && castStirAfterPour(scene, pour)) return { focus: target.id, defaultSetting: 'kitchen', shot: 'medium', angle: 'high' };
  // A hand that pours is in the picture only a step back.
  return { focus: target.id, defaultSetting: 'kitchen', shot: hand.byHand ? 'medium' : 'close' };
}

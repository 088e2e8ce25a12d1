// A stir of what a hand has just poured ("the man pours coffee from a jug into his mug, then stirs
// it"): the hand tips the jug until the last of the liquid is in the mug, stands the jug back on the
// table and lets go, takes up the spoon lying beside the mug and stirs, in one clip and with one
// liquid (shared/poured.ts). In a clip too short for all of that only the pour is cast, and the
// stir's verb says why it is not shown.
import type { Action, Entity } from '../../../contract/scene-plan';
import { round } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import { restingIn } from '../../prompt/still-liquid';
import type { Contradiction } from '../types';
import { pouredOutSec, SET_DOWN_SEC, tipPath } from '../pour/motion';
import { tableTop } from '../shared/liquid-scene';
import { AFTER_SEC, MAX_STIR_SEC, MIN_STIR_SEC } from './cast';
import { lyingBeside, TAKE_SEC } from './lay-down';
import { LIFT_SEC, stirPath } from './path';

type Pour = Extract<Action, { kind: 'pour' }>;
type Stir = Extract<Action, { kind: 'stir' }>;

// From letting go of the jug to taking hold of the spoon: the hand rises off the jug and goes over (s).
const HANDOVER_SEC = 0.6;
// A hand from outside the frame finds the spoon lying towards the camera (the jug stands at +x).
export const OUTSIDE_TOWARDS = [0, 1] as const;

// When the jug is set down and when the stir starts, for a pour cast in `scene`.
function timesAfter(scene: CastScene, pour: Pour): { setDownSec: number; stirFromSec: number } {
  const byId = (id: string): Entity => scene.entities.find((e) => e.id === id)!;
  const jug = byId(pour.from.in), glass = byId(pour.into);
  const into = new ContainerShape(objectModule(glass.form));
  const path = tipPath(glass, into, new ContainerShape(objectModule(jug.form)), pour.from.fill, tableTop(scene));
  const setDownSec = pouredOutSec(path, pour.startSec);
  return { setDownSec, stirFromSec: setDownSec + SET_DOWN_SEC + HANDOVER_SEC + TAKE_SEC };
}

// The clip length the pour and the shortest stir need (s).
export function pourThenStirSec(scene: CastScene, pour: Pour): number {
  return timesAfter(scene, pour).stirFromSec + MIN_STIR_SEC + LIFT_SEC;
}

// Adds the stir after the pour (cast already), when the clip has room for it; returns it.
export function castStirAfterPour(scene: CastScene, pour: Pour): Stir | null {
  const spoon = scene.of('object').find((o) => o.form === 'spoon');
  if (!spoon || notJoined(scene, pour) || pourThenStirSec(scene, pour) > scene.durationSec) return null;
  const { setDownSec, stirFromSec } = timesAfter(scene, pour);
  pour.setDownSec = round(setDownSec);
  const cup = scene.entities.find((e) => e.id === pour.into)!;
  const jug = scene.entities.find((e) => e.id === pour.from.in)!;
  const shape = new ContainerShape(objectModule(cup.form));
  // What the jug held, as a share of the cup's height above its floor, is what the cup is left with,
  // over what stood in it ("pours milk into a cup of coffee and stirs it": the coffee, now with the
  // milk, is what is stirred).
  const from = new ContainerShape(objectModule(jug.form));
  const resting = restingIn(scene, pour.from.liquid, cup.id, jug.id);
  const below = resting ? shape.volumeBelow(shape.floorM + resting.fill * (shape.heightM - shape.floorM)) : 0;
  const volume = below + from.volumeBelow(from.floorM + pour.from.fill * (from.heightM - from.floorM));
  const fill = Math.min(1, (shape.levelFor(volume) - shape.floorM) / (shape.heightM - shape.floorM));
  const startSec = round(stirFromSec);
  const stirSec = round(Math.min(MAX_STIR_SEC, Math.max(MIN_STIR_SEC, scene.durationSec - startSec - LIFT_SEC - AFTER_SEC)));
  const stir: Stir = { kind: 'stir', tool: spoon.id, in: { liquid: resting?.liquid ?? pour.from.liquid, in: cup.id, fill: round(Math.max(0.05, fill)) }, startSec, stirSec, takesSpoon: true, ...(pour.by ? { by: pour.by } : {}) };
  scene.actions.push(stir);
  // It lies beside the cup on the side of whoever takes it up (the schedule lays it by their arm).
  const owner = pour.by ? scene.entities.find((e) => e.id === pour.by) : undefined;
  const towards = owner ? [owner.position[0] - cup.position[0], owner.position[2] - cup.position[2]] as const : OUTSIDE_TOWARDS;
  const lying = lyingBeside(stirPath(cup.position, shape, objectModule('spoon'), startSec, stirSec, towards), cup.position, shape, objectModule('spoon'), towards);
  spoon.position = lying.at.map(round) as [number, number, number];
  spoon.rotation = [...lying.rotation];
  return stir;
}

// Why a stir the words name cannot follow this pour, or null when it can: the words stir first ("stirs
// the tea and then pours milk": another liquid, in the other order), or someone else stirs (one hand
// does both here).
function notJoined(scene: CastScene, pour: Pour): string | null {
  const at = scene.words.verbAt('stir');
  if (at < scene.words.verbAt('pour')) return 'a stir before the pour is not shown: only a stir of what was just poured is';
  const stirrer = scene.people.length > 0 ? scene.actorFor(at, false) : undefined;
  if (stirrer && pour.by && stirrer.id !== pour.by) return `only the one who pours stirs here, not the ${stirrer.label}`;
  return null;
}

// The stir the prompt asks for, when it could not follow the pour: in the clip's time, or at all.
export function stirCutShort(scene: CastScene, pour: Pour): Contradiction[] {
  const at = scene.words.verbAt('stir');
  if (at < 0 || scene.actions.some((a) => a.kind === 'stir')) return [];
  const why = notJoined(scene, pour);
  if (why) return [{ at, reason: why }];
  const need = Math.ceil(pourThenStirSec(scene, pour));
  return [{ at, reason: `the ${scene.durationSec} s clip ends before the stir: pouring, setting the jug down and taking up the spoon need a ${need} s clip`, needSec: need }];
}

// A crouch on the spot: the person stands in the middle of the scene, side on to the camera so the
// bend of the knees and the lean of the back are seen, others and things aside.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { CastResult } from '../types';
import { DOWN_SEC } from './pose';
import { kneels, risesAfter } from './words';

const START_SEC = 0.4;
// Held at the bottom this long before rising again, when the prompt says they get up (s).
const HOLD_SEC = 1.0;

export function implyCrouch(ctx: DraftContext): void {
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

export function castCrouch(scene: CastScene): CastResult {
  const at = scene.words.verbAt('crouch');
  const who = scene.actorFor(at, false);
  if (!who) throw new Error('A crouch was cast without anyone to crouch.');
  who.position = v3(0, 0, 0);
  const startSec = round(scene.startAt(START_SEC));
  const rise = risesAfter(scene.words.words, at) ? { riseSec: round(startSec + DOWN_SEC + HOLD_SEC) } : {};
  scene.actions.push({ kind: 'crouch', actor: who.id, startSec, ...rise, ...(kneels(scene.words.words, at) ? { kneel: true } : {}) });
  placeBystanders(scene.people.filter((p) => p !== who), -1.5);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object'), ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3);
  return { focus: who.id, defaultSetting: 'park', shot: 'wide' };
}

// A fall: the person walks in from one side a couple of steps (or stands, when they only fall
// over), trips and goes down in the middle of the scene, and gets back up unless told to stay down.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { CastResult } from '../types';
import { staysDown, walksFirst } from './words';

const WALK_STEPS = 2;
const START_SEC = 0.3;

export function implyTrip(ctx: DraftContext): void {
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

// A person falls over only when the prompt says a person does ("a woman watches the glass fall" is
// the glass's fall): the last thing named before the verb is a person.
export function claimsTrip(ctx: DraftContext): boolean {
  const at = ctx.verbAt('trip');
  if (at < 0 || !ctx.has('person')) return false;
  const before = ctx.drafts.flatMap((d) => d.mentions.filter((m) => m < at).map((m) => ({ m, kind: d.kind }))).sort((a, b) => b.m - a.m)[0];
  return before === undefined || before.kind === 'person';
}

export function castTrip(scene: CastScene): CastResult {
  const person = scene.actorFor(scene.words.verbAt('trip'), false);
  if (!person) throw new Error('A fall was cast without anyone to fall.');
  const steps = walksFirst(scene.words.words, scene.words.said('walk')) ? WALK_STEPS : 0;
  person.position = v3(steps > 0 ? -1.4 : -0.5, 0, 0);
  scene.actions.push({ kind: 'trip', actor: person.id, steps, getsUp: !staysDown(scene.words.words), startSec: round(scene.startAt(START_SEC)) });
  placeBystanders(scene.people.filter((p) => p !== person), 0.5);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3);
  return { focus: person.id, defaultSetting: 'park', shot: 'wide' };
}

// A walk or run: the person (or the people, side by side) sets off from one side and goes straight
// across the scene, stopping part-way when the prompt says they stop, else still going when the clip
// ends.
import type { Entity } from '../../../contract/scene-plan';
import { ABREAST_M, placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { CastResult } from '../types';
import { gaitFor, speedOf } from './gait';
import { castWalkThenLift, liftsAfterWalk } from './then-lift';
import { gaitIn, stopsIn, turnsIn } from './words';

// Longest straight line a walk is laid out along (metres), so the setting holds it.
const MAX_PATH_M = { walk: 9, run: 16 };
const START_SEC = 0.3;

export function implyWalk(ctx: DraftContext): void {
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

// Who walks: every person joined by "and" in the walk's subject ("a man and a woman walk", "two men
// walk"), else the one the verb belongs to.
function walkersOf(scene: CastScene): Entity[] {
  const ids = new Set(scene.words.subjectsOf('walk').flatMap((d) => (d.kind === 'person' ? (scene.idsByDraft.get(d) ?? []) : [])));
  const named = scene.people.filter((p) => ids.has(p.id));
  const one = scene.actorFor(scene.words.verbAt('walk'), false);
  return named.length > 0 ? named : one ? [one] : [];
}

export function castWalk(scene: CastScene): CastResult {
  const walkers = walkersOf(scene);
  const [walker] = walkers;
  if (!walker) throw new Error('A walk was cast without anyone to walk.');
  // "walks to the table and picks up a mug": the walk, then the lift from where it ends.
  if (liftsAfterWalk(scene)) return castWalkThenLift(scene, walker);
  const words = scene.words.words;
  const gait = gaitIn(words);
  const startSec = scene.startAt(START_SEC);
  const moving = Math.max(0.5, scene.durationSec - startSec);
  // Turning round: out for about 40% of the clip, round, and back. Stopping: walk for about 60% of
  // the clip, then stand. Otherwise keep going past the end.
  const turns = turnsIn(words);
  const seconds = turns ? 0.4 * moving : stopsIn(words) ? 0.6 * moving : moving + 0.6;
  // Walking together, they cover the same ground (the slowest's), so none draws ahead of the others.
  const distance = Math.min(...walkers.map((w) => speedOf(gaitFor(gait, w), w.size[0] ?? 1.75) * seconds), MAX_PATH_M[gait] / (turns ? 2 : 1));
  walkers.forEach((w, i) => {
    const z = round((i - (walkers.length - 1) / 2) * ABREAST_M);
    w.position = v3(-distance / 2, 0, z);
    scene.actions.push({ kind: 'walk', actor: w.id, gait, to: v3(distance / 2, 0, z), ...(turns ? { turnAround: true } : {}), startSec: round(startSec) });
  });
  placeBystanders(scene.people.filter((p) => !walkers.includes(p)), -distance / 2 + 1);
  scene.balls.forEach((b, i) => {
    b.position = v3(-1 + i * 0.5, b.size[0] ?? 0.1, -1.5);
  });
  placeAside([...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], distance / 2 + 2);
  return { focus: walker.id, defaultSetting: 'park', shot: 'wide' };
}

// A walk or run: the person sets off from one side and goes straight across the scene, stopping
// part-way when the prompt says they stop, else still going when the clip ends.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { CastResult } from '../types';
import { gaitFor, speedOf } from './gait';
import { gaitIn, stopsIn, turnsIn } from './words';

// Longest straight line a walk is laid out along (metres), so the setting holds it.
const MAX_PATH_M = { walk: 9, run: 16 };
const START_SEC = 0.3;

export function implyWalk(ctx: DraftContext): void {
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

export function castWalk(scene: CastScene): CastResult {
  const walker = scene.actorFor(scene.words.verbAt('walk'), false);
  if (!walker) throw new Error('A walk was cast without anyone to walk.');
  const words = scene.words.words;
  const gait = gaitIn(words);
  const H = walker.size[0] ?? 1.75;
  const startSec = scene.startAt(START_SEC);
  const moving = Math.max(0.5, scene.durationSec - startSec);
  // Turning round: out for about 40% of the clip, round, and back. Stopping: walk for about 60% of
  // the clip, then stand. Otherwise keep going past the end.
  const turns = turnsIn(words);
  const seconds = turns ? 0.4 * moving : stopsIn(words) ? 0.6 * moving : moving + 0.6;
  const distance = Math.min(speedOf(gaitFor(gait, walker), H) * seconds, MAX_PATH_M[gait] / (turns ? 2 : 1));
  walker.position = v3(-distance / 2, 0, 0);
  scene.actions.push({ kind: 'walk', actor: walker.id, gait, to: v3(distance / 2, 0, 0), ...(turns ? { turnAround: true } : {}), startSec: round(startSec) });
  placeBystanders(scene.people.filter((p) => p !== walker), -distance / 2 + 1);
  scene.balls.forEach((b, i) => {
    b.position = v3(-1 + i * 0.5, b.size[0] ?? 0.1, -1.5);
  });
  placeAside([...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], distance / 2 + 2);
  return { focus: walker.id, defaultSetting: 'park', shot: 'wide' };
}

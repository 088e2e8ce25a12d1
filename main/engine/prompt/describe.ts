// The understanding in words: who, what, where, which action and how it is filmed, from the plan
// the parser built and the drafts behind it.
import type { Entity, ScenePlan } from '../../contract/scene-plan';
import type { Understanding } from '../../contract/understanding';
import type { AnyActionModule } from '../actions';
import type { CastScene } from '../cast/cast-scene';
import { COLOR_WORDS } from './vocabulary';

const COLOR_NAMES = new Map(Object.entries(COLOR_WORDS).map(([name, value]) => [value, name]));

function impliedIds(scene: CastScene): Set<string> {
  const out = new Set<string>();
  for (const [draft, ids] of scene.idsByDraft) if (draft.implied) ids.forEach((id) => out.add(id));
  return out;
}

function namedColours(scene: CastScene): Map<string, string> {
  const out = new Map<string, string>();
  for (const [draft, ids] of scene.idsByDraft) {
    const name = draft.color !== null ? COLOR_NAMES.get(draft.color) : undefined;
    if (name) ids.forEach((id) => out.set(id, name));
  }
  return out;
}

const plural = (label: string, n: number): string => (n === 1 ? label : /(s|x|ch|sh)$/.test(label) ? `${label}es` : label.endsWith('man') ? `${label.slice(0, -3)}men` : `${label}s`);

// "3 red rubber balls", "hoop (added)": groups of the same thing, counted.
function listThings(entities: readonly Entity[], colours: Map<string, string>, implied: Set<string>, role: (e: Entity) => string): string[] {
  const groups = new Map<string, number>();
  for (const e of entities) {
    const colour = colours.get(e.id);
    const name = `${colour ? `${colour} ` : ''}${e.label}`;
    const key = `${name}|${role(e)}${implied.has(e.id) ? ' (added)' : ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.entries()].map(([key, n]) => {
    const [name, tail] = key.split('|') as [string, string];
    return `${n > 1 ? `${n} ` : ''}${plural(name, n)}${tail}`;
  });
}

function actionSentence(plan: ScenePlan, module: AnyActionModule | null, said: boolean): string | null {
  const first = plan.actions[0];
  if (!module || !first) return null;
  const label = (id: string | undefined): string => plan.entities.find((e) => e.id === id)?.label ?? 'something';
  const who = 'actor' in first && first.actor ? label(first.actor) : 'object' in first ? label(first.object) : 'objects' in first ? label(first.objects[0]) : 'something';
  let sentence = `the ${who} ${module.words.describe}`;
  if (first.kind === 'walk') sentence = `the ${who} ${first.gait === 'run' ? 'runs' : 'walks'}${first.turnAround ? ', turns round and comes back' : ''}`;
  if (first.kind === 'shoot') {
    if (first.intent !== 'any') sentence += first.intent === 'make' ? ', to score' : ', to miss';
    if (first.via === 'board') sentence += ', off the backboard';
  }
  if (plan.actions.length > 1) sentence += ` (each of ${plan.actions.length})`;
  return said ? sentence : `${sentence} (no action was named, so Kinora chose this)`;
}

export function describePlan(plan: ScenePlan, scene: CastScene, module: AnyActionModule | null, actionSaid: boolean, placeNamed: boolean): Omit<Understanding, 'notDepicted'> {
  const implied = impliedIds(scene);
  const colours = namedColours(scene);
  const actors = new Set(plan.actions.flatMap((a) => ('actor' in a && a.actor ? [a.actor] : [])));
  const people = plan.entities.filter((e) => e.kind === 'person');
  const things = plan.entities.filter((e) => e.kind !== 'person');
  const first = plan.actions[0];
  const verb = first?.kind === 'walk' && first.gait === 'run' ? 'runs' : (module?.words.describe.split(' ')[0] ?? '');
  const { kind, timeOfDay } = plan.setting;
  const cam = plan.camera;
  return {
    who: listThings(people, colours, implied, (e) => (actors.has(e.id) ? ` (${verb})` : ' (standing by)')),
    what: listThings(things, colours, implied, () => ''),
    where: `${kind}${timeOfDay === 'day' ? ', by day' : timeOfDay === 'night' ? ', at night' : ', at sunset'}${placeNamed ? '' : ' (the usual place for this)'}`,
    action: actionSentence(plan, module, actionSaid),
    camera: `${cam.shot} shot, ${ANGLE_NAMES[cam.angle]}, ${MOTION_NAMES[cam.motion]}`,
  };
}

const ANGLE_NAMES: Record<ScenePlan['camera']['angle'], string> = {
  side: 'side view', front: 'front view', behind: 'behind view', high: 'high view', low: 'low angle', overhead: 'overhead (top-down)',
};
const MOTION_NAMES: Record<ScenePlan['camera']['motion'], string> = {
  static: 'static camera', track: 'track camera', orbit: 'orbit camera', push: 'push camera', pull: 'pull-out camera', handheld: 'handheld camera',
};

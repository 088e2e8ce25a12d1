// The understanding in words: who, what, where, which action and how it is filmed, from the plan
// the parser built and the drafts behind it.
import type { Entity, ScenePlan } from '../../contract/scene-plan';
import type { Understanding } from '../../contract/understanding';
import { elementFacts } from '../elements/facts';
import { actionModule, type AnyActionModule } from '../actions';
import type { CastScene } from '../cast/cast-scene';
import { describeLook } from './person-look';
import { COLOR_WORDS } from './modifier-words';

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
    // A dress's colour is said with the dress.
    const top = colour && e.look?.bottom !== 'dress' ? `${colour} ` : '';
    const name = `${top}${e.label}${describeLook(e.look, (c) => COLOR_NAMES.get(c))}`;
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
  // A cameo is called by name ("@alex shoots"), anyone else by what they are ("the man shoots").
  const called = (id: string | undefined): string => {
    const name = label(id);
    return name.startsWith('@') ? name : `the ${name}`;
  };
  const subject = called('actor' in first && first.actor ? first.actor : 'object' in first ? first.object : 'objects' in first ? first.objects[0] : undefined);
  const own = module.sentence as ((a: typeof first, name: typeof called, p: ScenePlan) => string) | undefined;
  let sentence = own ? own(first, called, plan) : `${subject} ${module.words.describe}`;
  if (first.kind === 'walk') sentence = `${subject} ${first.gait === 'run' ? 'runs' : 'walks'}${first.turnAround ? ', turns round and comes back' : ''}`;
  if (first.kind === 'shoot') {
    if (first.intent !== 'any') sentence += first.intent === 'make' ? ', to score' : ', to miss';
    if (first.via === 'board') sentence += ', off the backboard';
  }
  // Actions of another kind joined after the first ("walks to the table and picks up a mug"), in order.
  const then = plan.actions.filter((a) => a.kind !== first.kind);
  for (const a of then) {
    const next = actionModule(a.kind) as AnyActionModule;
    const said = next.sentence as ((x: typeof a, name: typeof called, p: ScenePlan) => string) | undefined;
    const text = said ? said(a, called, plan) : next.words.describe;
    // The same doer is not named again: "the man walks, then lifts the mug".
    sentence += `, then ${text.startsWith(`${subject} `) ? text.slice(subject.length + 1) : text}`;
  }
  const same = plan.actions.length - then.length;
  if (same > 1) sentence += ` (each of ${same})`;
  return said ? sentence : `${sentence} (no action was named, so Kinora chose this)`;
}

// What each person does: the first action they perform, whether as its actor ("the man shoots") or
// with their own hands (`by`: "a woman pours water from a jug"), in the words of its module.
function doings(plan: ScenePlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of plan.actions) {
    const who = 'actor' in a && a.actor ? a.actor : 'by' in a && a.by ? a.by : undefined;
    if (!who || out.has(who)) continue;
    const words = actionModule(a.kind).words;
    out.set(who, a.kind === 'walk' && a.gait === 'run' ? 'runs' : (words.performer ?? words.describe.split(' ')[0] ?? ''));
  }
  // Whom an action is directed at, when the action has them do something (the catch of a throw to them).
  for (const a of plan.actions) {
    const to = 'to' in a && typeof a.to === 'string' ? a.to : undefined;
    const received = actionModule(a.kind).words.received;
    if (to && received && !out.has(to)) out.set(to, received);
  }
  return out;
}

// What a person does in the scene: the action they perform, the lines they say, or standing by
// (listening, when they are spoken to).
function roleOf(e: Entity, plan: ScenePlan, doing: ReadonlyMap<string, string>): string {
  const lines = plan.dialogue.filter((l) => l.actor === e.id).map((l) => `"${l.text.length > 40 ? `${l.text.slice(0, 38)}...` : l.text}"`);
  const verb = doing.get(e.id);
  const parts = [...(verb && verb !== 'says' ? [verb] : []), ...(lines.length > 0 ? [`says ${lines.join(', then ')}`] : [])];
  if (parts.length > 0) return ` (${parts.join(', ')})`;
  return plan.dialogue.some((l) => l.to === e.id) ? ' (listens)' : ' (standing by)';
}

export function describeWhere(setting: Pick<ScenePlan['setting'], 'kind' | 'timeOfDay' | 'elements'>, placeNamed: boolean): string {
  const { kind, timeOfDay } = setting;
  return `${kind}${timeOfDay === 'day' ? ', by day' : timeOfDay === 'night' ? ', at night' : ', at sunset'}${(setting.elements ?? []).map((k) => `, ${elementFacts(k).describe}`).join('')}${placeNamed ? '' : ' (the usual place for this)'}`;
}

export function describeCamera(cam: ScenePlan['camera']): string {
  return `${cam.shot} shot, ${ANGLE_NAMES[cam.angle]}, ${MOTION_NAMES[cam.motion]}`;
}

export function describePlan(plan: ScenePlan, scene: CastScene, module: AnyActionModule | null, actionSaid: boolean, placeNamed: boolean): Omit<Understanding, 'notDepicted'> {
  const implied = impliedIds(scene);
  const colours = namedColours(scene);
  const doing = doings(plan);
  const people = plan.entities.filter((e) => e.kind === 'person');
  const things = plan.entities.filter((e) => e.kind !== 'person');
  return {
    who: listThings(people, colours, implied, (e) => roleOf(e, plan, doing)),
    what: listThings(things, colours, implied, () => ''),
    where: describeWhere(plan.setting, placeNamed),
    // With nothing else happening, what the place's elements do ("rain falls").
    action: actionSentence(plan, module, actionSaid) ?? (plan.setting.elements?.map((k) => elementFacts(k).happens).join('; ') || null),
    camera: describeCamera(plan.camera),
  };
}

const ANGLE_NAMES: Record<ScenePlan['camera']['angle'], string> = {
  side: 'side view', front: 'front view', 'three-quarter': 'three-quarter view', behind: 'behind view', high: 'high view', low: 'low angle', overhead: 'overhead (top-down)',
};
const MOTION_NAMES: Record<ScenePlan['camera']['motion'], string> = {
  follow: 'camera follows the action', static: 'static camera', track: 'track camera', orbit: 'orbit camera', push: 'push camera', pull: 'pull-out camera', handheld: 'handheld camera',
};

// A remix as data: what the Remix panel shows of a take's plan, and the plan a set of changes makes
// of it. The parser's own tables supply what a ball type is and what light a time of day has, so a
// remixed plan is one the parser could have written.
import { ApiError } from '../../contract/api';
import { DEFAULT_SOUND, MATERIALS, SETTINGS, type Entity, type LightingPlan, type ScenePlan, type Setting } from '../../contract/scene-plan';
import type { RemixChanges, RemixFields } from '../../contract/remix';
import { describeCamera, describeWhere } from '../prompt/describe';
import { parsePrompt } from '../prompt/parse-prompt';
import { findLighting } from '../prompt/scene-words';
import { BALLS, type BallKey } from '../prompt/vocabulary';
import { settingModule } from '../settings';

const ballKeyOf = (e: Entity): string | null => (e.kind === 'ball' ? (Object.entries(BALLS).find(([, spec]) => spec.label === e.label)?.[0] ?? null) : null);

export function remixFieldsOf(plan: ScenePlan): RemixFields {
  return {
    prompt: plan.prompt,
    setting: plan.setting.kind,
    timeOfDay: plan.setting.timeOfDay,
    camera: { shot: plan.camera.shot, angle: plan.camera.angle, motion: plan.camera.motion },
    lighting: plan.lighting,
    things: plan.entities.filter((e) => e.kind !== 'person').map((e) => ({ id: e.id, kind: e.kind, label: e.label, color: e.color, material: e.material, ball: ballKeyOf(e) })),
    sound: plan.sound ?? DEFAULT_SOUND,
    durationSec: plan.format.durationSec,
    ballTypes: Object.entries(BALLS).map(([key, spec]) => ({ key, label: spec.label })),
    settings: [...SETTINGS],
    materials: [...MATERIALS],
  };
}

// A ball becomes another kind of ball: its size, weight, bounce, grip, material and colour, resting
// on whatever it rested on (its lowest point stays where it was).
function asBall(e: Entity, key: string): Entity {
  if (!(key in BALLS)) throw new ApiError('invalid_input', `Kinora has no ball called "${key}".`);
  const spec = BALLS[key as BallKey];
  const r = e.size[0] ?? spec.radius;
  return { ...e, label: spec.label, size: [spec.radius], mass: spec.mass, restitution: spec.restitution, friction: spec.friction, material: spec.material, color: spec.color, position: [e.position[0], e.position[1] - r + spec.radius, e.position[2]] };
}

function remixThings(plan: ScenePlan, things: NonNullable<RemixChanges['things']>): Entity[] {
  const byId = new Map(things.map((t) => [t.id, t]));
  for (const id of byId.keys()) if (!plan.entities.some((e) => e.id === id)) throw new ApiError('invalid_input', 'That thing is not in this take’s scene.');
  return plan.entities.map((e) => {
    const change = byId.get(e.id);
    if (!change) return e;
    let next = change.ball && e.kind === 'ball' && change.ball !== ballKeyOf(e) ? asBall(e, change.ball) : e;
    if (change.material) next = { ...next, material: change.material };
    if (change.color !== undefined) next = { ...next, color: change.color };
    return next;
  });
}

// Whether the remix has new words to read (at the take's size and frame rate, and length unless the
// words give one): the studio reads them with the cameo library, so "@alex" plays the person.
export function newWords(parent: ScenePlan, changes: RemixChanges): string | null {
  return changes.prompt && changes.prompt !== parent.prompt ? changes.prompt : null;
}

function basePlan(parent: ScenePlan, changes: RemixChanges): ScenePlan {
  const words = newWords(parent, changes);
  if (words === null) return parent;
  const { width, height, fps } = parent.format;
  return parsePrompt(words, { width, height, fps });
}

// A new time of day or a move indoors or out brings its light (night in a park is cool and dim, in a
// room lamp-lit), but what the words chose of it stays: a mood or a strength that is not the old
// place's and time's default was asked for ("dim", "warm") and is kept. Changing only the place kept
// a room's night lamps over a park at night.
function relight(light: LightingPlan, was: Pick<Setting, 'timeOfDay' | 'indoor'>, now: Pick<Setting, 'timeOfDay' | 'indoor'>): LightingPlan {
  if (was.timeOfDay === now.timeOfDay && was.indoor === now.indoor) return light;
  const before = findLighting('', was.timeOfDay, was.indoor);
  const after = findLighting('', now.timeOfDay, now.indoor);
  return { mood: light.mood === before.mood ? after.mood : light.mood, intensity: light.intensity === before.intensity ? after.intensity : light.intensity };
}

// `reread`: the new words as the studio read them (with their cameos cast), if there are any.
export function remixPlan(parent: ScenePlan, changes: RemixChanges, reread?: ScenePlan): ScenePlan {
  const base = reread ?? basePlan(parent, changes);
  const kind = changes.setting ?? base.setting.kind;
  const indoor = settingModule(kind).indoor;
  const timeOfDay = changes.timeOfDay ?? base.setting.timeOfDay;
  const light = relight(base.lighting, base.setting, { timeOfDay, indoor });
  const camera = { ...base.camera, ...changes.camera };
  const plan: ScenePlan = {
    ...base,
    setting: { kind, indoor, timeOfDay },
    camera,
    lighting: { ...light, ...changes.lighting },
    entities: changes.things ? remixThings(base, changes.things) : base.entities,
    sound: { ...(base.sound ?? DEFAULT_SOUND), ...changes.sound },
    format: { ...base.format, durationSec: changes.durationSec ?? base.format.durationSec },
  };
  return base.understanding ? { ...plan, understanding: { ...base.understanding, where: describeWhere(plan.setting, true), camera: describeCamera(camera) } } : plan;
}

// What makes the motion: the things as the simulation sees them (not their colour or name), what
// they do, the ground, the clip's length and frame rate. Two plans that agree on it have the same trace.
function physicsOf(plan: ScenePlan): Record<string, string> {
  const { kind: _kind, ...ground } = { kind: plan.setting.kind, ...settingModule(plan.setting.kind).ground };
  const { name: _name, footsteps: _footsteps, ...groundPhysics } = ground;
  return {
    things: JSON.stringify(plan.entities.map(({ label: _l, color: _c, ...rest }) => rest)),
    actions: JSON.stringify(plan.actions),
    ground: JSON.stringify(groundPhysics),
    length: JSON.stringify([plan.format.durationSec, plan.format.fps]),
  };
}

// The parts of the motion a remix changes (none: the stored trace is reused as it is).
export function physicsChanges(before: ScenePlan, after: ScenePlan): string[] {
  const a = physicsOf(before);
  const b = physicsOf(after);
  return Object.keys(a).filter((k) => a[k] !== b[k]);
}

// A line saying what a remix changed, for the lineage tree ("night, high angle, red ball").
export function describeRemix(before: ScenePlan, after: ScenePlan): string[] {
  const out: string[] = [];
  if (after.prompt !== before.prompt) out.push(`new words: “${after.prompt.slice(0, 60)}”`);
  if (after.setting.kind !== before.setting.kind) out.push(`${after.setting.kind}`);
  if (after.setting.timeOfDay !== before.setting.timeOfDay) out.push(after.setting.timeOfDay === 'day' ? 'by day' : `at ${after.setting.timeOfDay}`);
  (['shot', 'angle', 'motion'] as const).forEach((k) => {
    if (after.camera[k] !== before.camera[k]) out.push(`${after.camera[k]} ${k === 'shot' ? 'shot' : k === 'angle' ? 'angle' : 'camera'}`);
  });
  if (JSON.stringify(after.lighting) !== JSON.stringify(before.lighting) && after.setting.timeOfDay === before.setting.timeOfDay) out.push(`${after.lighting.mood} light`);
  for (const e of after.entities) {
    const was = before.entities.find((x) => x.id === e.id);
    if (!was) continue;
    if (was.label !== e.label) out.push(`${was.label} → ${e.label}`);
    else if (was.material !== e.material) out.push(`${e.label} in ${e.material}`);
    else if (was.color !== e.color) out.push(`${e.label} recoloured`);
  }
  const sa = after.sound ?? DEFAULT_SOUND;
  const sb = before.sound ?? DEFAULT_SOUND;
  if (sa.level !== sb.level) out.push(`sound ${Math.round(sa.level * 100)}%`);
  if (sa.ambience !== sb.ambience) out.push(sa.ambience ? 'ambience on' : 'ambience off');
  if (after.format.durationSec !== before.format.durationSec) out.push(`${after.format.durationSec} s`);
  return out;
}

// Prompt -> ScenePlan, by rules: clean the text, find the things and the verbs, read the place,
// time, light, camera and duration, lay the scene out so the action works, and validate the result
// against the contract. Everything unknown is ignored; a prompt with nothing Kinora v1 can show is
// refused with a message that says what it can show.
import { ApiError } from '../../contract/api';
import { MAX_DURATION_SEC, MAX_PROMPT_LENGTH, MIN_DURATION_SEC } from '../../contract/format';
import {
  DEFAULT_FORMAT,
  scenePlanSchema,
  videoFormatSchema,
  type ScenePlan,
  type Setting,
  type VideoFormat,
} from '../../contract/scene-plan';
import { SHOOT_RELEASE_AFTER_START } from '../actions/shoot/pose';
import { settingModule } from '../settings';
import { castPrompt, subjectNear } from './cast-prompt';
import { buildDialogue } from './dialogue';
import { findMentions, resolveMentions } from './entities';
import { findCamera, findDistanceM, findDurationSec, findLighting, findSetting, findSpeedFactor, findTimeOfDay } from './scene-words';
import { cleanText } from './text';
import { findVerbs } from './verbs';

export const UNSUPPORTED_MESSAGE =
  'Kinora v1 cannot show that yet. It can show balls (basketballs, tennis balls, bowling balls, rubber balls and more) ' +
  'dropping, bouncing, rolling or being thrown, basketball hoops and people shooting at them, boxes, ramps and tables, ' +
  'in a gym, on a street, in a park, on a beach or in a room. Try: "a basketball player shoots at the hoop and misses".';


function resolveFormat(format: Partial<VideoFormat>, fromPrompt: number | null): VideoFormat {
  // An explicit duration from the caller (the UI's duration field) wins; then the prompt's own
  // "8 seconds"; then the default.
  const durationSec = Math.min(Math.max(format.durationSec ?? fromPrompt ?? DEFAULT_FORMAT.durationSec, MIN_DURATION_SEC), MAX_DURATION_SEC);
  const merged = { ...DEFAULT_FORMAT, ...format, durationSec };
  const parsed = videoFormatSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('invalid_input', `The video format is not valid${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.`);
  }
  return parsed.data;
}

export function parsePrompt(prompt: string, format: Partial<VideoFormat> = {}): ScenePlan {
  if (typeof prompt !== 'string') throw new ApiError('invalid_input', 'The prompt must be text.');
  const trimmed = prompt.trim();
  if (trimmed.length === 0) throw new ApiError('invalid_input', 'Type a prompt first: describe the scene you want to see.');
  if (trimmed.length > MAX_PROMPT_LENGTH) {
    throw new ApiError('invalid_input', `The prompt is too long (${trimmed.length} characters): keep it under ${MAX_PROMPT_LENGTH} characters.`);
  }

  const clean = cleanText(trimmed);
  const drafts = resolveMentions(findMentions(clean.words));
  const verbs = findVerbs(clean.words);
  const formatOut = resolveFormat(format, findDurationSec(clean.words));
  const cast = castPrompt(drafts, verbs, { durationSec: formatOut.durationSec, distanceM: findDistanceM(clean.words), speedFactor: findSpeedFactor(clean.text) });
  const { scene } = cast;
  if (scene.entities.length === 0) throw new ApiError('unsupported_prompt', UNSUPPORTED_MESSAGE);

  const hint = findSetting(clean.words, clean.text);
  const kind: Setting['kind'] = hint.kind ?? cast.defaultSetting;
  const indoor = settingModule(kind).indoor;
  const timeOfDay = findTimeOfDay(clean.text) ?? 'day';
  const cam = findCamera(clean.words, clean.text);
  const motion = cam.motion ?? 'static';
  const subject = subjectNear(scene, cam.subjectAt) ?? (motion === 'track' || cam.shot === 'close' ? cast.focus : null);

  const shot = scene.actions.find((a) => a.kind === 'shoot');
  // Lines are spoken after the action they react to: after the shot lands, or once things move.
  const firstLineAt = shot ? shot.startSec + SHOOT_RELEASE_AFTER_START + 1.3 : 0.6;
  const people = scene.entities.filter((e) => e.kind === 'person');

  const plan: ScenePlan = {
    version: 1,
    prompt: trimmed,
    setting: { kind, indoor, timeOfDay },
    entities: scene.entities,
    actions: scene.actions,
    camera: { shot: cam.shot ?? cast.shot, angle: cam.angle ?? 'side', motion, subject },
    lighting: findLighting(clean.text, timeOfDay, indoor),
    dialogue: buildDialogue(clean.quotes, people, firstLineAt, formatOut.durationSec),
    format: formatOut,
  };
  const parsed = scenePlanSchema.safeParse(plan);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('internal', `Could not build a valid scene from the prompt${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.`);
  }
  return parsed.data;
}

// Prompt -> ScenePlan, by rules: clean the text, find the things and the verbs, ask the action table
// which action it describes and let that action lay the scene out, read the place, time, light,
// camera and duration, then judge honestly what the result shows: the words it could not depict are
// listed with the plan, and a prompt whose subject or main action it cannot show is refused.
import { ApiError } from '../../contract/api';
import { MAX_DURATION_SEC, MAX_PROMPT_LENGTH, MIN_DURATION_SEC } from '../../contract/format';
import { DEFAULT_FORMAT, scenePlanSchema, videoFormatSchema, type ElementKind, type LightingPlan, type ScenePlan, type Setting, type VideoFormat } from '../../contract/scene-plan';
import type { PromptReading } from '../../contract/understanding';
import { settingFacts } from '../settings/facts';
import { castPrompt, subjectNear, type CastPrompt } from './cast-prompt';
import { describePlan } from './describe';
import { maskCameos, unmaskCameos, type CameoWords } from './cameo-mentions';
import { castSeaward, goesSeaward, seawardSentence } from '../cast/seaward';
import { elementsFor, findElements, intoSea, maskElements, misplaced, placeFor, type FoundElements } from './elements';
import { buildDialogue } from './dialogue';
import { lineOrder } from './line-order';
import { linesNeedSec, timeLines } from './line-timing';
import { resolveMentions, type Draft } from './drafts';
import { findMentions, type Mention } from './entities';
import { judge, UNSUPPORTED_MESSAGE } from './honesty';
import { findCamera, findDistanceM, findDurationSec, findLighting, findSetting, findSpeedFactor, findTimeOfDay } from './scene-words';
import { cleanText, type CleanText } from './text';
import { findVerbs } from './verbs';
import { maskNegated, readNegation } from './negation';
import { dropVerbSlots } from './verb-slot';
import { timesAsked } from './repetition';
import { clipNeedSec } from './clip-length';

export { UNSUPPORTED_MESSAGE };

function resolveFormat(format: Partial<VideoFormat>, fromPrompt: number | null, linesNeedSec: number): VideoFormat {
  // An explicit duration from the caller (the UI's duration field) wins; then the prompt's own
  // "8 seconds"; then the default, made long enough for the lines to be said.
  const fallback = Math.max(DEFAULT_FORMAT.durationSec, Math.ceil(linesNeedSec));
  const durationSec = Math.min(Math.max(format.durationSec ?? fromPrompt ?? fallback, MIN_DURATION_SEC), MAX_DURATION_SEC);
  const parsed = videoFormatSchema.safeParse({ ...DEFAULT_FORMAT, ...format, durationSec });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('invalid_input', `The video format is not valid${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.`);
  }
  return parsed.data;
}

function checkText(prompt: unknown): string {
  if (typeof prompt !== 'string') throw new ApiError('invalid_input', 'The prompt must be text.');
  const trimmed = prompt.trim();
  if (trimmed.length === 0) throw new ApiError('invalid_input', 'Type a prompt first: describe the scene you want to see.');
  if (trimmed.length > MAX_PROMPT_LENGTH) {
    throw new ApiError('invalid_input', `The prompt is too long (${trimmed.length} characters): keep it under ${MAX_PROMPT_LENGTH} characters.`);
  }
  return trimmed;
}

// Rain falls from clouds: unless the prompt sets the light, the day is dimmer and cooler.
function underClouds(light: LightingPlan, elements: readonly ElementKind[], text: string): LightingPlan {
  if (!elements.includes('rain') || light.mood === 'warm' || light.intensity !== 1 || / (bright|sunny|sunlit) /.test(text)) return light;
  return { mood: 'cool', intensity: 0.7 };
}

// Unless the prompt or the action says where from: a person whose own hands do the work (a pour,
// a push, a spun coin) stands across the table from the camera, and one who only stands there ("a
// close-up of a woman smiling") is a portrait, so the view is their front ('side' is their profile);
// anything else is seen from the side of the way it goes.
function defaultAngle(actions: readonly ScenePlan['actions'][number][], entities: readonly ScenePlan['entities'][number][]): ScenePlan['camera']['angle'] {
  const first = actions[0];
  if (!first && entities.some((e) => e.kind === 'person')) return 'front';
  const doer = first && 'by' in first ? entities.find((e) => e.id === first.by) : undefined;
  return doer?.kind === 'person' ? 'front' : 'side';
}

// Place, light, camera and dialogue around the cast scene.
function assemble(prompt: string, clean: CleanText, mentions: readonly Mention[], cast: CastPrompt, format: VideoFormat, found: FoundElements): { plan: ScenePlan; namedSetting: Setting['kind'] | null } {
  const { scene } = cast;
  const hint = findSetting(clean.words, clean.text, (i) => mentions.some((m) => i >= m.index && i < m.end));
  const kind = placeFor(hint.kind, cast.defaultSetting, found, scene.entities.length === 0);
  const elements = elementsFor(found, kind);
  const indoor = settingFacts(kind).indoor;
  const timeOfDay = findTimeOfDay(clean.text) ?? 'day';
  const cam = findCamera(clean.words, clean.text);
  const motion = cam.motion ?? 'follow';
  const subject = subjectNear(scene, cam.subjectAt) ?? (motion === 'track' || cam.shot === 'close' ? cast.focus : null);
  // The prompt's word order says whether a line comes before the action (which then waits for it)
  // or after it.
  const lines = timeLines(clean.quotes.map((q) => q.text), clean.quotes.map(lineOrder), scene.actions, scene.entities, format.durationSec);
  const plan: ScenePlan = {
    version: 1,
    prompt,
    setting: { kind, indoor, timeOfDay, ...(elements.length > 0 ? { elements } : {}) },
    entities: scene.entities,
    actions: lines.actions,
    // Only the place (rain, the sea): a wide view of it.
    camera: { shot: cam.shot ?? (scene.entities.length === 0 ? 'wide' : cast.shot), angle: cam.angle ?? cast.angle ?? defaultAngle(scene.actions, scene.entities), motion, subject },
    lighting: underClouds(findLighting(clean.text, timeOfDay, indoor), elements, clean.text),
    dialogue: buildDialogue(clean.quotes, scene.people, lines.times, format.durationSec),
    format,
    ...(scene.stillLiquid ? { stillLiquid: scene.stillLiquid } : {}),
  };
  return { plan, namedSetting: hint.kind };
}

// What the caller knows about the cameos a prompt may name: their real heights (the library's), or
// null for a name it does not know (the studio refuses those before anything is made).
export interface CameoLookup {
  heightM(name: string): number | null;
}

// A cameo the prompt names and the person entity it plays.
export interface CastCameo {
  name: string;
  entityId: string;
}

// "@alex" mentions carry the cameo's name; their drafts take its real height.
function castCameoDrafts(mentions: Mention[], words: CameoWords): Mention[] {
  return mentions.map((m) => (words.at.has(m.index) ? { ...m, cameo: words.at.get(m.index) as string } : m));
}

function withHeights(drafts: Draft[], lookup: CameoLookup | undefined): Draft[] {
  for (const d of drafts) if (d.cameo) d.cameo.heightM = lookup?.heightM(d.cameo.name) ?? d.cameo.heightM;
  return drafts;
}

function castCameos(cast: CastPrompt): CastCameo[] {
  return [...cast.scene.idsByDraft].flatMap(([draft, ids]) => (draft.cameo && ids[0] ? [{ name: draft.cameo.name, entityId: ids[0] }] : []));
}

// What the words of a prompt say, read once whatever the clip's length (only the cast depends on it).
interface PromptWords {
  prompt: string;
  clean: CleanText;
  wantedClean: CleanText;
  cameoWords: CameoWords;
  negation: ReturnType<typeof readNegation>;
  wanted: string[];
  mentions: Mention[];
  found: FoundElements;
  verbs: ReturnType<typeof findVerbs>;
}

function readWords(promptInput: string): PromptWords {
  const prompt = checkText(promptInput);
  const masked = maskCameos(prompt);
  const { clean, cameos: cameoWords } = unmaskCameos(cleanText(masked.masked), masked.names);
  // What the prompt says is not wanted is read by the judge alone: nothing else sees those words.
  const negation = readNegation(clean.words);
  const wanted = maskNegated(clean.words, negation);
  const wantedClean = { ...clean, words: wanted, text: ` ${wanted.join(' ')} ` };
  const mentions = castCameoDrafts(dropVerbSlots(wanted, findMentions(wanted, clean.owners)), cameoWords);
  const found = findElements(wanted);
  const verbs = findVerbs(maskElements(wanted, found));
  return { prompt, clean, wantedClean, cameoWords, negation, wanted, mentions, found, verbs };
}

// The scene cast from the words for a clip of `format`'s length (fresh drafts each time: a cast
// changes its drafts).
function castFor(w: PromptWords, format: VideoFormat, cameoLookup: CameoLookup | undefined): { cast: CastPrompt; drafts: Draft[] } {
  const { clean, verbs, wanted } = w;
  const numbers = { durationSec: format.durationSec, distanceM: findDistanceM(clean.words), speedFactor: findSpeedFactor(clean.text), times: timesAsked(wanted) };
  const drafts = withHeights(resolveMentions(w.mentions), cameoLookup);
  // An action the prompt also names without a negation is still cast ("tips over without spilling":
  // the tip), and the judge then says the negation cannot be honoured.
  const unwanted = new Set([...w.negation.kinds].filter((k) => !verbs.at.has(k)));
  return { cast: castPrompt(drafts, verbs, numbers, clean.quotes.length, unwanted), drafts };
}

// Reads a prompt without throwing for what Kinora cannot show: the plan (when accepted), what it
// understood, and the refusal (when not). Invalid input (not text, empty, too long, a bad format)
// still throws, as it is not a question of understanding.
export function readPrompt(promptInput: string, format: Partial<VideoFormat> = {}, cameoLookup?: CameoLookup): PromptReading & { plan: ScenePlan | null; cameos: CastCameo[] } {
  const words = readWords(promptInput);
  const { prompt, clean, wantedClean, cameoWords, negation, wanted, mentions, found, verbs } = words;
  const needSec = linesNeedSec(clean.quotes, clean.quotes.map(lineOrder), verbs.at.has('shoot'));
  const asked = resolveFormat(format, findDurationSec(clean.words), needSec);
  const first = castFor(words, asked, cameoLookup);
  // Words that set no length get a clip long enough for what they ask (clip-length.ts): cast once more at it.
  const grown = format.durationSec === undefined && findDurationSec(clean.words) === null ? clipNeedSec(first.cast, asked.durationSec) : null;
  const formatOut = grown === null ? asked : resolveFormat({ ...format, durationSec: grown }, null, needSec);
  const { cast, drafts } = grown === null ? first : castFor(words, formatOut, cameoLookup);
  const assembled = assemble(prompt, wantedClean, mentions, cast, formatOut, found);
  const { namedSetting } = assembled;
  // Something dropped or thrown into the sea is carried to the water's edge and sent out over it.
  const seaward = assembled.plan.setting.kind === 'beach' && intoSea(found, 'beach', clean.words) !== null && goesSeaward(cast.action?.kind);
  const plan = seaward && cast.action ? castSeaward(assembled.plan, cast.action.kind) : assembled.plan;
  const actionSaid = cast.action !== null && verbs.at.has(cast.action.kind);
  const read = describePlan(plan, cast.scene, cast.action, actionSaid, namedSetting !== null);
  const described = seaward && read.action ? { ...read, action: seawardSentence(read.action) } : read;
  const could = plan.entities.length > 0 ? `${plan.entities.map((e) => `${/^[aeiou]/.test(e.label) ? 'an' : 'a'} ${e.label}`).join(', ')} in a ${plan.setting.kind}` : null;
  // Mentions no draft took (an owner only: "his mother's vase") are not in the scene: every word of
  // them ("the old man's hat": old and man).
  const drafted = new Set(drafts.flatMap((d) => d.mentions));
  const unshown = new Set(mentions.flatMap((m) => (drafted.has(m.index) ? [] : Array.from({ length: m.end - m.index }, (_, k) => m.index + k))));
  const verdict = judge({ clean, mentions, unshown, verbs, cast, namedSetting, sceneSetting: plan.setting.kind, elements: found, misplaced: misplaced(found, plan.setting.kind, wanted, seaward), negation, sceneElements: plan.setting.elements ?? [], cameoAt: cameoWords.at }, could);
  const understanding = { ...described, ...(cameoWords.names.length > 0 ? { cameos: cameoWords.names } : {}), notDepicted: verdict.notDepicted, words: verdict.words };
  const cameos = castCameos(cast);
  if (verdict.refusal !== null) return { accepted: false, understanding, refusal: verdict.refusal, plan: null, cameos };
  const parsed = scenePlanSchema.safeParse({ ...plan, understanding });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('internal', `Could not build a valid scene from the prompt${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.`);
  }
  return { accepted: true, understanding, refusal: null, plan: parsed.data, cameos };
}

export function parsePrompt(prompt: string, format: Partial<VideoFormat> = {}, cameoLookup?: CameoLookup): ScenePlan {
  return parsePromptWithCameos(prompt, format, cameoLookup).plan;
}

// The plan and the cameos it casts (which person each "@name" plays).
export function parsePromptWithCameos(prompt: string, format: Partial<VideoFormat> = {}, cameoLookup?: CameoLookup): { plan: ScenePlan; cameos: CastCameo[] } {
  const reading = readPrompt(prompt, format, cameoLookup);
  if (!reading.plan) throw new ApiError('unsupported_prompt', reading.refusal ?? UNSUPPORTED_MESSAGE);
  return { plan: reading.plan, cameos: reading.cameos };
}

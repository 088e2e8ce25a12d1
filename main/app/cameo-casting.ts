// Cameos in generation: the studio's side of "@alex". Every cameo a prompt names must pass the
// library's gate (ready, consented, not revoked, not deleted) before anything is queued and again
// when the job starts; the plan then records who played whom, and the worker is told where their
// footage is. The reading as the user types says the same refusal early.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CAMEO_FILES, type CameoFramesFile } from '../cameo/cameo-files';
import type { CameoService } from '../cameo/cameo-service';
import type { Cameo } from '../contract/cameo';
import { MAX_CAMEOS_PER_SCENE, type CameoUse } from '../contract/cameo-use';
import { ApiError } from '../contract/errors';
import type { ScenePlan } from '../contract/scene-plan';
import type { PromptReading } from '../contract/understanding';
import { attachCameos, type ResolvedCameo } from '../engine/cameo/attach-cameos';
import type { CameoSource } from '../engine/cameo/footage';
import { cutRefusal } from '../engine/cameo/cut-staging';
import { bodyHalfWidthM, cutHalfWidthM, measurePerson, type PersonMeasure } from '../engine/cameo/person-measure';
import type { CameoLookup, CastCameo } from '../engine/prompt/parse-prompt';
import { maskCameos } from '../engine/prompt/cameo-mentions';
import { recastPerson } from '../engine/prompt/recast-person';

export function cameoLookup(cameos: CameoService): CameoLookup {
  return { heightM: (name) => cameos.library.heightOf(name) };
}

// The reading with a refusal when a named cameo may not be used (unknown, no consent, revoked...),
// or cannot play what the prompt asks (filmed from the waist up, asked to walk). The cameos are
// measured and seated exactly as Generate does it (castCameos), so a prompt accepted as it is typed
// is never refused at Generate, nor the other way round.
export async function checkReading(cameos: CameoService, reading: PromptReading & { cameos: CastCameo[]; plan: ScenePlan | null }): Promise<PromptReading> {
  const { accepted, understanding, refusal } = reading;
  if (!accepted || reading.cameos.length === 0) return { accepted, understanding, refusal };
  try {
    const resolved = await resolveCameos(cameos, reading.cameos);
    const plan = reading.plan ? attachCameos({ ...reading.plan, ...(understanding ? { understanding } : {}) }, resolved) : null;
    const staged = plan ? cutRefusal(plan) : null;
    if (staged) return { accepted: false, understanding, refusal: staged };
    // Where a cameo is shown differs from the prompt's words (seated behind the table): the reading says so.
    return { accepted, understanding: plan?.understanding ?? understanding, refusal };
  } catch (error) {
    if (error instanceof ApiError) return { accepted: false, understanding, refusal: error.message };
    throw error;
  }
}

// What a take records of the cameo playing a person (and of where their footage cuts them off).
function useOf(cameo: Cameo, entityId: string, cut: { shownShare: number; cutHalfWidthM?: number }): CameoUse {
  const { shownShare, cutHalfWidthM } = cut;
  return { id: cameo.id, name: cameo.name, entityId, heightM: cameo.heightM, consentAt: cameo.consent?.confirmedAt ?? '', ...(shownShare < 1 ? { shownShare, ...(cutHalfWidthM ? { cutHalfWidthM } : {}) } : {}) };
}

async function measured(folder: string, name: string): Promise<PersonMeasure> {
  try {
    return measurePerson(JSON.parse(await readFile(path.join(folder, CAMEO_FILES.frames), 'utf8')) as CameoFramesFile);
  } catch {
    throw new ApiError('cameo_unusable', `The analysis of the cameo "${name}" is missing or damaged. Analyse it again in the Cameos panel.`);
  }
}

// Each named cameo passed through the library's gate and measured from its stored analysis: its
// height, body width and where its footage cuts it off. The one input of both the reading and Generate.
async function resolveCameos(cameos: CameoService, cast: readonly CastCameo[]): Promise<ResolvedCameo[]> {
  if (cast.length > MAX_CAMEOS_PER_SCENE) throw new ApiError('invalid_input', `A scene can hold at most ${MAX_CAMEOS_PER_SCENE} cameos; this prompt names ${cast.length}.`);
  const resolved: ResolvedCameo[] = [];
  for (const { name, entityId } of cast) {
    const cameo = cameos.requireUsable(name);
    if (!cameo.consent) throw new ApiError('cameo_unusable', `The cameo "${cameo.name}" cannot be used until its consent is confirmed in the Cameos panel.`);
    const measure = await measured(cameos.library.folder(cameo.id), cameo.name);
    resolved.push({ use: useOf(cameo, entityId, { shownShare: measure.shownShare, cutHalfWidthM: cutHalfWidthM(measure, cameo.heightM) }), bodyHalfWidthM: bodyHalfWidthM(measure, cameo.heightM) });
  }
  return resolved;
}

// The plan with its cameos written in, and where the worker finds their footage.
export async function castCameos(cameos: CameoService, plan: ScenePlan, cast: readonly CastCameo[]): Promise<{ plan: ScenePlan; sources: CameoSource[] }> {
  const resolved = await resolveCameos(cameos, cast);
  const sources: CameoSource[] = [];
  for (const { use } of resolved) {
    const cameo = cameos.requireUsable(use.id);
    if (!sources.some((s) => s.id === cameo.id)) sources.push({ id: cameo.id, name: cameo.name, folder: cameos.library.folder(cameo.id), hasAudio: cameo.hasAudio });
  }
  const attached = attachCameos(plan, resolved);
  const refusal = cutRefusal(attached);
  if (refusal) throw new ApiError('invalid_input', refusal);
  return { plan: attached, sources };
}

// Just before a queued job runs: a cameo revoked or deleted while it waited stops it.
export function recheckCameos(cameos: CameoService, plan: ScenePlan): void {
  for (const use of plan.cameos ?? []) cameos.requireUsable(use.id);
}

// The prompt with this cameo playing the person it is about (the picker beside a prompt).
export function castCameoInPrompt(cameos: CameoService, prompt: string, name: string): string {
  const cameo = cameos.requireUsable(name);
  const recast = recastPerson(prompt, cameo.name);
  if (recast === null) throw new ApiError('invalid_input', `This prompt names no person for @${cameo.name} to play. Write @${cameo.name} where you want them, as in "@${cameo.name} shoots at the hoop".`);
  return recast;
}

// Whether an edited prompt only changes who plays the person ("a man shoots..." or "@alex shoots..."
// become "@sam shoots..."): a regeneration that recasts is the same scene, so it keeps the take's length.
export function onlyCastDiffers(before: string, after: string): boolean {
  const shape = (prompt: string): string => maskCameos(prompt).masked.replace(/\s+/g, ' ').trim().toLowerCase();
  const cast = maskCameos(after).names[0];
  const recast = cast === undefined ? null : recastPerson(before, cast);
  return shape(before) === shape(after) || (recast !== null && shape(recast) === shape(after));
}

// Where the worker finds the footage of the cameos a plan already records (a take made from another:
// a range, a remix, an extension, an imported take): each must still be usable and consented.
export function cameoSources(cameos: CameoService, plan: ScenePlan): CameoSource[] {
  const sources: CameoSource[] = [];
  for (const use of plan.cameos ?? []) {
    const cameo = cameos.requireUsable(use.id);
    if (!cameo.consent) throw new ApiError('cameo_unusable', `The cameo "${cameo.name}" cannot be used until its consent is confirmed in the Cameos panel.`);
    if (!sources.some((s) => s.id === cameo.id)) sources.push({ id: cameo.id, name: cameo.name, folder: cameos.library.folder(cameo.id), hasAudio: cameo.hasAudio });
  }
  return sources;
}

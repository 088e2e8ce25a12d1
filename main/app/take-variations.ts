// The remix-and-regenerate workflow as the studio runs it: each request (a range of a clip, a
// remix of a take, an extension) is checked against the project and turned into a job the queue runs
// like any generation: the plan to make, what it is made from, and how the lineage tree will tell it.
import path from 'node:path';
import { ApiError } from '../contract/api';
import { extendRefusal } from '../contract/format';
import type { RemixChanges, TakeChange } from '../contract/remix';
import type { ScenePlan } from '../contract/scene-plan';
import type { Derivation, ParentTakeFiles } from '../engine/generate/derivation';
import { parsePrompt } from '../engine/prompt/parse-prompt';
import { describeRemix, newWords, physicsChanges, remixPlan } from '../engine/remix/remix-plan';
import { sameWorld } from '../engine/simulate/continue-take';
import type { NewJob } from '../projects/job-rows';
import type { ProjectStore } from '../projects/project-store';
import { onlyCastDiffers } from './cameo-casting';
import { newSeed } from './take-requests';

export interface PreparedJob {
  request: NewJob;
  plan: ScenePlan;
  from?: Derivation;
  change: TakeChange;
}

const seconds = (s: number): string => `${Number(s.toFixed(2))} s`;

function parentFiles(store: ProjectStore, takeId: string): { files: ParentTakeFiles; take: ReturnType<ProjectStore['takeRecord']>['take'] } {
  const { take, plan, trace } = store.takeRecord(takeId);
  return { files: { plan, trace, takeDir: path.dirname(take.videoPath) }, take };
}

// A range's edited words may change what happens, not the scene: its actions replace the take's.
function rangePlan(plan: ScenePlan, prompt: string | undefined): ScenePlan {
  if (prompt === undefined || prompt.trim() === plan.prompt.trim()) return plan;
  const { durationSec, fps, width, height } = plan.format;
  const read = parsePrompt(prompt, { durationSec, fps, width, height });
  const edited: ScenePlan = { ...plan, prompt: read.prompt, actions: read.actions, ...(read.understanding ? { understanding: read.understanding } : {}) };
  if (!sameWorld(plan, read)) {
    throw new ApiError('invalid_input', 'A range can change what happens (a make instead of a miss, a harder kick), not who or what is in the scene or where. Remix the take, or regenerate it whole, for that.');
  }
  return edited;
}

export function prepareRange(store: ProjectStore, request: { clipId: string; startSec: number; endSec: number; seed?: number; prompt?: string }): PreparedJob {
  const clip = store.clip(request.clipId);
  const { files, take } = parentFiles(store, clip.takeId);
  const fps = files.plan.format.fps;
  const joinFrame = Math.round(request.startSec * fps);
  const untilFrame = Math.min(files.trace.frameCount, Math.round(request.endSec * fps));
  if (joinFrame < 1 || joinFrame >= files.trace.frameCount) throw new ApiError('invalid_input', 'Start the range after the clip’s first frame and before its end.');
  if (untilFrame <= joinFrame) throw new ApiError('invalid_input', 'The range must be at least one frame long.');
  const plan = rangePlan(files.plan, request.prompt);
  const seed = newSeed(take.seed, request.seed);
  const range = { startSec: joinFrame / fps, endSec: untilFrame / fps };
  const edited = plan.prompt !== files.plan.prompt;
  return {
    request: { prompt: plan.prompt, seed, clipId: clip.id, parentTakeId: take.id, durationSec: files.plan.format.durationSec },
    plan,
    from: { kind: 'range', parent: files, joinFrame, untilFrame },
    change: { kind: 'range', summary: `Range ${seconds(range.startSec)}–${seconds(range.endSec)} ${edited ? `from the edit “${plan.prompt.slice(0, 60)}”` : `with seed ${seed}`}`, range },
  };
}

export function prepareExtend(store: ProjectStore, request: { clipId: string; bySec: number }): PreparedJob {
  const clip = store.clip(request.clipId);
  const { files, take } = parentFiles(store, clip.takeId);
  const from = files.plan.format.durationSec;
  const to = Math.round((from + request.bySec) * files.plan.format.fps) / files.plan.format.fps;
  const refusal = extendRefusal(from, to - from);
  if (refusal) throw new ApiError('invalid_input', refusal);
  const plan: ScenePlan = { ...files.plan, format: { ...files.plan.format, durationSec: to } };
  return {
    request: { prompt: take.prompt, seed: take.seed, clipId: clip.id, parentTakeId: take.id, durationSec: to },
    plan,
    from: { kind: 'extend', parent: files },
    change: { kind: 'extend', summary: `Extended by ${seconds(to - from)} to ${seconds(to)}` },
  };
}

// Reads a remix's new words at the take's size and rate, casting any "@name" from the cameo library.
export type ReadWords = (prompt: string, format: Partial<ScenePlan['format']>) => Promise<ScenePlan>;

export async function prepareRemix(store: ProjectStore, request: { takeId: string; clipId: string | null; changes: RemixChanges }, read: ReadWords): Promise<PreparedJob> {
  const { files, take } = parentFiles(store, request.takeId);
  if (request.clipId !== null) store.clip(request.clipId);
  const words = newWords(files.plan, request.changes);
  const { width, height, fps, durationSec } = files.plan.format;
  // Words that only recast the person (the Cameo picker) are the same scene at the same length.
  const format = words !== null && onlyCastDiffers(files.plan.prompt, words) ? { width, height, fps, durationSec } : { width, height, fps };
  const plan = remixPlan(files.plan, request.changes, words === null ? undefined : await read(words, format));
  const changed = describeRemix(files.plan, plan);
  if (changed.length === 0) throw new ApiError('invalid_input', 'Change something first: the setting, the time of day, the camera, the light, the things in the scene or the sound.');
  const lookOnly = physicsChanges(files.plan, plan).length === 0;
  // A new look keeps the motion itself; a change of the physics simulates again with the take's
  // original seed, so it stays as close to the take as the change allows.
  const seed = lookOnly ? take.seed : files.trace.seed;
  return {
    request: { prompt: plan.prompt, seed, clipId: request.clipId, parentTakeId: take.id, durationSec: plan.format.durationSec },
    plan,
    ...(lookOnly ? { from: { kind: 'look' as const, parent: files } } : {}),
    change: { kind: 'remix', summary: `Remix: ${changed.join(', ')}${lookOnly ? ' (same motion)' : ' (simulated again)'}`, lookOnly },
  };
}

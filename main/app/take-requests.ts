// The requests for a take made from words: a fresh generation and a clip's regeneration. Each is
// turned into the job row the queue runs, the change the lineage tree tells, and the picture size to
// make it at; the studio reads the words and queues it (studio.ts enqueue).
import { randomInt } from 'node:crypto';
import { DEFAULT_RESOLUTION, resolutionOf, type ResolutionId } from '../contract/format';
import type { TakeChange } from '../contract/remix';
import type { NewJob } from '../projects/job-rows';
import type { ProjectStore } from '../projects/project-store';
import { onlyCastDiffers } from './cameo-casting';

export interface WordsRequest {
  request: NewJob;
  change?: TakeChange;
  resolution: ResolutionId;
}

// Seeds are 31-bit (what the engine's random streams and the database's rows take).
const MAX_SEED = 2 ** 31 - 1;

// The asked seed, else a random one that is not `not` (a new take must differ from the one it replaces).
export function newSeed(not: number | null, asked?: number): number {
  if (asked !== undefined) return asked;
  const seed = randomInt(0, MAX_SEED);
  return seed === not ? (seed + 1) % MAX_SEED : seed;
}

export function freshTake(request: { prompt: string; seed?: number; durationSec?: number; resolution?: ResolutionId }): WordsRequest {
  return {
    request: { prompt: request.prompt, seed: newSeed(null, request.seed), clipId: null, parentTakeId: null, durationSec: request.durationSec ?? null },
    resolution: request.resolution ?? DEFAULT_RESOLUTION,
  };
}

// "Regenerate" means a different take: never the seed the clip's take already has, unless asked.
export function regenerateTake(store: ProjectStore, request: { clipId: string; prompt?: string; seed?: number; resolution?: ResolutionId }): WordsRequest {
  const clip = store.clip(request.clipId);
  const { take, plan } = store.takeRecord(clip.takeId);
  const seed = newSeed(take.seed, request.seed);
  // Same prompt: keep the take's length (it may have come from the duration field). Edited prompt:
  // let the new words decide ("... 8 seconds"), as they would for a fresh generation; recast only
  // (another cameo plays the person), it is the same scene at the same length.
  const edited = request.prompt !== undefined && request.prompt !== take.prompt && !onlyCastDiffers(take.prompt, request.prompt);
  return {
    request: { prompt: request.prompt ?? take.prompt, seed, clipId: clip.id, parentTakeId: take.id, durationSec: edited ? null : plan.format.durationSec },
    change: { kind: 'regenerate', summary: edited ? 'Regenerated from an edited prompt' : `Regenerated with seed ${seed}` },
    resolution: request.resolution ?? resolutionOf(plan.format.width, plan.format.height) ?? DEFAULT_RESOLUTION,
  };
}

// Calls that start and stop generation jobs.
import { z } from 'zod';
import { MAX_DURATION_SEC, MIN_DURATION_SEC, RESOLUTION_IDS } from '../format';
import { idSchema, promptSchema } from '../model';
import { jobStarted, ok, projectRef, seedSchema } from './shared';

export const generationCalls = {
  'generate.start': {
    input: projectRef.extend({
      prompt: promptSchema,
      seed: seedSchema.optional(),
      durationSec: z.number().min(MIN_DURATION_SEC).max(MAX_DURATION_SEC).optional(),
      // The picture size (480p when absent).
      resolution: z.enum(RESOLUTION_IDS).optional(),
    }),
    output: jobStarted,
  },
  // Regenerate a clip: with the same prompt and a new seed, or with an edited prompt. The new take
  // replaces the clip's current take on the timeline; the old take is kept.
  'clips.regenerate': {
    input: projectRef.extend({
      clipId: idSchema,
      prompt: promptSchema.optional(),
      seed: seedSchema.optional(),
      // The picture size of the new take (the current take's when absent).
      resolution: z.enum(RESOLUTION_IDS).optional(),
    }),
    output: jobStarted,
  },
  'jobs.cancel': { input: projectRef.extend({ jobId: idSchema }), output: ok },
} as const;

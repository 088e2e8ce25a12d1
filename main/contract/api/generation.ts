// Calls that start and stop generation jobs.
import { z } from 'zod';
import { MAX_DURATION_SEC, MIN_DURATION_SEC } from '../format';
import { idSchema, promptSchema } from '../model';
import { jobStarted, ok, projectRef, seedSchema } from './shared';

export const generationCalls = {
  'generate.start': {
    input: projectRef.extend({
      prompt: promptSchema,
      seed: seedSchema.optional(),
      durationSec: z.number().min(MIN_DURATION_SEC).max(MAX_DURATION_SEC).optional(),
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
    }),
    output: jobStarted,
  },
  'jobs.cancel': { input: projectRef.extend({ jobId: idSchema }), output: ok },
} as const;

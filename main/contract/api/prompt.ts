// Reading a prompt without generating: what Kinora would make of it, as the user types.
import { z } from 'zod';
import { MAX_DURATION_SEC, MIN_DURATION_SEC } from '../format';
import { cameoNameSchema } from '../cameo';
import { promptSchema } from '../model';
import { promptReadingSchema } from '../understanding';

export const promptCalls = {
  'prompt.understand': {
    input: z.object({ prompt: promptSchema, durationSec: z.number().min(MIN_DURATION_SEC).max(MAX_DURATION_SEC).optional() }),
    output: promptReadingSchema,
  },
  // The prompt with a cameo in place of the person it is about ("a man shoots" -> "@alex shoots").
  'prompt.castCameo': {
    input: z.object({ prompt: promptSchema, cameoName: cameoNameSchema }),
    output: z.object({ prompt: z.string() }),
  },
} as const;

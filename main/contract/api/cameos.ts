// Calls about the cameo library and the models that analyse it. Cameos live in the app's home, not in
// a project, so none of these take a projectId.
import { z } from 'zod';
import { idSchema } from '../model';
import { blockedCameoSchema, cameoHeightSchema, cameoNameSchema, cameoSchema, cameoSourceSchema } from '../cameo';
import { executionProviderSchema, modelsStateSchema } from '../models';
import { ok } from './shared';

const cameoRef = z.object({ cameoId: idSchema });

export const cameoCalls = {
  'cameos.list': { input: z.object({}), output: z.array(cameoSchema) },
  // Starts analysis at once and returns the new cameo (status 'analysing'); progress follows as events.
  'cameos.import': {
    input: z.object({ source: cameoSourceSchema, fileName: z.string().min(1).max(255) }),
    output: cameoSchema,
  },
  'cameos.cancel': { input: cameoRef, output: cameoSchema },
  // Analyses a cancelled or failed cameo again from its stored footage.
  'cameos.reanalyse': { input: cameoRef, output: cameoSchema },
  'cameos.update': {
    input: cameoRef.extend({ name: cameoNameSchema.optional(), heightM: cameoHeightSchema.optional() }),
    output: cameoSchema,
  },
  // Confirms "this is me, or I have this person's permission" now, in the name of confirmedBy.
  'cameos.consent': {
    input: cameoRef.extend({ confirmed: z.literal(true), confirmedBy: z.string().trim().min(1).max(100) }),
    output: cameoSchema,
  },
  // Blocks any new use; the record (and its consent history) is kept.
  'cameos.revoke': { input: cameoRef, output: cameoSchema },
  // Removes the footage and the mattes from disk; a tombstone (id, name, when revoked) stays so the
  // takes that used it stay blocked.
  'cameos.delete': { input: cameoRef, output: ok },
  // Every revoked or deleted cameo: the editor marks the takes that used one, export refuses them.
  'cameos.blocked': { input: z.object({}), output: z.array(blockedCameoSchema) },
  'models.list': { input: z.object({}), output: modelsStateSchema },
  'models.setProvider': { input: z.object({ provider: executionProviderSchema }), output: modelsStateSchema },
} as const;

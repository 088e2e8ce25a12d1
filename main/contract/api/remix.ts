// Calls of the remix-and-regenerate workflow: regenerate a range of a clip, extend a clip, remix a
// take (and read what the Remix panel shows of it), put any take of a lineage on the timeline, and
// share a take as a .kinora-take file.
import { z } from 'zod';
import { MAX_DURATION_SEC } from '../format';
import { idSchema, projectStateSchema, promptSchema } from '../model';
import { remixChangesSchema, remixFieldsSchema } from '../remix';
import { jobStarted, projectRef, seedSchema } from './shared';

const takeTime = z.number().min(0).max(MAX_DURATION_SEC);

export const remixCalls = {
  // A new take of the clip: the same up to startSec, simulated again from there (bounces in the range
  // vary; what is thrown, kicked or shot from its start is drawn anew), with a new seed or edited
  // words for what happens. Times are in the take's own seconds.
  'clips.regenerateRange': {
    input: projectRef.extend({ clipId: idSchema, startSec: takeTime, endSec: takeTime, seed: seedSchema.optional(), prompt: promptSchema.optional() }),
    output: jobStarted,
  },
  // A new take of the clip that runs on past its end by bySec (up to the longest clip).
  'clips.extend': { input: projectRef.extend({ clipId: idSchema, bySec: z.number().positive().max(MAX_DURATION_SEC) }), output: jobStarted },
  // A new take made from any take with some of its plan changed; it lands in clipId (or a new clip).
  'takes.remix': { input: projectRef.extend({ takeId: idSchema, clipId: idSchema.nullable(), changes: remixChangesSchema }), output: jobStarted },
  'takes.remixable': { input: projectRef.extend({ takeId: idSchema }), output: remixFieldsSchema },
  // Shows a take in a clip (as one of its takes), or adds it as a new clip at the end: one undoable edit.
  'takes.place': { input: projectRef.extend({ takeId: idSchema, clipId: idSchema.nullable() }), output: projectStateSchema },
  // Writes the take as one .kinora-take file (its plan, seed, motion, media, lineage and provenance).
  'takes.export': { input: projectRef.extend({ takeId: idSchema, outputPath: z.string().trim().min(1, 'Choose where to save the take.').max(4096) }), output: z.object({ path: z.string() }) },
  // Imports an uploaded .kinora-take file as a new clip at the end (one undoable edit).
  'takes.import': { input: projectRef.extend({ uploadId: idSchema, fileName: z.string().trim().min(1).max(255) }), output: projectStateSchema },
} as const;

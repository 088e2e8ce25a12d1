// Importing sound: a file the editor uploaded (see KinoraClient.upload) becomes a clip on a voice or
// music track, in one undoable edit.
import { z } from 'zod';
import { idSchema, projectStateSchema } from '../model';
import { projectRef } from './shared';

export const mediaCalls = {
  'media.import': {
    input: projectRef.extend({
      uploadId: idSchema,
      fileName: z.string().trim().min(1).max(255),
      trackId: idSchema,
      atSec: z.number().min(0).max(24 * 3600),
    }),
    output: projectStateSchema,
  },
} as const;

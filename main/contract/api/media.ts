// Importing sound: a file the editor uploaded (see KinoraClient.upload) becomes a clip on a voice or
// music track, in one undoable edit.
import { z } from 'zod';
import { idSchema, projectStateSchema } from '../model';
import { projectRef } from './shared';

// The largest file the editor hands over for import (longer than any song or voice-over anyone drops
// on a timeline), and what the user reads when a file is larger.
export const MAX_MEDIA_UPLOAD_BYTES = 2 * 1024 ** 3;
export const MEDIA_TOO_LARGE = `The file is larger than ${MAX_MEDIA_UPLOAD_BYTES / 1024 ** 3} GB, the most Kinora imports.`;

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

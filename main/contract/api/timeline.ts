// Edits of the timeline and its history. Each is one transaction and one undo step.
import { z } from 'zod';
import { idSchema, projectStateSchema } from '../model';
import { projectRef } from './shared';

export const timelineCalls = {
  'clips.selectTake': { input: projectRef.extend({ clipId: idSchema, takeId: idSchema }), output: projectStateSchema },
  'clips.delete': { input: projectRef.extend({ clipId: idSchema }), output: projectStateSchema },
  'clips.move': {
    input: projectRef.extend({ clipId: idSchema, position: z.number().int().min(0) }),
    output: projectStateSchema,
  },
  'history.undo': { input: projectRef, output: projectStateSchema },
  'history.redo': { input: projectRef, output: projectStateSchema },
} as const;

// Calls that create, open and read projects.
import { z } from 'zod';
import { projectStateSchema } from '../model';
import { projectRef } from './shared';

export const projectCalls = {
  'projects.create': {
    input: z.object({ name: z.string().trim().min(1, 'Give the project a name.').max(100) }),
    output: projectStateSchema,
  },
  'projects.open': { input: z.object({ path: z.string().min(1).max(4096) }), output: projectStateSchema },
  'projects.state': { input: projectRef, output: projectStateSchema },
} as const;

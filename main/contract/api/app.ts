// Calls about the app itself.
import { z } from 'zod';
import { appInfoSchema } from '../model';

export const appCalls = {
  'app.info': { input: z.object({}), output: appInfoSchema },
} as const;

// Pieces every domain's calls are built from.
import { z } from 'zod';
import { idSchema } from '../model';

export const projectRef = z.object({ projectId: idSchema });
export const ok = z.object({ ok: z.literal(true) });
export const jobStarted = z.object({ jobId: idSchema });
export const seedSchema = z.number().int().min(0).max(2 ** 31 - 1);

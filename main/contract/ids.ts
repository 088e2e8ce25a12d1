// Ids of everything stored (projects, takes, clips, tracks...): short, URL- and path-safe.
import { z } from 'zod';

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

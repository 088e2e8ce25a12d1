// Shapes the Models view shows: which neural networks Kinora runs locally, where their weights come
// from and under which licence, and which execution provider runs them.
import { z } from 'zod';

export const executionProviderSchema = z.enum(['cpu', 'cuda', 'directml', 'coreml']);
export type ExecutionProvider = z.infer<typeof executionProviderSchema>;

export const modelInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  task: z.string(),
  file: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  licence: z.string(),
  source: z.string(),
  // 'unchecked' until the file is first loaded (hashing 88 MB on every listing would be wasteful).
  status: z.enum(['unchecked', 'ok', 'missing', 'corrupt']),
  message: z.string(),
});
export type ModelInfo = z.infer<typeof modelInfoSchema>;

export const providerStateSchema = z.object({
  // What the user asked for.
  selected: executionProviderSchema,
  // What this machine can offer at all.
  available: z.array(executionProviderSchema),
  // What the last session actually ran on (after any fallback), null before the first load.
  active: executionProviderSchema.nullable(),
  message: z.string(),
});
export type ProviderState = z.infer<typeof providerStateSchema>;

export const modelsStateSchema = z.object({ models: z.array(modelInfoSchema), provider: providerStateSchema });
export type ModelsState = z.infer<typeof modelsStateSchema>;

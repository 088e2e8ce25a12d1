// Exporting the film: an MP4 (progress and cancel through 'export.updated' events) or the cut as
// OpenTimelineIO for another editor.
import { z } from 'zod';
import { EXPORT_PRESET_IDS } from '../export-presets';
import { idSchema } from '../model';
import { ok, projectRef } from './shared';

const outputPath = z.string().trim().min(1, 'Choose where to save the file.').max(4096);

export const exportStatusSchema = z.enum(['running', 'done', 'failed', 'cancelled']);

export const exportProgressSchema = z.object({
  id: idSchema,
  status: exportStatusSchema,
  progress: z.number().min(0).max(1),
  // Seconds left, once the encoder can tell.
  etaSec: z.number().min(0).nullable(),
  outputPath: z.string(),
  error: z.string().nullable(),
  result: z.object({ sidecarPath: z.string(), integratedLufs: z.number(), truePeakDb: z.number() }).nullable(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

// What checking an exported film's provenance found.
export const exportVerificationSchema = z.object({
  ok: z.boolean(),
  problems: z.array(z.string()),
  keyId: z.string().nullable(),
  // Signed by this installation's own key.
  madeHere: z.boolean(),
  generator: z.string().nullable(),
  createdAt: z.string().nullable(),
  parts: z.number().int().min(0),
});
export type ExportVerification = z.infer<typeof exportVerificationSchema>;

export const exportCalls = {
  'export.start': {
    input: projectRef.extend({
      span: z.enum(['all', 'range']),
      preset: z.enum(EXPORT_PRESET_IDS),
      watermark: z.boolean().default(true),
      outputPath,
    }),
    output: z.object({ exportId: idSchema }),
  },
  'export.cancel': { input: projectRef.extend({ exportId: idSchema }), output: ok },
  // span 'range': the marked range only, cut to it and starting at 0 (as the film export cuts it).
  'export.otio': { input: projectRef.extend({ outputPath, span: z.enum(['all', 'range']).default('all') }), output: z.object({ path: z.string() }) },
  // Checks the signed provenance of a film (its sidecar beside it).
  'export.verify': { input: z.object({ path: outputPath }), output: exportVerificationSchema },
} as const;

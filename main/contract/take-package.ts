// A .kinora-take file: one take another Kinora user can import and remix. Facts about the format live
// here (the projects layer writes and reads it): a 16-byte lead (magic, version, header length), a
// JSON header, then the take's files one after another, each with its size and SHA-256 in the header.
import { z } from 'zod';
import { scenePlanSchema } from './scene-plan';
import { takeChangeSchema } from './remix';
import { worldTraceSchema } from './world-trace';

export const TAKE_PACKAGE_EXT = '.kinora-take';
export const TAKE_PACKAGE_MAGIC = 'KINOTAKE';
export const TAKE_PACKAGE_VERSION = 1;
export const TAKE_PACKAGE_LEAD_BYTES = 16;
// A 20 s 1080p clip with its master and states is well under this; anything larger is not a take.
export const MAX_TAKE_PACKAGE_BYTES = 512 * 1024 * 1024;
export const MAX_TAKE_PACKAGE_HEADER_BYTES = 64 * 1024 * 1024;

// The files a package carries, by their role in a take's folder (engine/generate/take-files.ts).
export const PACKAGED_FILES = ['video', 'filmstrip', 'peaks', 'sound', 'states', 'view'] as const;
export const REQUIRED_PACKAGED_FILES = ['video', 'filmstrip', 'peaks'] as const;

export const takePackageHeaderSchema = z.object({
  format: z.literal('kinora-take'),
  version: z.literal(TAKE_PACKAGE_VERSION),
  take: z.object({
    prompt: z.string().max(1000),
    seed: z.number().int(),
    plan: scenePlanSchema,
    trace: worldTraceSchema,
    filmstripFrames: z.number().int().positive().max(1000),
  }),
  // The take's family from its original down to it, as the lineage tree told it.
  lineage: z.array(takeChangeSchema).min(1).max(256),
  provenance: z.object({ app: z.literal('Kinora'), appVersion: z.string().max(64), exportedAt: z.string().max(64), project: z.string().max(200) }),
  // Whether a cameo (a real person's likeness) plays in the take; the plan's cameos say who, and the
  // same rule as everywhere applies to them (a revoked or deleted cameo blocks export, naming the clip).
  cameo: z.object({ used: z.boolean() }),
  files: z
    .array(z.object({ role: z.enum(PACKAGED_FILES), bytes: z.number().int().min(0).max(MAX_TAKE_PACKAGE_BYTES), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .min(REQUIRED_PACKAGED_FILES.length)
    .max(PACKAGED_FILES.length),
});
export type TakePackageHeader = z.infer<typeof takePackageHeaderSchema>;

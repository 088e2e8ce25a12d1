// Remixing, regenerating a range, extending, and a take's lineage: the shapes the Remix panel, the
// range selection and the lineage tree exchange with main.
import { z } from 'zod';
import { MAX_DURATION_SEC, MIN_DURATION_SEC } from './format';
import { cameraSchema, lightingSchema, materialSchema, SETTINGS, settingSchema, soundPlanSchema } from './scene-plan';

// What the Remix panel can change of a take, as it stands (takes.remixable answers with this).
export const remixFieldsSchema = z.object({
  prompt: z.string(),
  setting: z.enum(SETTINGS),
  timeOfDay: settingSchema.shape.timeOfDay,
  camera: cameraSchema.pick({ shot: true, angle: true, motion: true }),
  lighting: lightingSchema,
  // The things in the scene a user can recolour, remake in another material, or (balls) swap.
  things: z.array(z.object({ id: z.string(), kind: z.string(), label: z.string(), color: z.number().int(), material: materialSchema, ball: z.string().nullable() })),
  sound: soundPlanSchema,
  durationSec: z.number(),
  // The ball types a ball can become (key and label).
  ballTypes: z.array(z.object({ key: z.string(), label: z.string() })),
  // Settings and materials to choose from.
  settings: z.array(z.enum(SETTINGS)),
  materials: z.array(materialSchema),
});
export type RemixFields = z.infer<typeof remixFieldsSchema>;

// What a remix changes. Anything left out stays as the take has it.
export const remixChangesSchema = z.object({
  // New words for the scene: read afresh, then the other changes apply on top.
  prompt: z.string().trim().min(1).max(1000).optional(),
  setting: z.enum(SETTINGS).optional(),
  timeOfDay: settingSchema.shape.timeOfDay.optional(),
  camera: cameraSchema.pick({ shot: true, angle: true, motion: true }).partial().optional(),
  lighting: lightingSchema.partial().optional(),
  things: z
    .array(z.object({ id: z.string().min(1).max(64), color: z.number().int().min(0).max(0xffffff).optional(), material: materialSchema.optional(), ball: z.string().max(32).optional() }))
    .max(64)
    .optional(),
  sound: soundPlanSchema.partial().optional(),
  durationSec: z.number().min(MIN_DURATION_SEC).max(MAX_DURATION_SEC).optional(),
});
export type RemixChanges = z.infer<typeof remixChangesSchema>;

export const TAKE_CHANGE_KINDS = ['original', 'regenerate', 'range', 'remix', 'extend', 'import'] as const;

// How a take came from its parent, for the lineage tree: the kind, and a line saying what changed.
export const takeChangeSchema = z.object({
  kind: z.enum(TAKE_CHANGE_KINDS),
  summary: z.string().max(500),
  // A range's start and end in the take's own time (seconds).
  range: z.object({ startSec: z.number().min(0), endSec: z.number().min(0) }).optional(),
  // A remix that kept the motion (look or sound only).
  lookOnly: z.boolean().optional(),
});
export type TakeChange = z.infer<typeof takeChangeSchema>;

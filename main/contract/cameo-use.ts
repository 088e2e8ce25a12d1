// A cameo as a take used it: which person in the plan it played, and what the library said about it
// when the take was made (its height, and when its owner's consent was given). Stored inside the
// ScenePlan, so every take keeps the record of whose likeness it holds, whatever the library does later.
import { z } from 'zod';
import { idSchema } from './ids';

// How a prompt names a cameo: "@alex". The name itself follows cameoNameSchema (one word).
export const CAMEO_MENTION_PATTERN = /@([\p{L}\p{N}_-]+)/gu;

export const cameoUseSchema = z.object({
  // The cameo's id in the library, and the name the prompt called it by.
  id: idSchema,
  name: z.string().min(1).max(64),
  // The person entity (in plan.entities) the cameo plays.
  entityId: z.string().min(1).max(64),
  heightM: z.number().positive(),
  // The share of their standing body the footage shows, from the crown down, when the frame cuts
  // them off at the bottom (0.47: from the waist up); absent when it shows them head to feet.
  shownShare: z.number().gt(0).lt(1).optional(),
  // Half the width of the edge where the footage cuts them off (metres), measured when cast.
  cutHalfWidthM: z.number().positive().lt(2).optional(),
  // How far below a standing person's their card is drawn (metres): seated behind a table, so its
  // top hides where the footage cuts them off (engine/cameo/cut-staging.ts); absent when standing.
  seatDropM: z.number().positive().lt(2).optional(),
  // When the consent the take relied on was confirmed (ISO time).
  consentAt: z.string(),
});
export type CameoUse = z.infer<typeof cameoUseSchema>;

// The most cameos one scene may hold (a scene holds at most five people).
export const MAX_CAMEOS_PER_SCENE = 5;

// What a take tells the editor about the cameos in it (the rest stays in the plan).
export const takeCameoSchema = z.object({ id: idSchema, name: z.string() });
export type TakeCameo = z.infer<typeof takeCameoSchema>;

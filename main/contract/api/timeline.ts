// Edits of the timeline and its history. Each is one transaction and one undo step, and replies with
// the new project state.
import { z } from 'zod';
import { idSchema, projectStateSchema } from '../model';
import { gainSchema } from '../timeline';
import { projectRef } from './shared';

const timeSec = z.number().min(0).max(24 * 3600);
const clipIds = z.array(idSchema).min(1).max(10_000);
const edit = <T extends z.ZodRawShape>(shape: T) => ({ input: projectRef.extend(shape), output: projectStateSchema });

// A clip as the editor's clipboard holds it: everything but its id, and its start relative to the
// earliest copied clip.
export const clipCopySchema = z.object({
  trackId: idSchema,
  offsetSec: z.number().min(0),
  sourceInSec: z.number().min(0),
  durationSec: z.number().positive(),
  takeId: idSchema.nullable(),
  takeIds: z.array(idSchema),
  mediaId: idSchema.nullable(),
  volume: gainSchema,
  fadeInSec: z.number().min(0),
  fadeOutSec: z.number().min(0),
});
export type ClipCopy = z.infer<typeof clipCopySchema>;

export const timelineCalls = {
  'clips.selectTake': edit({ clipId: idSchema, takeId: idSchema }),
  // Lift (leave a gap) or ripple delete (close it).
  'clips.delete': edit({ clipIds, ripple: z.boolean().default(false) }),
  // Moves clips by deltaSec, and onto another track of the same kind when trackId is given.
  'clips.move': edit({ clipIds, deltaSec: z.number().min(-24 * 3600).max(24 * 3600), trackId: idSchema.nullable().default(null) }),
  'clips.trim': edit({ clipId: idSchema, edge: z.enum(['start', 'end']), timeSec }),
  // Splits the given clips under timeSec, or every clip under it when clipIds is null.
  'clips.split': edit({ timeSec, clipIds: clipIds.nullable().default(null) }),
  'clips.setSound': edit({
    clipIds,
    volume: gainSchema.optional(),
    fadeInSec: z.number().min(0).max(3600).optional(),
    fadeOutSec: z.number().min(0).max(3600).optional(),
  }),
  'clips.paste': edit({ atSec: timeSec, copies: z.array(clipCopySchema).min(1).max(10_000) }),
  'timeline.closeGap': edit({ trackId: idSchema, atSec: timeSec }),
  'tracks.update': edit({ trackId: idSchema, muted: z.boolean().optional(), volume: gainSchema.optional(), syncLocked: z.boolean().optional() }),
  'tracks.addVideo': edit({}),
  // Deletes an added video track (V2 and up) with its sound track and every clip on them.
  'tracks.remove': edit({ trackId: idSchema }),
  'markers.add': edit({ timeSec, label: z.string().max(200).default('') }),
  'markers.update': edit({ markerId: idSchema, timeSec: timeSec.optional(), label: z.string().max(200).optional() }),
  'markers.delete': edit({ markerId: idSchema }),
  'range.set': edit({ point: z.enum(['in', 'out']), timeSec }),
  'range.clear': edit({}),
  'history.undo': { input: projectRef, output: projectStateSchema },
  'history.redo': { input: projectRef, output: projectStateSchema },
} as const;

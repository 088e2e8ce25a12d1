// What Kinora understood of a prompt, in words a user reads: who is in the scene, what things,
// where, which action, how it is filmed, and the words it could not depict. Stored with every take
// (inside its plan) and shown as the user types.
import { z } from 'zod';

const phrase = z.string().max(200);

export const understandingSchema = z.object({
  // People, with what they do ("basketball player (shoots)", "woman (watches)").
  who: z.array(phrase).max(64),
  // Things ("basketball", "3 red rubber balls"); "(added)" marks what the action implies but the
  // prompt did not name.
  what: z.array(phrase).max(64),
  where: phrase,
  // The action, as a sentence ("the basketball player shoots at the hoop, to miss, off the
  // backboard"), or null when nothing is asked to happen.
  action: phrase.nullable(),
  camera: phrase,
  // The cameos the prompt names ("alex" for "@alex"), who play its people (absent when none).
  cameos: z.array(z.string().max(64)).max(16).optional(),
  // Words and phrases of the prompt that change nothing in the result.
  notDepicted: z.array(phrase).max(64),
  // Each noun and verb of the prompt, in order, and whether the result shows it (absent on takes
  // made before the list existed); for a word the result contradicts, why ("an egg sinks in water").
  words: z.array(z.object({ word: z.string().max(64), kind: z.enum(['noun', 'verb']), depicted: z.boolean(), reason: phrase.optional() })).max(128).optional(),
});
export type Understanding = z.infer<typeof understandingSchema>;

// The answer to "what would this prompt make?": the understanding, and when the prompt is refused,
// why (a sentence that says what can be shown instead).
export const promptReadingSchema = z.object({
  accepted: z.boolean(),
  understanding: understandingSchema.nullable(),
  refusal: z.string().nullable(),
});
export type PromptReading = z.infer<typeof promptReadingSchema>;

// Shapes of the project data the renderer sees. Paths inside a project are relative to its folder;
// the renderer turns them into URLs with its transport's mediaUrl().
import { z } from 'zod';
import { idSchema } from './ids';
import { MAX_PROMPT_LENGTH } from './format';
import { mediaSchema, timelineSchema } from './timeline';
import { takeCameoSchema } from './cameo-use';
import { understandingSchema } from './understanding';
import { takeChangeSchema } from './remix';

export { idSchema };
export type { Clip } from './timeline';

export const promptSchema = z
  .string()
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, 'Type a prompt first: describe the scene you want to see.')
      .max(MAX_PROMPT_LENGTH, `The prompt is too long: keep it under ${MAX_PROMPT_LENGTH} characters.`),
  );

export const projectSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  path: z.string(),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const takeSchema = z.object({
  id: idSchema,
  prompt: z.string(),
  seed: z.number().int(),
  // The take this one was regenerated or remixed from; null for a fresh generation.
  parentTakeId: idSchema.nullable(),
  durationSec: z.number().positive(),
  width: z.number().int(),
  height: z.number().int(),
  fps: z.number().int(),
  videoPath: z.string(),
  filmstripPath: z.string(),
  // Number of thumbnails laid left-to-right in the filmstrip image.
  filmstripFrames: z.number().int().positive(),
  peaksPath: z.string(),
  outcome: z.string(),
  createdAt: z.string(),
  // What the parser understood of the prompt, with the words it could not depict (absent for takes
  // made before Kinora recorded it).
  understanding: understandingSchema.optional(),
  // The cameos whose likeness the take holds (from its plan); the editor marks the take and export
  // refuses it once one of them is revoked or deleted.
  cameos: z.array(takeCameoSchema).optional(),
  // How this take came from its parent (an original, a regeneration, a range, a remix...).
  change: takeChangeSchema,
  // Its spoken lines alone (the dialogue stem heard on D1, linked to the clip) and their waveform;
  // absent when it has no lines, or was made when voices were mixed into its own sound.
  speech: z
    .object({
      path: z.string(),
      peaksPath: z.string(),
      // The lines said, as the plan wrote them, so the editor can show what the part on D1 is.
      lines: z.array(z.object({ speaker: z.string(), text: z.string() })).optional(),
    })
    .optional(),
});
export type Take = z.infer<typeof takeSchema>;

export const jobStatusSchema = z.enum(['queued', 'running', 'done', 'failed', 'cancelled', 'interrupted']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobSchema = z.object({
  id: idSchema,
  prompt: z.string(),
  // The clip this job will replace the take of; null to append a new clip.
  clipId: idSchema.nullable(),
  // How long its clip will be (s), so the timeline's placeholder is that long; null for a row written
  // before lengths were recorded.
  durationSec: z.number().positive().nullable(),
  status: jobStatusSchema,
  progress: z.number().min(0).max(1),
  stage: z.string(),
  error: z.string().nullable(),
  // The take a finished job produced; null until it is done.
  takeId: idSchema.nullable(),
  createdAt: z.string(),
  // Present on a job the app's stopping cut short, found when the project was opened this time: the
  // editor names it and offers to run it again as it was asked (its seed and length; fromClip: it
  // regenerated, extended or remixed a clip, which is run again from that clip).
  interruptedOnOpen: z.object({ seed: z.number().int().min(0), durationSec: z.number().positive().nullable(), fromClip: z.boolean() }).optional(),
});
export type Job = z.infer<typeof jobSchema>;

export const projectStateSchema = z.object({
  project: projectSummarySchema,
  // Goes up with every edit, so a client can tell a late reply from newer news and keep the newer.
  revision: z.number().int().min(0),
  // Tracks, clips, markers and the in/out range.
  timeline: timelineSchema,
  takes: z.array(takeSchema),
  // Imported sound files the timeline's clips play.
  media: z.array(mediaSchema),
  jobs: z.array(jobSchema),
  history: z.object({
    canUndo: z.boolean(),
    canRedo: z.boolean(),
    undoLabel: z.string().nullable(),
    redoLabel: z.string().nullable(),
  }),
});
export type ProjectState = z.infer<typeof projectStateSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  projectsDir: z.string(),
  ffmpeg: z.object({ ok: z.boolean(), path: z.string().nullable(), message: z.string() }),
  recentProjects: z.array(projectSummarySchema),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

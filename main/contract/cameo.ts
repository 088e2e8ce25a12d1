// Shapes and limits of a cameo: a person cut out of their own footage, kept in the app's library
// (not in a project) with the consent its owner confirmed. One home for every cameo limit.
import { z } from 'zod';
import { idSchema } from './model';

// A cameo is a short performance, not a film: 30 s is plenty to loop or trim into a clip.
export const MAX_CAMEO_DURATION_SEC = 30;
// A 30 s phone video at 4K is ~200 MB; anything far bigger is not a cameo clip.
export const MAX_CAMEO_UPLOAD_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_CAMEO_HEIGHT_M = 1.7;
export const MIN_CAMEO_HEIGHT_M = 0.5;
export const MAX_CAMEO_HEIGHT_M = 2.5;
export const MAX_CAMEO_NAME_LENGTH = 40;

// What an importer accepts, by extension; ffprobe then checks what the file really holds.
export const CAMEO_VIDEO_EXTENSIONS = ['.mp4', '.mov', '.webm', '.mkv'] as const;
export const CAMEO_PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;
export const CAMEO_EXTENSIONS: readonly string[] = [...CAMEO_VIDEO_EXTENSIONS, ...CAMEO_PHOTO_EXTENSIONS];

// The sentence a user confirms; stored verbatim with the time, so the record says what was agreed to.
export const CAMEO_CONSENT_TEXT = "This is me, or I have this person's permission to use their likeness.";

// A name is what a prompt calls the cameo by ("@alex"): one word of letters, digits, - and _.
export const cameoNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the cameo a name, such as "alex".')
  .max(MAX_CAMEO_NAME_LENGTH, `Keep the cameo's name under ${MAX_CAMEO_NAME_LENGTH} characters.`)
  .regex(/^[\p{L}\p{N}_-]+$/u, 'A cameo name is one word (letters, digits, - or _), so a prompt can say "@name".');

export const cameoHeightSchema = z
  .number()
  .min(MIN_CAMEO_HEIGHT_M, `A height is between ${MIN_CAMEO_HEIGHT_M} and ${MAX_CAMEO_HEIGHT_M} metres.`)
  .max(MAX_CAMEO_HEIGHT_M, `A height is between ${MIN_CAMEO_HEIGHT_M} and ${MAX_CAMEO_HEIGHT_M} metres.`);

export const cameoStatusSchema = z.enum(['analysing', 'ready', 'failed', 'cancelled']);
export type CameoStatus = z.infer<typeof cameoStatusSchema>;

export const cameoConsentSchema = z.object({
  text: z.string(),
  // Who confirmed it, in their words (the cameo's name at the time unless they typed another).
  confirmedBy: z.string(),
  confirmedAt: z.string(),
});

export const cameoSchema = z.object({
  id: idSchema,
  name: z.string(),
  heightM: z.number(),
  kind: z.enum(['video', 'photo']),
  status: cameoStatusSchema,
  progress: z.number().min(0).max(1),
  stage: z.string(),
  error: z.string().nullable(),
  consent: cameoConsentSchema.nullable(),
  revokedAt: z.string().nullable(),
  // When the owner allowed takes holding this cameo to be shared as .kinora-take files; null (the
  // default) while they have not: such a take is refused at export, naming the cameo.
  sharingAllowedAt: z.string().nullable(),
  // Ready, consented and not revoked: the only state in which a scene may use it.
  usable: z.boolean(),
  sourceFileName: z.string(),
  durationSec: z.number().min(0),
  fps: z.number().min(0),
  frameCount: z.number().int().min(0),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  hasAudio: z.boolean(),
  // How the footage frames the person: the share of their standing body it shows from the crown down
  // (1: head to feet) and that in words ("from the waist up"). A cut-off cameo is drawn at its true
  // size, only where its cut edge is hidden. Null until analysed.
  framing: z.object({ shownShare: z.number().min(0).max(1), words: z.string() }).nullable(),
  // Files inside the cameo's folder, for cameoMediaUrl(); null until analysis has written them.
  posterPath: z.string().nullable(),
  mattePath: z.string().nullable(),
  createdAt: z.string(),
});
export type Cameo = z.infer<typeof cameoSchema>;

// A cameo no take may use or export any more: revoked, or deleted (a tombstone keeps its id, name and
// when it was revoked, so the takes that hold its likeness stay blocked).
export const blockedCameoSchema = z.object({
  id: idSchema,
  name: z.string(),
  revokedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type BlockedCameo = z.infer<typeof blockedCameoSchema>;

// Where an import's file comes from: a file the browser host received (uploads/), or a local path
// (Electron's drop and file picker, which know the real path).
export const cameoSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('upload'), uploadId: z.string().regex(/^[a-f0-9]{32}$/, 'Unknown upload.') }),
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
]);
export type CameoSource = z.infer<typeof cameoSourceSchema>;

// The browser host's upload endpoint (POST, body = the file, ?name=<file name>&token=...): replies
// { uploadId } or { error: { code, message } }. Electron imports by path instead.
export const CAMEO_UPLOAD_PATH = '/upload/cameo';
export const cameoUploadReplySchema = z.union([
  z.object({ uploadId: z.string() }),
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
]);

// Electron's media URLs for the cameo library: kinora-media://cameo/<cameoId>/<file> (project ids,
// the other hosts, are UUIDs).
export const CAMEO_MEDIA_HOST = 'cameo';

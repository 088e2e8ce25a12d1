// The one contract between renderer and main: every call's input and output, every event's payload.
// Both transports (Electron IPC through the preload, and the browser host's WebSocket) carry exactly
// these messages and validate them on both ends.
import { z } from 'zod';
import {
  appInfoSchema,
  idSchema,
  jobSchema,
  projectStateSchema,
  promptSchema,
} from './model';

const projectRef = z.object({ projectId: idSchema });
const ok = z.object({ ok: z.literal(true) });
const jobStarted = z.object({ jobId: idSchema });

export const apiMethods = {
  'app.info': { input: z.object({}), output: appInfoSchema },
  'projects.create': {
    input: z.object({ name: z.string().trim().min(1, 'Give the project a name.').max(100) }),
    output: projectStateSchema,
  },
  'projects.open': { input: z.object({ path: z.string().min(1).max(4096) }), output: projectStateSchema },
  'projects.state': { input: projectRef, output: projectStateSchema },
  'generate.start': {
    input: projectRef.extend({
      prompt: promptSchema,
      seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
      durationSec: z.number().min(1).max(20).optional(),
    }),
    output: jobStarted,
  },
  // Regenerate a clip: with the same prompt and a new seed, or with an edited prompt. The new take
  // replaces the clip's current take on the timeline; the old take is kept.
  'clips.regenerate': {
    input: projectRef.extend({
      clipId: idSchema,
      prompt: promptSchema.optional(),
      seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
    }),
    output: jobStarted,
  },
  'clips.selectTake': { input: projectRef.extend({ clipId: idSchema, takeId: idSchema }), output: projectStateSchema },
  'clips.delete': { input: projectRef.extend({ clipId: idSchema }), output: projectStateSchema },
  'clips.move': {
    input: projectRef.extend({ clipId: idSchema, position: z.number().int().min(0) }),
    output: projectStateSchema,
  },
  'jobs.cancel': { input: projectRef.extend({ jobId: idSchema }), output: ok },
  'history.undo': { input: projectRef, output: projectStateSchema },
  'history.redo': { input: projectRef, output: projectStateSchema },
} as const;

export type ApiMethod = keyof typeof apiMethods;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiMethods)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof apiMethods)[M]['output']>;

export const apiEvents = {
  // A job moved on: its stage, progress or status changed.
  'job.updated': z.object({ projectId: idSchema, job: jobSchema }),
  // The project's data changed (a take landed, an edit from another window): here is the new state.
  'project.changed': z.object({ projectId: idSchema, state: projectStateSchema }),
} as const;

export type ApiEventName = keyof typeof apiEvents;
export type ApiEventPayload<E extends ApiEventName> = z.output<(typeof apiEvents)[E]>;
export type ApiEvent = { [E in ApiEventName]: { event: E; payload: ApiEventPayload<E> } }[ApiEventName];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiMethods, name);
}

// A failed call carries a message written for the user, and a code the UI may branch on.
export const apiErrorSchema = z.object({
  code: z.enum(['invalid_input', 'not_found', 'ffmpeg_missing', 'unsupported_prompt', 'busy', 'internal']),
  message: z.string(),
});
export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorPayload['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// Messages on the browser host's WebSocket.
export const wsRequestSchema = z.object({ id: z.number().int(), method: z.string(), input: z.unknown() });
export const wsResponseSchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), output: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: apiErrorSchema }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);


// The one contract between renderer and main: every call's input and output, every event's payload.
// Both transports (Electron IPC through the preload, and the browser host's WebSocket) carry exactly
// these messages and validate them on both ends. Each domain declares its calls in contract/api/;
// this file merges them into the one table.
import { z } from 'zod';
import './messages';
import { idSchema, jobSchema, projectStateSchema } from './model';
import { appCalls } from './api/app';
import { cameoCalls } from './api/cameos';
import { cameoSchema } from './cameo';
import { generationCalls } from './api/generation';
import { projectCalls } from './api/projects';
import { promptCalls } from './api/prompt';
import { timelineCalls } from './api/timeline';
import { mediaCalls } from './api/media';
import { exportCalls, exportProgressSchema } from './api/export';
import { remixCalls } from './api/remix';

import { apiErrorSchema } from './errors';

export { ApiError, apiErrorSchema, type ApiErrorPayload } from './errors';

export const apiMethods = {
  ...appCalls,
  ...projectCalls,
  ...generationCalls,
  ...promptCalls,
  ...timelineCalls,
  ...mediaCalls,
  ...exportCalls,
  ...cameoCalls,
  ...remixCalls,
} as const;

export type ApiMethod = keyof typeof apiMethods;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiMethods)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof apiMethods)[M]['output']>;

export const apiEvents = {
  // A job moved on: its stage, progress or status changed.
  'job.updated': z.object({ projectId: idSchema, job: jobSchema }),
  // The project's data changed (a take landed, an edit from another window): here is the new state.
  'project.changed': z.object({ projectId: idSchema, state: projectStateSchema }),
  // Something the user must be told about an edit or a landing that went through (a take switch that
  // left a sync-locked track out of step): shown as a notice.
  'project.notice': z.object({ projectId: idSchema, message: z.string().min(1).max(2000) }),
  // An export moved on: progress and time left, or its end.
  'export.updated': z.object({ projectId: idSchema, export: exportProgressSchema }),
  // A cameo was imported, analysed a little further, edited, revoked...: here it is now.
  'cameo.updated': z.object({ cameo: cameoSchema }),
  'cameo.removed': z.object({ cameoId: idSchema }),
} as const;

export type ApiEventName = keyof typeof apiEvents;
export type ApiEventPayload<E extends ApiEventName> = z.output<(typeof apiEvents)[E]>;
export type ApiEvent = { [E in ApiEventName]: { event: E; payload: ApiEventPayload<E> } }[ApiEventName];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiMethods, name);
}

// Messages on the browser host's WebSocket.
export const wsRequestSchema = z.object({ id: z.number().int(), method: z.string(), input: z.unknown() });
export const wsResponseSchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), output: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: apiErrorSchema }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);

// Turns one untyped request (from IPC or the WebSocket) into a validated call on the Studio, and its
// result or failure into a validated reply. Both transports use this, so they cannot drift apart.
import type { z } from 'zod';
import { ApiError, apiMethods, isApiMethod, type ApiErrorPayload, type ApiMethod, type ApiOutput } from '../contract/api';
import type { Studio } from './studio';

export type ApiReply = { ok: true; output: unknown } | { ok: false; error: ApiErrorPayload };

type Handlers = { [M in ApiMethod]: (input: z.output<(typeof apiMethods)[M]['input']>) => ApiOutput<M> | Promise<ApiOutput<M>> };

function handlers(studio: Studio): Handlers {
  return {
    'app.info': () => studio.info(),
    'projects.create': ({ name }) => studio.createProject(name),
    'projects.open': ({ path }) => studio.openProject(path),
    'projects.state': ({ projectId }) => studio.state(projectId),
    'generate.start': ({ projectId, prompt, seed, durationSec }) => ({
      jobId: studio.startGeneration(projectId, { prompt, ...(seed !== undefined ? { seed } : {}), ...(durationSec !== undefined ? { durationSec } : {}) }),
    }),
    'clips.regenerate': ({ projectId, clipId, prompt, seed }) => ({
      jobId: studio.regenerate(projectId, { clipId, ...(prompt !== undefined ? { prompt } : {}), ...(seed !== undefined ? { seed } : {}) }),
    }),
    'clips.selectTake': ({ projectId, clipId, takeId }) => studio.edit(projectId, (s) => s.selectTake(clipId, takeId)),
    'clips.delete': ({ projectId, clipId }) => studio.edit(projectId, (s) => s.deleteClip(clipId)),
    'clips.move': ({ projectId, clipId, position }) => studio.edit(projectId, (s) => s.moveClip(clipId, position)),
    'jobs.cancel': ({ projectId, jobId }) => {
      studio.cancelJob(projectId, jobId);
      return { ok: true as const };
    },
    'history.undo': ({ projectId }) => studio.edit(projectId, (s) => s.undo()),
    'history.redo': ({ projectId }) => studio.edit(projectId, (s) => s.redo()),
  };
}

export function createApiRouter(studio: Studio): (method: unknown, input: unknown) => Promise<ApiReply> {
  const table = handlers(studio);
  return async (method, input) => {
    if (!isApiMethod(method)) return { ok: false, error: { code: 'invalid_input', message: `Unknown call: ${String(method)}` } };
    const parsed = apiMethods[method].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: parsed.error.issues.map((i) => i.message).join(' ') } };
    }
    try {
      const handler = table[method] as (input: unknown) => unknown;
      const output = await handler(parsed.data);
      // Validating what we send as well catches a service drifting from the contract at its source.
      return { ok: true, output: apiMethods[method].output.parse(output) };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  };
}

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  console.error('Unexpected error in an API call:', error);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Kinora: ${message}` };
}

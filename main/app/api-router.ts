// Turns one untyped request (from IPC or the WebSocket) into a validated call on the Studio, and its
// result or failure into a validated reply. Both transports use this, so they cannot drift apart.
import { ApiError, apiMethods, isApiMethod, type ApiErrorPayload } from '../contract/api';
import { appHandlers } from './handlers/app';
import { cameoHandlers } from './handlers/cameos';
import { generationHandlers } from './handlers/generation';
import { projectHandlers } from './handlers/projects';
import { timelineHandlers } from './handlers/timeline';
import type { HandlersFor } from './handlers/types';
import type { Studio } from './studio';

export type ApiReply = { ok: true; output: unknown } | { ok: false; error: ApiErrorPayload };

type Handlers = HandlersFor<typeof apiMethods>;

// The one handler table, merged from each domain's handlers (main/app/handlers/). Its type demands a
// handler for every call in the contract.
function handlers(studio: Studio): Handlers {
  return {
    ...appHandlers(studio),
    ...projectHandlers(studio),
    ...generationHandlers(studio),
    ...timelineHandlers(studio),
    ...cameoHandlers(studio),
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

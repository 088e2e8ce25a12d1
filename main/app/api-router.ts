// Turns one untyped request (from IPC or the WebSocket) into a validated call on the Studio, and its
// result or failure into a validated reply. Both transports use this, so they cannot drift apart.
import { apiMethods, isApiMethod, type ApiErrorPayload } from '../contract/api';
import { describeInvalidInput, toErrorPayload } from './error-messages';
import { appHandlers } from './handlers/app';
import { cameoHandlers } from './handlers/cameos';
import { generationHandlers } from './handlers/generation';
import { projectHandlers } from './handlers/projects';
import { promptHandlers } from './handlers/prompt';
import { timelineHandlers } from './handlers/timeline';
import { mediaHandlers } from './handlers/media';
import { exportHandlers } from './handlers/export';
import { remixHandlers } from './handlers/remix';
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
    ...promptHandlers(studio),
    ...timelineHandlers(studio),
    ...mediaHandlers(studio),
    ...exportHandlers(studio),
    ...cameoHandlers(studio),
    ...remixHandlers(studio),
  };
}

export function createApiRouter(studio: Studio): (method: unknown, input: unknown) => Promise<ApiReply> {
  const table = handlers(studio);
  return async (method, input) => {
    if (!isApiMethod(method)) return { ok: false, error: { code: 'invalid_input', message: `Kinora has no call named ${JSON.stringify(String(method).slice(0, 64))}.` } };
    const parsed = apiMethods[method].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: describeInvalidInput(parsed.error) } };
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

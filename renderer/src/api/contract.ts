// Validation of everything that crosses the transport, against the shared contract. Both transports
// (the Electron bridge and the browser host's WebSocket) go through these functions.
import type { z } from 'zod';
import { ApiError, apiErrorSchema, apiEvents, apiMethods } from '../../../main/contract/api';
import type { ApiEvent, ApiEventName, ApiInput, ApiMethod, ApiOutput } from '../../../main/contract/api';
import { describeIssues } from '../../../main/contract/messages';

// Parses a call's input before it is sent; returns the parsed (trimmed, defaulted) value to send.
export function parseInput<M extends ApiMethod>(method: M, input: ApiInput<M>): unknown {
  const schema: z.ZodType = apiMethods[method].input;
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError('invalid_input', describeIssues(result.error));
  return result.data;
}

export function parseOutput<M extends ApiMethod>(method: M, raw: unknown): ApiOutput<M> {
  const schema: z.ZodType = apiMethods[method].output;
  const result = schema.safeParse(raw);
  if (!result.success) {
    console.error(`Kinora: the engine's reply to ${method} does not match the contract`, result.error.issues);
    throw new ApiError('internal', 'The engine sent a reply this version of the editor does not understand.');
  }
  return result.data as ApiOutput<M>;
}

function isEventName(name: string): name is ApiEventName {
  return Object.prototype.hasOwnProperty.call(apiEvents, name);
}

// Returns null (after logging) for events the contract does not know or whose payload is malformed.
export function parseEvent(message: { event: string; payload: unknown }): ApiEvent | null {
  if (!isEventName(message.event)) {
    console.warn(`Kinora: ignoring unknown event ${message.event}`);
    return null;
  }
  const schema: z.ZodType = apiEvents[message.event];
  const result = schema.safeParse(message.payload);
  if (!result.success) {
    console.error(`Kinora: ignoring malformed ${message.event} event`, result.error.issues);
    return null;
  }
  return { event: message.event, payload: result.data } as ApiEvent;
}

// Turns an error payload from the other side into the ApiError callers see.
export function toApiError(raw: unknown): ApiError {
  const parsed = apiErrorSchema.safeParse(raw);
  if (parsed.success) return new ApiError(parsed.data.code, parsed.data.message);
  if (typeof raw === 'object' && raw !== null && 'message' in raw && typeof raw.message === 'string') {
    return new ApiError('internal', raw.message);
  }
  return new ApiError('internal', 'The engine reported an error without a message.');
}

export { ApiError };

// One WebSocket client of the browser host: its calls go through the router, and it hears every
// studio event. A client can send anything at all; nothing it sends may end the process.
import type { RawData, WebSocket } from 'ws';
import { wsRequestSchema } from '../contract/api';
import type { ApiReply } from '../app/api-router';
import type { Studio } from '../app/studio';

// Calls one client may have in flight. Our editor has a handful at a time; a client with thousands
// is flooding the host, and is told it is busy instead of being queued without bound.
export const MAX_CALLS_IN_FLIGHT = 64;

type Route = (method: unknown, input: unknown) => Promise<ApiReply>;

function send(ws: WebSocket, message: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}

function parseRequest(data: RawData, isBinary: boolean): { id: number; method: string; input: unknown } | null {
  if (isBinary) return null;
  try {
    const parsed = wsRequestSchema.safeParse(JSON.parse(data.toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    // Not JSON, or nested deeper than the parser's stack.
    return null;
  }
}

export function attachWsSession(ws: WebSocket, studio: Studio, route: Route): void {
  // The ws library reports protocol errors (oversized or invalid UTF-8 messages, unmasked frames,
  // unknown opcodes) as 'error' and then closes the socket; without a listener they would be thrown.
  ws.on('error', () => ws.terminate());
  const unsubscribe = studio.onEvent((event) => send(ws, event));
  ws.on('close', unsubscribe);

  let inFlight = 0;
  ws.on('message', (data, isBinary) => {
    const request = parseRequest(data, isBinary);
    if (!request) {
      send(ws, { id: -1, ok: false, error: { code: 'invalid_input', message: 'Malformed request.' } });
      return;
    }
    if (inFlight >= MAX_CALLS_IN_FLIGHT) {
      send(ws, { id: request.id, ok: false, error: { code: 'busy', message: 'Too many calls at once; try again in a moment.' } });
      return;
    }
    inFlight++;
    void route(request.method, request.input)
      .then((reply) => send(ws, { id: request.id, ...reply }))
      .finally(() => inFlight--);
  });
}

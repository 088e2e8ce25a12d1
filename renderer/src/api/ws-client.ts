// The browser host transport: one WebSocket carrying requests, responses and events. It reconnects
// with backoff when the socket drops; calls made while disconnected wait for the connection (up to a
// limit), and calls in flight when it drops fail, since the engine may or may not have run them.
import { wsResponseSchema } from '../../../main/contract/api';
import type { ApiEvent, ApiInput, ApiMethod, ApiOutput } from '../../../main/contract/api';
import { ApiError, parseEvent, parseInput, parseOutput, toApiError } from './contract';
import { uploadCameoFile } from './cameo-upload';
import { Listeners } from './listeners';
import { encodeRelativePath } from './media-path';
import type { ConnectionStatus, RendererClient } from './types';

interface Pending {
  method: ApiMethod;
  resolve: (raw: unknown) => void;
  reject: (error: Error) => void;
}

interface Queued {
  id: number;
  text: string;
  timer: ReturnType<typeof setTimeout>;
}

export interface WebSocketClientOptions {
  socketUrl: string;
  mediaOrigin: string;
  token: string;
  // How long a call made while disconnected waits for the connection before failing.
  queueTimeoutMs?: number;
}

const MIN_RETRY_MS = 250;
const MAX_RETRY_MS = 4000;

function disconnectedError(): ApiError {
  return new ApiError('internal', 'Disconnected from the engine. Kinora is reconnecting; try again in a moment.');
}

export function createWebSocketClient(options: WebSocketClientOptions): RendererClient {
  const events = new Listeners<ApiEvent>();
  const statusListeners = new Listeners<ConnectionStatus>();
  const pending = new Map<number, Pending>();
  const queue: Queued[] = [];
  const queueTimeoutMs = options.queueTimeoutMs ?? 20000;
  let socket: WebSocket | null = null;
  let status: ConnectionStatus = 'connecting';
  let nextId = 1;
  let retryMs = MIN_RETRY_MS;

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    statusListeners.emit(next);
  }

  function settle(id: number, fn: (entry: Pending) => void): void {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    fn(entry);
  }

  function onMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      console.error('Kinora: the engine sent a message that is not JSON');
      return;
    }
    const parsed = wsResponseSchema.safeParse(json);
    if (!parsed.success) {
      console.error('Kinora: the engine sent a message that does not match the contract', parsed.error.issues);
      return;
    }
    const message = parsed.data;
    if ('event' in message) {
      const event = parseEvent(message);
      if (event) events.emit(event);
      return;
    }
    if (message.ok) {
      const output = message.output;
      settle(message.id, (entry) => entry.resolve(output));
    } else {
      const error = toApiError(message.error);
      settle(message.id, (entry) => entry.reject(error));
    }
  }

  function flushQueue(): void {
    while (queue.length > 0 && socket && socket.readyState === WebSocket.OPEN) {
      const item = queue.shift();
      if (!item) break;
      clearTimeout(item.timer);
      socket.send(item.text);
    }
  }

  function connect(): void {
    const ws = new WebSocket(options.socketUrl);
    socket = ws;
    ws.addEventListener('open', () => {
      if (socket !== ws) return;
      retryMs = MIN_RETRY_MS;
      setStatus('connected');
      flushQueue();
    });
    ws.addEventListener('message', (event: MessageEvent) => {
      if (socket === ws) onMessage(event.data);
    });
    ws.addEventListener('close', () => {
      if (socket !== ws) return;
      socket = null;
      // Calls already sent may or may not have run: fail them so the UI can tell the user.
      for (const [id, entry] of [...pending]) {
        if (queue.some((q) => q.id === id)) continue;
        pending.delete(id);
        entry.reject(disconnectedError());
      }
      setStatus('disconnected');
      const delay = retryMs;
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
      setTimeout(connect, delay);
    });
    // 'error' is always followed by 'close', which handles the reconnect.
  }

  connect();

  return {
    invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
      let sendable: unknown;
      try {
        sendable = parseInput(method, input);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new ApiError('invalid_input', String(error)));
      }
      const id = nextId++;
      const text = JSON.stringify({ id, method, input: sendable });
      return new Promise<unknown>((resolve, reject) => {
        pending.set(id, { method, resolve, reject });
        if (socket && socket.readyState === WebSocket.OPEN) {
          socket.send(text);
          return;
        }
        const timer = setTimeout(() => {
          const index = queue.findIndex((q) => q.id === id);
          if (index >= 0) queue.splice(index, 1);
          settle(id, (entry) => entry.reject(disconnectedError()));
        }, queueTimeoutMs);
        queue.push({ id, text, timer });
      }).then((raw) => parseOutput(method, raw));
    },
    subscribe(listener) {
      return events.add(listener);
    },
    mediaUrl(projectId, relativePath) {
      const path = `/media/${encodeURIComponent(projectId)}/${encodeRelativePath(relativePath)}`;
      return `${options.mediaOrigin}${path}?token=${encodeURIComponent(options.token)}`;
    },
    async upload(projectId, file) {
      const url = `${options.mediaOrigin}/upload/${encodeURIComponent(projectId)}?token=${encodeURIComponent(options.token)}`;
      let response: Response;
      try {
        response = await fetch(url, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
      } catch {
        throw disconnectedError();
      }
      const body = (await response.json().catch(() => ({}))) as { uploadId?: unknown; error?: unknown };
      if (!response.ok || typeof body.uploadId !== 'string') {
        throw new ApiError('invalid_input', typeof body.error === 'string' ? body.error : `The file could not be uploaded (HTTP ${response.status}).`);
      }
      return body.uploadId;
    },
    cameoMediaUrl(cameoId, fileName) {
      return `${options.mediaOrigin}/cameo-media/${encodeURIComponent(cameoId)}/${encodeURIComponent(fileName)}?token=${encodeURIComponent(options.token)}`;
    },
    stageCameoFile: (file) => uploadCameoFile(options.mediaOrigin, options.token, file),
    connectionStatus: () => status,
    onConnectionChange: (listener) => statusListeners.add(listener),
  };
}

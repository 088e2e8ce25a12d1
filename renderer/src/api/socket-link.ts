// The browser host's WebSocket, kept open: it reconnects with backoff when it drops; a call made while
// disconnected waits for the connection (up to a limit); calls in flight when it drops fail, since the
// engine may or may not have run them. It carries raw JSON both ways; ws-client.ts validates it.
import { wsResponseSchema, type ApiEvent } from '../../../main/contract/api';
import { ApiError, parseEvent, toApiError } from './contract';
import { Listeners } from './listeners';
import type { ConnectionStatus } from './types';

interface Pending {
  resolve: (raw: unknown) => void;
  reject: (error: Error) => void;
}

interface Queued {
  id: number;
  text: string;
  timer: ReturnType<typeof setTimeout>;
}

const MIN_RETRY_MS = 250;
const MAX_RETRY_MS = 4000;

export function disconnectedError(): ApiError {
  return new ApiError('internal', 'Disconnected from the engine. Kinora is reconnecting; try again in a moment.');
}

export class SocketLink {
  readonly events = new Listeners<ApiEvent>();
  readonly statusListeners = new Listeners<ConnectionStatus>();
  private readonly pending = new Map<number, Pending>();
  private readonly queue: Queued[] = [];
  private socket: WebSocket | null = null;
  private currentStatus: ConnectionStatus = 'connecting';
  private nextId = 1;
  private retryMs = MIN_RETRY_MS;

  constructor(private readonly socketUrl: string, private readonly queueTimeoutMs: number) {
    this.connect();
  }

  status(): ConnectionStatus {
    return this.currentStatus;
  }

  // Sends one call and resolves with the engine's raw output (rejects with its error as an ApiError).
  call(method: string, input: unknown): Promise<unknown> {
    const id = this.nextId++;
    const text = JSON.stringify({ id, method, input });
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.socket && this.socket.readyState === WebSocket.OPEN) {
        this.socket.send(text);
        return;
      }
      const timer = setTimeout(() => {
        const index = this.queue.findIndex((q) => q.id === id);
        if (index >= 0) this.queue.splice(index, 1);
        this.settle(id, (entry) => entry.reject(disconnectedError()));
      }, this.queueTimeoutMs);
      this.queue.push({ id, text, timer });
    });
  }

  private setStatus(next: ConnectionStatus): void {
    if (next === this.currentStatus) return;
    this.currentStatus = next;
    this.statusListeners.emit(next);
  }

  private settle(id: number, fn: (entry: Pending) => void): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    fn(entry);
  }

  private onMessage(data: unknown): void {
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
      if (event) this.events.emit(event);
    } else if (message.ok) {
      const output = message.output;
      this.settle(message.id, (entry) => entry.resolve(output));
    } else {
      const error = toApiError(message.error);
      this.settle(message.id, (entry) => entry.reject(error));
    }
  }

  private flushQueue(): void {
    while (this.queue.length > 0 && this.socket && this.socket.readyState === WebSocket.OPEN) {
      const item = this.queue.shift();
      if (!item) break;
      clearTimeout(item.timer);
      this.socket.send(item.text);
    }
  }

  private connect(): void {
    const ws = new WebSocket(this.socketUrl);
    this.socket = ws;
    ws.addEventListener('open', () => {
      if (this.socket !== ws) return;
      this.retryMs = MIN_RETRY_MS;
      this.setStatus('connected');
      this.flushQueue();
    });
    ws.addEventListener('message', (event: MessageEvent) => {
      if (this.socket === ws) this.onMessage(event.data);
    });
    // 'error' is always followed by 'close', which handles the reconnect.
    ws.addEventListener('close', () => {
      if (this.socket === ws) this.onClose();
    });
  }

  private onClose(): void {
    this.socket = null;
    // Calls already sent may or may not have run: fail them so the UI can tell the user.
    for (const [id, entry] of [...this.pending]) {
      if (this.queue.some((q) => q.id === id)) continue;
      this.pending.delete(id);
      entry.reject(disconnectedError());
    }
    this.setStatus('disconnected');
    const delay = this.retryMs;
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
    setTimeout(() => this.connect(), delay);
  }
}

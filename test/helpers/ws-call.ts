// A minimal WebSocket client for the browser host's API, for tests that talk to it like the UI does.
import WebSocket from 'ws';

export interface WsSession {
  call(method: string, input: unknown): Promise<{ ok: boolean; output?: unknown; error?: { code: string; message: string } }>;
  events: { event: string; payload: unknown }[];
  close(): void;
}

export async function connect(url: string, origin?: string): Promise<WsSession> {
  const ws = new WebSocket(url, origin ? { origin } : {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  let nextId = 1;
  type Reply = { ok: boolean; output?: unknown; error?: { code: string; message: string } };
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  // Calls still waiting when the connection drops (the host was killed) fail instead of hanging.
  ws.on('close', () => {
    for (const { reject } of pending.values()) reject(new Error('connection closed'));
    pending.clear();
  });
  ws.on('error', () => undefined);
  const events: WsSession['events'] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { id?: number; event?: string; payload?: unknown; ok?: boolean };
    if (message.event !== undefined) events.push({ event: message.event, payload: message.payload });
    else if (message.id !== undefined) {
      pending.get(message.id)?.resolve(message as Reply);
      pending.delete(message.id);
    }
  });
  return {
    call: (method, input) =>
      new Promise((resolve, reject) => {
        if (ws.readyState !== ws.OPEN) return reject(new Error('connection closed'));
        const id = nextId++;
        pending.set(id, { resolve, reject });
        ws.send(JSON.stringify({ id, method, input }));
      }),
    events,
    close: () => ws.close(),
  };
}

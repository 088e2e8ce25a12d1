// The browser host: serves the renderer build and the same API as Electron's IPC over a WebSocket,
// on loopback, behind a random token. It is how end-to-end tests drive the real UI in Chromium and
// how a user runs the engine on one machine and the editor in a browser.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { wsRequestSchema } from '../contract/api';
import { createApiRouter } from '../app/api-router';
import type { Studio } from '../app/studio';
import { CAMEO_UPLOAD_PATH } from '../contract/cameo';
import { receiveCameoUpload } from './cameo-upload';
import { safeJoin, sendFile } from './static-files';

export interface BrowserHostOptions {
  studio: Studio;
  rendererDir: string;
  port?: number;
  host?: string;
  token?: string;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// Big enough for any call in the contract; anything larger is not from our UI.
const MAX_MESSAGE_BYTES = 1024 * 1024;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const host = options.host ?? '127.0.0.1';
  const route = createApiRouter(options.studio);
  const tokenOk = (candidate: string | null): boolean => {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server = createServer((req, res) => {
    try {
      handleHttp(req, res);
    } catch (error) {
      console.error('browser host request failed:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error');
    }
  });

  function handleHttp(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === CAMEO_UPLOAD_PATH) {
      const origin = req.headers.origin;
      const sameOrigin = origin === undefined || new URL(origin).host === req.headers.host;
      if (req.method !== 'POST' || !tokenOk(url.searchParams.get('token')) || !sameOrigin) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
        return;
      }
      void receiveCameoUpload(options.studio.cameos.uploads, req, res, url.searchParams.get('name') ?? '');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname.startsWith('/media/')) {
      if (!tokenOk(url.searchParams.get('token'))) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
        return;
      }
      const [projectId, ...rest] = url.pathname.slice('/media/'.length).split('/').map(decodeURIComponent);
      try {
        sendFile(req, res, options.studio.mediaFile(projectId ?? '', rest.join('/')));
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
      return;
    }
    if (url.pathname.startsWith('/cameo-media/')) {
      if (!tokenOk(url.searchParams.get('token'))) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
        return;
      }
      const [cameoId, fileName] = url.pathname.slice('/cameo-media/'.length).split('/').map(decodeURIComponent);
      try {
        sendFile(req, res, options.studio.cameos.mediaFile(cameoId ?? '', fileName ?? ''));
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
      return;
    }
    const file = safeJoin(options.rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    sendFile(req, res, file);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    // Only our own page may connect: a token in the URL plus a same-host origin check.
    const sameOrigin = origin === undefined || new URL(origin).host === req.headers.host;
    if (url.pathname !== '/api' || !tokenOk(url.searchParams.get('token')) || !sameOrigin) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  wss.on('connection', (ws: WebSocket) => {
    const unsubscribe = options.studio.onEvent((event) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(event));
    });
    ws.on('close', unsubscribe);
    ws.on('message', (data) => {
      let request;
      try {
        request = wsRequestSchema.parse(JSON.parse(data.toString()));
      } catch {
        ws.send(JSON.stringify({ id: -1, ok: false, error: { code: 'invalid_input', message: 'Malformed request.' } }));
        return;
      }
      const { id, method, input } = request;
      void route(method, input).then((reply) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, ...reply }));
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// The browser host: serves the renderer build and the same API as Electron's IPC over a WebSocket,
// on loopback, behind a random token. It is how end-to-end tests drive the real UI in Chromium and
// how a user runs the engine on one machine and the editor in a browser.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { createApiRouter } from '../app/api-router';
import type { Studio } from '../app/studio';
import { editorContentSecurityPolicy } from '../contract/content-security';
import { handleHttp } from './http-routes';
import { isSameHostOrigin, parseRequestTarget, tokenMatcher } from './request-guard';
import { sendStatus } from './static-files';
import { attachWsSession } from './ws-session';

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
  const tokenOk = tokenMatcher(token);

  // The editor may open a WebSocket to this host and nowhere else (its own address, set once listening).
  let pageHeaders: Record<string, string> = {};
  const routes = { studio: options.studio, rendererDir: options.rendererDir, tokenOk, pageHeaders: () => pageHeaders };

  const server = createServer((req, res) => {
    handleHttp(routes, req, res).catch((error: unknown) => {
      console.error('browser host request failed:', error);
      sendStatus(res, 500, 'Internal error');
    });
  });
  // A request the parser rejects (oversized headers, garbage) gets a status line if the socket is
  // still writable; either way it ends that connection, never the server.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const refuse = (socket: Duplex): void => {
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  };
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const url = parseRequestTarget(req.url);
    // Only our own page may connect: a token in the URL plus a same-host origin check.
    if (!url || url.pathname !== '/api' || !tokenOk(url.searchParams.get('token')) || !isSameHostOrigin(req.headers.origin, req.headers.host)) {
      refuse(socket);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attachWsSession(ws, options.studio, route));
  });
  wss.on('error', (error) => console.error('browser host WebSocket server error:', error));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  server.on('error', (error) => console.error('browser host server error:', error));
  const port = (server.address() as AddressInfo).port;
  pageHeaders = {
    'content-security-policy': editorContentSecurityPolicy([`ws://${host}:${port}`]),
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };
  return {
    url: `http://${host}:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// The browser host: serves the renderer build and the same API as Electron's IPC over a WebSocket,
// on loopback, behind a random token. It is how end-to-end tests drive the real UI in Chromium and
// how a user runs the engine on one machine and the editor in a browser.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { createApiRouter } from '../app/api-router';
import type { Studio } from '../app/studio';
import { CAMEO_UPLOAD_PATH } from '../contract/cameo';
import { editorContentSecurityPolicy } from '../contract/content-security';
import { receiveCameoUpload } from './cameo-upload';
import { decodePathSegments, isSameHostOrigin, parseRequestTarget, tokenMatcher } from './request-guard';
import { safeJoin, sendFile, sendStatus } from './static-files';
import { handleUpload } from './upload-route';
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

  async function serveMedia(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!tokenOk(url.searchParams.get('token'))) return sendStatus(res, 403, 'Forbidden');
    const segments = decodePathSegments(url.pathname.slice('/media/'.length));
    if (!segments) return sendStatus(res, 400, 'Bad request');
    const [projectId, ...rest] = segments;
    const file = await options.studio.mediaFile(projectId ?? '', rest.join('/'));
    if (!file) return sendStatus(res, 404, 'Not found');
    await sendFile(req, res, file);
  }

  // The editor may open a WebSocket to this host and nowhere else (its own address, set once listening).
  let pageHeaders: Record<string, string> = {};
  async function serveEditor(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const segments = decodePathSegments(url.pathname);
    if (!segments) return sendStatus(res, 400, 'Bad request');
    const file = safeJoin(options.rendererDir, segments.length === 0 ? 'index.html' : segments.join('/'));
    if (!file) return sendStatus(res, 404, 'Not found');
    await sendFile(req, res, file, { extraHeaders: pageHeaders });
  }

  async function serveCameoMedia(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!tokenOk(url.searchParams.get('token'))) return sendStatus(res, 403, 'Forbidden');
    const segments = decodePathSegments(url.pathname.slice('/cameo-media/'.length));
    if (!segments || segments.length !== 2) return sendStatus(res, 400, 'Bad request');
    let file: string;
    try {
      file = options.studio.cameos.mediaFile(segments[0] ?? '', segments[1] ?? '');
    } catch {
      return sendStatus(res, 404, 'Not found');
    }
    await sendFile(req, res, file);
  }

  // Uploads write files, so they need the token and, from a browser, our own page as the origin.
  async function serveUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!tokenOk(url.searchParams.get('token')) || !isSameHostOrigin(req.headers.origin, req.headers.host)) return sendStatus(res, 403, 'Forbidden');
    if (url.pathname === CAMEO_UPLOAD_PATH) return receiveCameoUpload(options.studio.cameos.uploads, req, res, url.searchParams.get('name') ?? '');
    const segments = decodePathSegments(url.pathname.slice('/upload/'.length));
    if (!segments || segments.length !== 1) return sendStatus(res, 400, 'Bad request');
    await handleUpload(req, res, options.studio, segments[0] ?? '');
  }

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = parseRequestTarget(req.url);
    if (!url) return sendStatus(res, 400, 'Bad request');
    if (url.pathname.startsWith('/upload/')) return req.method === 'POST' ? serveUpload(req, res, url) : sendStatus(res, 405, 'Method not allowed');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405, 'Method not allowed');
    if (url.pathname.startsWith('/media/')) return serveMedia(req, res, url);
    if (url.pathname.startsWith('/cameo-media/')) return serveCameoMedia(req, res, url);
    return serveEditor(req, res, url);
  }

  const server = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => {
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

// The Electron shell's two URL schemes. kinora-app://app/ serves the editor build (instead of
// file://, which would give the page the privileges of the whole file system) with the same
// Content-Security-Policy header the browser host sends. kinora-media://<project>/<path> serves a
// project's media through the Studio's checks (realpath inside its media folder), answering byte
// ranges itself: Electron's file: loader ignores Range, and a <video> could not seek without them.
import { protocol } from 'electron';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Studio } from '../app/studio';
import { CAMEO_MEDIA_HOST } from '../contract/cameo';
import { APP_SCHEME, MEDIA_SCHEME, editorContentSecurityPolicy } from '../contract/content-security';
import { contentType, parseRange } from '../media/byte-ranges';
import { safeJoin } from '../host/static-files';

export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const EDITOR_URL = `${APP_ORIGIN}/index.html`;

// Must run before the app is ready. Both are standard secure schemes (so relative URLs and the
// fetch API work); only media streams.
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } },
  ]);
}

const notFound = (): Response => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

async function fileResponse(request: Request, file: string, headers: Record<string, string>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return notFound();
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      return notFound();
    }
    const range = parseRange(request.headers.get('range'), stat.size);
    if (range === 'unsatisfiable') {
      await handle.close();
      return new Response(null, { status: 416, headers: { 'content-range': `bytes */${stat.size}` } });
    }
    const { start, end } = range ?? { start: 0, end: stat.size - 1 };
    const all = { 'content-type': contentType(file), 'accept-ranges': 'bytes', 'content-length': String(Math.max(0, end - start + 1)), ...headers };
    const status = range ? 206 : 200;
    const rangeHeader: Record<string, string> = range ? { 'content-range': `bytes ${start}-${end}/${stat.size}` } : {};
    if (request.method === 'HEAD' || end < start) {
      await handle.close();
      return new Response(null, { status, headers: { ...all, ...rangeHeader } });
    }
    const body = Readable.toWeb(handle.createReadStream({ start, end, autoClose: true })) as ReadableStream<Uint8Array>;
    return new Response(body, { status, headers: { ...all, ...rangeHeader } });
  } catch {
    await handle.close().catch(() => undefined);
    return new Response('The file could not be read.', { status: 500 });
  }
}

export function handleAppProtocol(rendererDir: string): void {
  const pageHeaders = { 'content-security-policy': editorContentSecurityPolicy(), 'x-content-type-options': 'nosniff' };
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return notFound();
    const file = safeJoin(rendererDir, url.pathname === '/' ? '/index.html' : decodeURIComponentOrNull(url.pathname) ?? '\0');
    return file ? fileResponse(request, file, pageHeaders) : notFound();
  });
}

// kinora-media://cameo/<cameoId>/<file> is the cameo library; any other host is a project id.
async function mediaFileFor(studio: Studio, host: string, relative: string): Promise<string | null> {
  if (host !== CAMEO_MEDIA_HOST) return studio.mediaFile(host, relative);
  const [cameoId, fileName, ...rest] = relative.split('/');
  if (rest.length > 0) return null;
  try {
    return studio.cameos.mediaFile(cameoId ?? '', fileName ?? '');
  } catch {
    return null;
  }
}

export function handleMediaProtocol(studio: Studio): void {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    const url = new URL(request.url);
    const relative = decodeURIComponentOrNull(url.pathname.slice(1));
    const file = relative === null ? null : await mediaFileFor(studio, url.hostname, relative);
    return file ? fileResponse(request, file, { 'cache-control': 'no-cache' }) : notFound();
  });
}

function decodeURIComponentOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

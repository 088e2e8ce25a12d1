// The browser host's HTTP side, one small handler per route: the project media a clip plays, a cameo's
// media, uploads (sound files and cameo footage), and the editor's own files. Media and uploads need
// the token; uploads write files, so from a browser they also need our own page as the origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Studio } from '../app/studio';
import { CAMEO_UPLOAD_PATH } from '../contract/cameo';
import { receiveCameoUpload } from './cameo-upload';
import { decodePathSegments, isSameHostOrigin, parseRequestTarget } from './request-guard';
import { safeJoin, sendFile, sendStatus } from './static-files';
import { handleUpload } from './upload-route';

export interface HttpRouteContext {
  studio: Studio;
  rendererDir: string;
  tokenOk: (candidate: string | null) => boolean;
  // Headers for the editor's page (its content security policy, known once the host listens).
  pageHeaders: () => Record<string, string>;
}

type Handler = (ctx: HttpRouteContext, req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

const serveMedia: Handler = async (ctx, req, res, url) => {
  if (!ctx.tokenOk(url.searchParams.get('token'))) return sendStatus(res, 403, 'Forbidden');
  const segments = decodePathSegments(url.pathname.slice('/media/'.length));
  if (!segments) return sendStatus(res, 400, 'Bad request');
  const [projectId, ...rest] = segments;
  const file = await ctx.studio.mediaFile(projectId ?? '', rest.join('/'));
  if (!file) return sendStatus(res, 404, 'Not found');
  await sendFile(req, res, file);
};

const serveCameoMedia: Handler = async (ctx, req, res, url) => {
  if (!ctx.tokenOk(url.searchParams.get('token'))) return sendStatus(res, 403, 'Forbidden');
  const segments = decodePathSegments(url.pathname.slice('/cameo-media/'.length));
  if (!segments || segments.length !== 2) return sendStatus(res, 400, 'Bad request');
  let file: string;
  try {
    file = ctx.studio.cameos.mediaFile(segments[0] ?? '', segments[1] ?? '');
  } catch {
    return sendStatus(res, 404, 'Not found');
  }
  await sendFile(req, res, file);
};

const serveUpload: Handler = async (ctx, req, res, url) => {
  if (!ctx.tokenOk(url.searchParams.get('token')) || !isSameHostOrigin(req.headers.origin, req.headers.host)) return sendStatus(res, 403, 'Forbidden');
  if (url.pathname === CAMEO_UPLOAD_PATH) return receiveCameoUpload(ctx.studio.cameos.uploads, req, res, url.searchParams.get('name') ?? '');
  const segments = decodePathSegments(url.pathname.slice('/upload/'.length));
  if (!segments || segments.length !== 1) return sendStatus(res, 400, 'Bad request');
  await handleUpload(req, res, ctx.studio, segments[0] ?? '');
};

const serveEditor: Handler = async (ctx, req, res, url) => {
  const segments = decodePathSegments(url.pathname);
  if (!segments) return sendStatus(res, 400, 'Bad request');
  const file = safeJoin(ctx.rendererDir, segments.length === 0 ? 'index.html' : segments.join('/'));
  if (!file) return sendStatus(res, 404, 'Not found');
  await sendFile(req, res, file, { extraHeaders: ctx.pageHeaders() });
};

// By path prefix, first match wins; the editor's files take everything else.
const ROUTES: readonly { prefix: string; methods: readonly string[]; handler: Handler }[] = [
  { prefix: '/upload/', methods: ['POST'], handler: serveUpload },
  { prefix: '/media/', methods: ['GET', 'HEAD'], handler: serveMedia },
  { prefix: '/cameo-media/', methods: ['GET', 'HEAD'], handler: serveCameoMedia },
  { prefix: '/', methods: ['GET', 'HEAD'], handler: serveEditor },
];

export function handleHttp(ctx: HttpRouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = parseRequestTarget(req.url);
  if (!url) return Promise.resolve(sendStatus(res, 400, 'Bad request'));
  const route = ROUTES.find((r) => url.pathname.startsWith(r.prefix))!;
  if (!route.methods.includes(req.method ?? '')) return Promise.resolve(sendStatus(res, 405, 'Method not allowed'));
  return route.handler(ctx, req, res, url);
}

// Serves files: the renderer build, and project media with byte ranges (a <video> element seeks with
// Range requests). Everything is asynchronous, and a file that fails to open or read mid-stream
// (removed, unreadable, a disk error) ends that one response instead of the process.
import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentType, parseRange } from '../media/byte-ranges';

// Resolves a URL path inside root, or null if it would escape it.
export function safeJoin(root: string, urlPath: string): string | null {
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, '.' + path.posix.normalize('/' + urlPath));
  return file === resolvedRoot || file.startsWith(resolvedRoot + path.sep) ? file : null;
}

export function sendStatus(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}

export interface SendFileOptions {
  cacheControl?: string;
  extraHeaders?: Record<string, string>;
}

export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, options: SendFileOptions = {}): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    sendStatus(res, 404, 'Not found');
    return;
  }
  let streaming = false;
  try {
    // Stat the open handle, not the path: what we measure is what we send, even if the path changes.
    const stat = await handle.stat();
    if (!stat.isFile()) {
      sendStatus(res, 404, 'Not found');
      return;
    }
    const headers = {
      'content-type': contentType(file),
      'accept-ranges': 'bytes',
      'cache-control': options.cacheControl ?? 'no-cache',
      'x-content-type-options': 'nosniff',
      ...options.extraHeaders,
    };
    const range = parseRange(req.headers.range, stat.size);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'content-range': `bytes */${stat.size}` }).end();
      return;
    }
    const { start, end } = range ?? { start: 0, end: stat.size - 1 };
    const length = Math.max(0, end - start + 1);
    res.writeHead(range ? 206 : 200, {
      ...headers,
      'content-length': length,
      ...(range ? { 'content-range': `bytes ${start}-${end}/${stat.size}` } : {}),
    });
    if (req.method === 'HEAD' || length === 0) {
      res.end();
      return;
    }
    streaming = true;
    streamHandle(handle, res, start, end);
  } catch {
    sendStatus(res, 500, 'The file could not be read.');
  } finally {
    if (!streaming) await handle.close().catch(() => undefined);
  }
}

// Pipes [start, end] of an open file into the response. A read error midway cannot become an error
// status any more (the headers are gone), so the response is cut off and the client sees a short read.
function streamHandle(handle: FileHandle, res: ServerResponse, start: number, end: number): void {
  const stream = handle.createReadStream({ start, end, autoClose: true });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

// POST /upload/<projectId>?token=…: the browser editor's way to hand a dropped file to the engine
// (the Electron shell passes bytes over IPC instead). The body is streamed into the project's
// incoming folder under a fresh id, which 'media.import' then checks and imports. Oversized or broken
// uploads leave nothing behind.
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { MAX_MEDIA_UPLOAD_BYTES, MEDIA_TOO_LARGE } from '../contract/api/media';
import type { Studio } from '../app/studio';

// `maxBytes` is the contract's limit; tests pass a small one to reach it without gigabytes.
export async function handleUpload(req: IncomingMessage, res: ServerResponse, studio: Studio, projectId: string, maxBytes = MAX_MEDIA_UPLOAD_BYTES): Promise<void> {
  let target: { uploadId: string; file: string };
  try {
    target = studio.uploadTarget(projectId);
  } catch {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'That project is not open.' }));
    return;
  }
  // A body that says up front it is too large is refused before a byte of it is read or written (QA:
  // a declared 3 GB body was written to 2.1 GB over 45 s before the 413).
  const declared = Number(req.headers['content-length']);
  if (req.headers['content-length'] !== undefined && Number.isFinite(declared) && declared > maxBytes) return refuse(req, res);
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > maxBytes ? new Error(MEDIA_TOO_LARGE) : null, chunk);
    },
  });
  try {
    await mkdir(path.dirname(target.file), { recursive: true });
    await pipeline(req, limit, createWriteStream(target.file));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ uploadId: target.uploadId }));
  } catch (error) {
    await rm(target.file, { force: true });
    if (res.headersSent) return;
    // Only a body past the limit is "too large"; anything else (the disk full, the client gone) says what it was.
    if (received > maxBytes) refuse(req, res);
    else res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `The file could not be saved: ${(error as Error).message}` }));
  }
}

// Says why, then closes the connection instead of reading the rest of a body we will not keep.
function refuse(req: IncomingMessage, res: ServerResponse): void {
  // Null once a failed pipeline has already torn the request down.
  const socket = req.socket as IncomingMessage['socket'] | null;
  res.on('finish', () => socket?.destroy());
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ error: MEDIA_TOO_LARGE }));
}

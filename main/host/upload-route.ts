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
import type { Studio } from '../app/studio';

// Longer than any song or voice-over anyone drops on a timeline.
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export async function handleUpload(req: IncomingMessage, res: ServerResponse, studio: Studio, projectId: string): Promise<void> {
  let target: { uploadId: string; file: string };
  try {
    target = studio.uploadTarget(projectId);
  } catch {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'That project is not open.' }));
    return;
  }
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > MAX_UPLOAD_BYTES ? new Error('The file is larger than 2 GB.') : null, chunk);
    },
  });
  try {
    await mkdir(path.dirname(target.file), { recursive: true });
    await pipeline(req, limit, createWriteStream(target.file));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ uploadId: target.uploadId }));
  } catch (error) {
    await rm(target.file, { force: true });
    if (!res.headersSent) res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (error as Error).message }));
  }
}

// The browser host's sound-file upload: a body that declares itself too large is refused before a
// byte is written, one with no declared size is stopped at the limit, and both leave nothing behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Studio } from '../../main/app/studio';
import { MAX_MEDIA_UPLOAD_BYTES, MEDIA_TOO_LARGE } from '../../main/contract/api/media';
import { handleUpload } from '../../main/host/upload-route';
import { rawExchange } from '../helpers/raw-socket';
import { makeTempDir } from '../helpers/temp-dir';

const SMALL_LIMIT = 256 * 1024;

describe('upload route', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let studio: Studio;
  let server: Server;
  let port: number;
  let projectId: string;
  let incoming: string;

  beforeEach(async () => {
    temp = makeTempDir();
    studio = new Studio({ version: '0.0.0-test', homeDir: path.join(temp.dir, 'home'), projectsDir: path.join(temp.dir, 'projects'), generate: () => Promise.reject(new Error('not used here')) });
    projectId = (await studio.createProject('Uploads')).project.id;
    incoming = path.dirname(studio.uploadTarget(projectId).file);
    // The contract's limit for declared sizes; a small one for bodies that must really be sent.
    server = createServer((req, res) => void handleUpload(req, res, studio, projectId, req.headers['content-length'] ? MAX_MEDIA_UPLOAD_BYTES : SMALL_LIMIT));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await studio.close();
    temp.cleanup();
  });

  const files = () => (existsSync(incoming) ? readdirSync(incoming) : []);

  it('refuses a declared 3 GB body at once, writing nothing', async () => {
    const head = `POST /upload/${projectId} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nContent-Length: ${3 * 1024 ** 3}\r\n\r\n`;
    const started = process.hrtime.bigint();
    // The wait is long: a server that read the body would keep the socket open until it passed.
    const reply = await rawExchange(port, Buffer.concat([Buffer.from(head), Buffer.alloc(64 * 1024, 7)]), 10_000);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(reply).toContain(MEDIA_TOO_LARGE);
    expect(elapsedMs).toBeLessThan(5_000);
    expect(files()).toEqual([]);
  });

  it('stops a body with no declared size at the limit and removes what it wrote', async () => {
    const chunk = Buffer.alloc(64 * 1024, 1);
    const chunks = Array.from({ length: 8 }, () => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]));
    const head = `POST /upload/${projectId} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const reply = await rawExchange(port, Buffer.concat([Buffer.from(head), ...chunks, Buffer.from('0\r\n\r\n')]), 5_000);
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(files()).toEqual([]);
  });

  it('keeps a file under the limit, byte for byte', async () => {
    const body = Buffer.alloc(100_000, 3);
    const response = await fetch(`http://127.0.0.1:${port}/upload/${projectId}`, { method: 'POST', body });
    expect(response.status).toBe(200);
    const { uploadId } = (await response.json()) as { uploadId: string };
    expect(statSync(path.join(incoming, uploadId)).size).toBe(body.length);
  });
});

// The browser host's cameo upload path: token and origin required, type and size checked, the file
// stored under a name the server picks inside the cameo folder whatever name the client sends, and a
// refused import leaves nothing behind. Cameo media is served only for known cameos' own files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Studio } from '../../main/app/studio';
import { CAMEO_UPLOAD_PATH, MAX_CAMEO_UPLOAD_BYTES } from '../../main/contract/cameo';
import { startBrowserHost, type BrowserHost } from '../../main/host/browser-host';
import { makeTempDir } from '../helpers/temp-dir';
import { connect } from '../helpers/ws-call';

describe('cameo upload through the browser host', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let studio: Studio;
  let host: BrowserHost;
  let base: string;
  const uploadsDir = (): string => path.join(temp.dir, 'home', 'cameos', '.uploads');
  const upload = (name: string, body: string, token = host.token, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${base}${CAMEO_UPLOAD_PATH}?name=${encodeURIComponent(name)}&token=${token}`, { method: 'POST', body, headers });

  beforeEach(async () => {
    temp = makeTempDir();
    const rendererDir = path.join(temp.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kinora</title>');
    studio = new Studio({ version: 'test', homeDir: path.join(temp.dir, 'home'), projectsDir: path.join(temp.dir, 'projects'), generate: () => Promise.reject(new Error('not used')) });
    host = await startBrowserHost({ studio, rendererDir, port: 0 });
    base = `http://127.0.0.1:${host.port}`;
  });
  afterEach(async () => {
    await host.close();
    await studio.close();
    temp.cleanup();
  });

  it('refuses uploads without the token, from another origin, or of the wrong type', async () => {
    expect((await upload('me.mp4', 'x', 'wrong')).status).toBe(403);
    expect((await upload('me.mp4', 'x', host.token, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await fetch(`${base}${CAMEO_UPLOAD_PATH}?name=me.mp4&token=${host.token}`)).status).toBe(405);
    const wrongType = await upload('notes.txt', 'hello');
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { error: { message: string } }).error.message).toMatch(/not a file Kinora can make a cameo from/);
  });

  it('refuses a body over the size limit before reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}${CAMEO_UPLOAD_PATH}?name=big.mp4&token=${host.token}`, { method: 'POST', headers: { 'content-length': String(MAX_CAMEO_UPLOAD_BYTES + 1) } });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.write('x');
    });
    expect(status).toBe(400);
  });

  it('stores under a server-chosen name whatever the client sends, and a refused import leaves nothing', async () => {
    const reply = await upload('../../../escape.mp4', 'not really a video');
    expect(reply.status).toBe(200);
    const { uploadId } = (await reply.json()) as { uploadId: string };
    expect(readdirSync(uploadsDir())).toEqual([uploadId]);
    expect(existsSync(path.join(temp.dir, 'escape.mp4'))).toBe(false);

    const ws = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    try {
      const imported = await ws.call('cameos.import', { source: { kind: 'upload', uploadId }, fileName: '../../../escape.mp4' });
      expect(imported.ok).toBe(false);
      expect(imported.error?.message).toMatch(/could not be read/);
      expect(readdirSync(uploadsDir())).toEqual([]);
      const again = await ws.call('cameos.import', { source: { kind: 'upload', uploadId }, fileName: 'x.mp4' });
      expect(again.error?.message).toMatch(/upload is gone/);
      const hostile = await ws.call('cameos.import', { source: { kind: 'upload', uploadId: '../../etc/passwd' }, fileName: 'x.mp4' });
      expect(hostile.error?.code).toBe('invalid_input');
      expect(((await ws.call('cameos.list', {})).output as unknown[]).length).toBe(0);
    } finally {
      ws.close();
    }
    expect((await fetch(`${base}/cameo-media/nope/poster.png?token=${host.token}`)).status).toBe(404);
    expect((await fetch(`${base}/cameo-media/nope/poster.png`)).status).toBe(403);
  });
});

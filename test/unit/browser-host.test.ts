import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Studio } from '../../main/app/studio';
import { startBrowserHost, type BrowserHost } from '../../main/host/browser-host';
import { persistentHostToken } from '../../main/host/host-token';
import { appInfoSchema, projectStateSchema } from '../../main/contract/model';
import { makeTempDir } from '../helpers/temp-dir';
import { promptReadingSchema } from '../../main/contract/understanding';
import { connect } from '../helpers/ws-call';

describe('browser host', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let studio: Studio;
  let host: BrowserHost;
  let base: string;

  beforeEach(async () => {
    temp = makeTempDir();
    const rendererDir = path.join(temp.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kinora</title>');
    writeFileSync(path.join(temp.dir, 'secret.txt'), 'do not serve');
    studio = new Studio({
      version: '0.0.0-test',
      homeDir: path.join(temp.dir, 'home'),
      projectsDir: path.join(temp.dir, 'projects'),
      generate: () => Promise.reject(new Error('not used here')),
    });
    host = await startBrowserHost({ studio, rendererDir, port: 0 });
    base = `http://127.0.0.1:${host.port}`;
  });

  afterEach(async () => {
    await host.close();
    await studio.close();
    temp.cleanup();
  });

  it('serves the renderer and refuses paths outside it', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Kinora</title>');
    expect((await fetch(`${base}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/../secret.txt`)).status).toBe(404);
  });

  it('requires the token for the API and for media', async () => {
    await expect(connect(`ws://127.0.0.1:${host.port}/api?token=wrong`)).rejects.toThrow(/403/);
    await expect(connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`, 'http://evil.example')).rejects.toThrow(/403/);
    expect((await fetch(`${base}/media/x/y.mp4`)).status).toBe(403);
  });

  it('answers contract calls, validates input, and serves project media with byte ranges', async () => {
    const session = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    const info = await session.call('app.info', {});
    expect(info.ok).toBe(true);
    expect(appInfoSchema.parse(info.output).version).toBe('0.0.0-test');

    const bad = await session.call('projects.create', { name: '   ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Give the project a name.' } });
    const unknown = await session.call('projects.explode', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const empty = await session.call('generate.start', { projectId: 'abc', prompt: '  ' });
    expect(empty.error?.message).toMatch(/Type a prompt first/);

    // Reading a prompt as the user types: hostile input is refused as input, a prompt Kinora cannot
    // show comes back as a refusal with what was understood, and a good one with its reading.
    for (const input of [{ prompt: 42 }, { prompt: 'x'.repeat(5000) }, { prompt: 'a ball', durationSec: -3 }, null]) {
      expect(await session.call('prompt.understand', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const refused = promptReadingSchema.parse((await session.call('prompt.understand', { prompt: 'a dog chases a ball' })).output);
    expect(refused).toMatchObject({ accepted: false, refusal: expect.stringMatching(/a dog/) });
    const read = promptReadingSchema.parse((await session.call('prompt.understand', { prompt: 'a kid kicks a soccer ball at night' })).output);
    expect(read).toMatchObject({ accepted: true, refusal: null, understanding: { where: 'park, at night (the usual place for this)' } });

    const created = await session.call('projects.create', { name: 'Hoops' });
    const state = projectStateSchema.parse(created.output);
    expect(state.project.name).toBe('Hoops');

    const mediaDir = path.join(state.project.path, 'media', 'take-1');
    mkdirSync(mediaDir, { recursive: true });
    writeFileSync(path.join(mediaDir, 'clip.mp4'), Buffer.from('0123456789'));
    const mediaUrl = `${base}/media/${state.project.id}/media/take-1/clip.mp4?token=${host.token}`;
    const whole = await fetch(mediaUrl);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(await whole.text()).toBe('0123456789');
    const part = await fetch(mediaUrl, { headers: { range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    const escape = await fetch(`${base}/media/${state.project.id}/..%2F..%2Fsecret.txt?token=${host.token}`);
    expect(escape.status).toBe(404);

    const reopened = await session.call('projects.open', { path: state.project.path });
    expect(projectStateSchema.parse(reopened.output).project.id).toBe(state.project.id);

    // A copy of the folder opened beside its original becomes a project of its own.
    const copyPath = `${state.project.path}-copy`;
    cpSync(state.project.path, copyPath, { recursive: true });
    const copy = projectStateSchema.parse((await session.call('projects.open', { path: copyPath })).output);
    expect(copy.project.id).not.toBe(state.project.id);
    expect(copy.project.path).toBe(copyPath);
    const listed = appInfoSchema.parse((await session.call('app.info', {})).output);
    expect(listed.recentProjects.map((p) => p.path)).toContain(state.project.path);
    session.close();
  });

  it('keeps the same private access token across restarts', () => {
    const home = path.join(temp.dir, 'token-home');
    const first = persistentHostToken(home);
    expect(first).toMatch(/^[0-9a-f]{48}$/);
    expect(persistentHostToken(home)).toBe(first);
    expect(statSync(path.join(home, 'host-token')).mode & 0o777).toBe(0o600);
  });
});

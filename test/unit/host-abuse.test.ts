// Abuse of the browser host, bounded in count and time and on 127.0.0.1 only: bad origins, missing
// and wrong tokens, WebSocket protocol errors, oversized and malformed messages, floods, traversal
// and symlinks, range abuse. The host runs as its own process; after all of it, it must still be
// alive and answer app.info, and must not have printed a crash or a listener leak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectStateSchema } from '../../main/contract/model';
import { MAX_CALLS_IN_FLIGHT } from '../../main/host/ws-session';
import { startSourceHost, type SourceHost } from '../helpers/source-host';
import { closedByServer, openRawWebSocket, rawExchange, upgradeRequest, wsFrame } from '../helpers/raw-socket';
import { makeTempDir } from '../helpers/temp-dir';
import { connect, type WsSession } from '../helpers/ws-call';

describe('browser host under abuse', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let host: SourceHost;
  let api: WsSession;
  let projectId: string;
  let projectDir: string;
  const base = (): string => `http://127.0.0.1:${host.port}`;
  const media = (relative: string): string => `${base()}/media/${projectId}/${relative}?token=${host.token}`;

  beforeAll(async () => {
    temp = makeTempDir('kinora-abuse-');
    host = await startSourceHost(temp.dir);
    api = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    const state = projectStateSchema.parse((await api.call('projects.create', { name: 'Target' })).output);
    projectId = state.project.id;
    projectDir = state.project.path;
    const take = path.join(projectDir, 'media', 'take-1');
    mkdirSync(path.join(take, 'folder.mp4'), { recursive: true });
    writeFileSync(path.join(take, 'clip.mp4'), '0123456789');
    symlinkSync('/etc/passwd', path.join(take, 'passwd.mp4'));
    symlinkSync(path.join(temp.dir, 'home', 'host-token'), path.join(take, 'token.json'));
    symlinkSync(path.join(projectDir, 'project.kinora'), path.join(take, 'project.mp4'));
    symlinkSync(projectDir, path.join(take, 'up'));
  }, 60_000);

  afterAll(async () => {
    api?.close();
    await host?.stop();
    temp.cleanup();
  });

  it('refuses WebSocket upgrades with bad origins, bad targets or no token, and stays up', async () => {
    const port = host.port;
    const withToken = `/api?token=${host.token}`;
    const cases = [
      upgradeRequest(port, '/api', { Origin: 'null' }),
      upgradeRequest(port, '/api', { Origin: 'not a url' }),
      upgradeRequest(port, 'http://[bad/api'),
      upgradeRequest(port, withToken, { Origin: 'null' }),
      upgradeRequest(port, withToken, { Origin: 'not a url' }),
      upgradeRequest(port, withToken, { Origin: 'http://[bad' }),
      upgradeRequest(port, withToken, { Origin: 'http://evil.example' }),
      upgradeRequest(port, withToken, { Origin: 'file://' }),
      upgradeRequest(port, withToken, { Origin: `http://127.0.0.1:${port + 1}` }),
      upgradeRequest(port, `http://[bad${withToken}`),
      upgradeRequest(port, '/api?token=wrong'),
      upgradeRequest(port, `/other?token=${host.token}`),
    ];
    for (const request of cases) {
      const reply = await rawExchange(port, request);
      expect(reply, request.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 (400|403)/);
    }
    expect(host.alive()).toBe(true);
  });

  it('survives WebSocket protocol errors from a client holding the token', async () => {
    const frames = {
      unmasked: wsFrame(0x1, Buffer.from('{"id":1}'), { mask: false }),
      unknownOpcode: wsFrame(0x3, Buffer.from('x')),
      invalidUtf8: wsFrame(0x1, Buffer.from([0xff, 0xfe, 0xfd])),
      oversized: wsFrame(0x1, Buffer.alloc(1024), { declaredLength: 2 * 1024 * 1024 }),
      reservedBits: Buffer.from([0xc1, 0x80, 1, 2, 3, 4]),
      badCloseCode: wsFrame(0x8, Buffer.from([0x00, 0x01])),
    };
    for (const [name, frame] of Object.entries(frames)) {
      const socket = await openRawWebSocket(host.port, host.token);
      socket.write(frame);
      expect(await closedByServer(socket), name).toBe(true);
    }
    expect(host.alive()).toBe(true);
  });

  it('answers malformed and hostile messages with a sentence, never a crash or a dump', async () => {
    const client = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    const calls: [string, unknown][] = [
      ['__proto__', {}],
      ['constructor', {}],
      ['toString', {}],
      ['projects.state', { projectId: '../../etc' }],
      ['projects.state', { projectId: 'x'.repeat(10_000) }],
      ['projects.open', { path: '/dev/zero' }],
      ['projects.open', { path: '/etc' }],
      ['projects.open', { path: 7 }],
      ['generate.start', { projectId, prompt: 'x'.repeat(5000) }],
      ['generate.start', { projectId, prompt: { toString: 'boom' } }],
      ['clips.move', { projectId, clipId: 'nope', position: -1 }],
      ['history.undo', null],
    ];
    for (const [method, input] of calls) {
      const reply = await client.call(method, input);
      expect(reply.ok, method).toBe(false);
      expect(reply.error?.message, method).toMatch(/^[A-Z0-9/"'].*[.)]$/s);
      expect(reply.error?.message, method).not.toMatch(/ZodError|"code":|\n\s+at /);
    }
    client.close();

    const socket = await openRawWebSocket(host.port, host.token);
    for (const text of ['not json', '[' .repeat(200_000), '{"id":"x"}', '{"id":1,"method":5}', 'null']) {
      socket.write(wsFrame(0x1, Buffer.from(text)));
    }
    socket.write(wsFrame(0x2, Buffer.from([1, 2, 3])));
    socket.destroy();
    expect(host.alive()).toBe(true);
  });

  it('tells a flooding client it is busy instead of queueing without bound', async () => {
    const client = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    const replies = await Promise.all(Array.from({ length: MAX_CALLS_IN_FLIGHT * 4 }, () => client.call('app.info', {})));
    expect(replies.every((r) => r.ok || r.error?.code === 'busy')).toBe(true);
    expect(replies.some((r) => r.ok)).toBe(true);
    client.close();
  });

  it('serves only media files inside the project, answers malformed paths with 400, and handles odd ranges', async () => {
    expect((await fetch(`${base()}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(media('%E0%A4%A'))).status).toBe(400);
    for (const relative of ['media/take-1/passwd.mp4', 'media/take-1/token.json', 'media/take-1/project.mp4', 'media/take-1/up/project.kinora', 'project.kinora', 'media/take-1/folder.mp4', '..%2F..%2Fhome%2Fhost-token', 'media/../project.kinora']) {
      expect((await fetch(media(relative))).status, relative).toBe(404);
    }
    const clip = media('media/take-1/clip.mp4');
    expect(await (await fetch(clip)).text()).toBe('0123456789');
    const range = async (header: string): Promise<[number, string]> => {
      const res = await fetch(clip, { headers: { range: header } });
      return [res.status, await res.text()];
    };
    expect(await range('bytes=-3')).toEqual([206, '789']);
    expect((await range('bytes=-0'))[0]).toBe(416);
    expect((await range('bytes=5-1'))[0]).toBe(416);
    expect((await range('bytes=999-'))[0]).toBe(416);
    expect(await range('bytes=0-1,3-4')).toEqual([200, '0123456789']);
    expect(await range('bytes=99999999999999999999-')).toEqual([200, '0123456789']);
    expect((await fetch(clip, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(['414', '431', '400']).toContain((await rawExchange(host.port, `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).slice(9, 12));
    expect(host.alive()).toBe(true);
  });

  it('holds many clients at once without a listener leak, and still answers app.info afterwards', async () => {
    const clients = await Promise.all(Array.from({ length: 16 }, () => connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`)));
    await Promise.all(clients.map((c) => c.call('projects.state', { projectId })));
    clients.forEach((c) => c.close());
    const info = await api.call('app.info', {});
    expect(info.ok).toBe(true);
    expect(host.alive()).toBe(true);
    expect(host.stderr()).not.toMatch(/MaxListenersExceeded|Uncaught|ERR_/);
  });
});

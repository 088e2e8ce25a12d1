// The project lock across real processes: exactly one of many simultaneous openers wins, the loser
// is told who holds it, and a holder killed with SIGKILL frees the project at once (the OS drops
// its file lock), with no stale pid to outlive it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { acquireProjectLock } from '../../main/projects/project-lock';
import { makeTempDir } from '../helpers/temp-dir';

interface Contender {
  child: ChildProcess;
  next(): Promise<string>;
}

function startContender(dir: string): Contender {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/helpers/lock-contender.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  return {
    child,
    next: () => new Promise((resolve) => (lines.length > 0 ? resolve(lines.shift()!) : waiters.push(resolve))),
  };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

describe('project lock across processes', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    temp = makeTempDir();
    dir = path.join(temp.dir, 'film');
    mkdirSync(dir);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) {
      child.kill('SIGKILL');
      await exited(child);
    }
    temp.cleanup();
  });

  it('lets exactly one of 15 simultaneous openers win', async () => {
    const contenders = Array.from({ length: 15 }, () => startContender(dir));
    children.push(...contenders.map((c) => c.child));
    expect(await Promise.all(contenders.map((c) => c.next()))).toEqual(Array(15).fill('ready'));
    for (const c of contenders) c.child.stdin?.write('go\n');
    const results = await Promise.all(contenders.map((c) => c.next()));
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
    expect(results.filter((r) => r.startsWith('busy This project is open in another Kinora window'))).toHaveLength(14);
  }, 90_000);

  it('frees the project the moment its holder is killed, whatever became of its pid', async () => {
    const holder = startContender(dir);
    children.push(holder.child);
    expect(await holder.next()).toBe('ready');
    holder.child.stdin?.write('go\n');
    expect(await holder.next()).toBe('won');
    expect(() => acquireProjectLock(dir)).toThrow(new RegExp(`process ${holder.child.pid}`));

    holder.child.kill('SIGKILL');
    await exited(holder.child);
    const release = acquireProjectLock(dir);
    release();
  }, 60_000);
});

// Starts the browser host from the TypeScript sources (through tsx) as its own process, so a test
// can abuse it and then check the process is still alive and answering. Unit tests run before the
// build, so this does not need dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SourceHost {
  port: number;
  token: string;
  child: ChildProcess;
  // Everything the process printed on stderr so far (warnings, crash traces).
  stderr(): string;
  alive(): boolean;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startSourceHost(dir: string, env: NodeJS.ProcessEnv = {}): Promise<SourceHost> {
  const renderer = path.join(dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Kinora</title>');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('main/host/host-cli.ts'), '--port', '0', '--home', path.join(dir, 'home'), '--projects', path.join(dir, 'projects'), '--renderer', renderer],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}\n${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(new URL(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${out}\n${err}`)));
  });
  return {
    port: Number(url.port),
    token: url.searchParams.get('token') ?? '',
    child,
    stderr: () => err,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

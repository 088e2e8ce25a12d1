// Starts the built browser host (dist/main/host-cli.js) as its own process, the way a user runs it,
// and hands back the URL it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface HostProcess {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

export async function startHostProcess(options: { home: string; projects: string; env?: NodeJS.ProcessEnv }): Promise<HostProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.resolve('dist/main/host-cli.js'), '--port', '0', '--home', options.home, '--projects', options.projects],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // A minute: on two cores shared with other work (load 20+), loading the host's modules alone
    // has taken over 20 s, and a test then failed before it began.
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  let stopping = false;
  const noteExit = (what: string): void => {
    const report = `The host ${what} during the test. Its last output:\n${output.slice(-6000)}\n`;
    console.error(report);
    // Reporters may not show a test's stderr; a file next to the test results always survives.
    mkdirSync('test-results', { recursive: true });
    appendFileSync(path.join('test-results', 'host-exits.log'), `${new Date().toISOString()} ${report}\n`);
  };
  // Something other than this test stopping the host (a stray `pkill`) shows here, not as a timeout.
  child.stdout?.on('data', (chunk: Buffer) => {
    if (!stopping && /Kinora is stopping/.test(chunk.toString())) noteExit(`was stopped from outside: ${chunk.toString().trim()}`);
  });
  // A host that dies under a test says why in the test's output, not as a silent "Disconnected".
  child.once('exit', (code, signal) => {
    if (!stopping) noteExit(`exited (${code ?? signal})`);
  });
  return {
    url,
    origin: new URL(url).origin,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

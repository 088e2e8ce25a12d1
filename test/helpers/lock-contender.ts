// A separate process that competes for a project's lock: it waits for "go" on stdin, tries once,
// prints "won" or "busy <message>", and then holds whatever it got until its stdin closes.
import { createInterface } from 'node:readline';
import { acquireProjectLock } from '../../main/projects/project-lock';

const dir = process.argv[2];
if (!dir) throw new Error('usage: lock-contender <project dir>');
const lines = createInterface({ input: process.stdin });
let release: (() => void) | null = null;
console.info('ready');
lines.on('line', (line) => {
  if (line !== 'go') return;
  try {
    release = acquireProjectLock(dir);
    console.info('won');
  } catch (error) {
    console.info(`busy ${(error as Error).message}`);
  }
});
lines.on('close', () => {
  release?.();
  process.exit(0);
});

// Where Kinora keeps things on disk, overridable by environment for tests and portable installs.
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';

export function defaultHomeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KINORA_HOME ?? path.join(os.homedir(), '.kinora');
}

export function defaultProjectsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KINORA_PROJECTS_DIR ?? path.join(os.homedir(), 'Kinora Projects');
}

// Both the sources (main/app/) and the bundle (dist/main/) sit two folders below package.json.
export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

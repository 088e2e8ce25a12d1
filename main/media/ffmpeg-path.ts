// Finds ffmpeg and ffprobe at run time: FFMPEG_PATH / FFPROBE_PATH first (a user's own build),
// then the binary shipped by ffmpeg-static (an optional dependency), then the system PATH.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiError } from '../contract/api';

export interface ToolStatus {
  ok: boolean;
  path: string | null;
  message: string;
}

const MISSING_MESSAGE =
  'ffmpeg was not found, so clips cannot be encoded. Install it (Debian/Ubuntu: apt-get install ffmpeg) or set FFMPEG_PATH to an ffmpeg binary, then restart Kinora.';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, process.platform === 'win32' ? `${name}.exe` : name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function fromFfmpegStatic(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const found = require('ffmpeg-static') as unknown;
    return typeof found === 'string' && existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FFMPEG_PATH !== undefined) return isExecutable(env.FFMPEG_PATH) ? env.FFMPEG_PATH : null;
  return fromFfmpegStatic() ?? onPath('ffmpeg', env);
}

export function findFfprobe(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FFPROBE_PATH !== undefined) return isExecutable(env.FFPROBE_PATH) ? env.FFPROBE_PATH : null;
  const ffmpeg = findFfmpeg(env);
  const sibling = ffmpeg ? path.join(path.dirname(ffmpeg), path.basename(ffmpeg).replace('ffmpeg', 'ffprobe')) : null;
  if (sibling && sibling !== ffmpeg && isExecutable(sibling)) return sibling;
  return onPath('ffprobe', env);
}

// Checks that the ffmpeg we would use actually runs, for the start-up banner.
export function checkFfmpeg(env: NodeJS.ProcessEnv = process.env): ToolStatus {
  const found = findFfmpeg(env);
  if (!found) return { ok: false, path: null, message: MISSING_MESSAGE };
  const run = spawnSync(found, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) {
    return { ok: false, path: found, message: `ffmpeg at ${found} does not run (${run.error?.message ?? run.stderr.trim()}). ${MISSING_MESSAGE}` };
  }
  return { ok: true, path: found, message: run.stdout.split('\n')[0] ?? 'ffmpeg' };
}

export function requireFfmpeg(env: NodeJS.ProcessEnv = process.env): string {
  const found = findFfmpeg(env);
  if (!found) throw new ApiError('ffmpeg_missing', MISSING_MESSAGE);
  return found;
}

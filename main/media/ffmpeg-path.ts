// Finds ffmpeg and ffprobe at run time: FFMPEG_PATH / FFPROBE_PATH first (a user's own build),
// then the binary shipped by ffmpeg-static (an optional dependency), then the system PATH.
import { accessSync, constants, existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiError } from '../contract/api';

export interface ToolStatus {
  ok: boolean;
  path: string | null;
  message: string;
}

const execFileAsync = promisify(execFile);

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

export function requireFfmpeg(env: NodeJS.ProcessEnv = process.env): string {
  const found = findFfmpeg(env);
  if (!found) throw new ApiError('ffmpeg_missing', MISSING_MESSAGE);
  return found;
}

// Checks that the ffmpeg we would use actually runs, for the start-up banner. Asynchronous: it runs
// on request paths (app.info), where a sync spawn would stall every client for the ~80 ms ffmpeg
// takes to start.
export async function checkFfmpeg(env: NodeJS.ProcessEnv = process.env): Promise<ToolStatus> {
  const found = findFfmpeg(env);
  if (!found) return { ok: false, path: null, message: MISSING_MESSAGE };
  try {
    const { stdout } = await execFileAsync(found, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 10_000 });
    return { ok: true, path: found, message: stdout.split('\n')[0] ?? 'ffmpeg' };
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    return { ok: false, path: found, message: `ffmpeg at ${found} does not run (${detail}). ${MISSING_MESSAGE}` };
  }
}

export function missingFfmpegError(status: ToolStatus): ApiError {
  return new ApiError('ffmpeg_missing', status.path ? status.message : MISSING_MESSAGE);
}

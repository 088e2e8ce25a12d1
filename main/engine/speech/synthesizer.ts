// Speaks one line with the local synthesizer (flite, a Debian package; FLITE_PATH may point at
// another build): a subprocess run asynchronously, never blocking, killed when the generation is
// cancelled or when it hangs, with a sentence for the user when the synthesizer is missing.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiError } from '../../contract/api';
import { abortError } from '../../contract/abort';
import type { VoiceRecipe } from './voices';
import { readWav, type PcmSound } from './wav';

// A line of at most 500 characters takes flite well under a second; a minute means it is stuck.
const TIMEOUT_MS = 60_000;
// What a line's WAV may weigh (500 characters at 16 kHz is under 2 MB).
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

export const SYNTHESIZER_MISSING =
  'Spoken lines need the flite speech synthesizer, which is not installed here. Install it (Debian/Ubuntu: apt-get install flite) or set FLITE_PATH to a flite binary, then generate again.';

export function flitePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.FLITE_PATH ?? 'flite';
}

function fliteArgs(text: string, voice: VoiceRecipe, outFile: string): string[] {
  return [
    '-voice', voice.flite,
    '--setf', `int_f0_target_mean=${voice.pitchHz}`,
    '--setf', `duration_stretch=${voice.stretch}`,
    // The text is one argument (no shell); flite seeks in its output, so it writes a file.
    '-t', text,
    '-o', outFile,
  ];
}

// Runs flite into a private temporary folder, reads the WAV, and removes the folder whatever happens.
export async function synthesizeLine(text: string, voice: VoiceRecipe, signal?: AbortSignal): Promise<PcmSound> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kinora-speech-'));
  try {
    const file = path.join(dir, 'line.wav');
    await runFlite(fliteArgs(text, voice, file), signal);
    const wav = await readFile(file);
    if (wav.length > MAX_OUTPUT_BYTES) throw new ApiError('internal', 'The speech synthesizer wrote far more audio than a line can take.');
    return readWav(wav);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runFlite(args: string[], signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const child = spawn(flitePath(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      child.kill('SIGKILL');
      finish(() => reject(abortError()));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new ApiError('internal', 'The speech synthesizer did not finish speaking a line within a minute.')));
    }, TIMEOUT_MS);
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-500);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(() => reject(error.code === 'ENOENT' || error.code === 'EACCES' ? new ApiError('synthesizer_missing', SYNTHESIZER_MISSING) : error));
    });
    child.on('close', (code) => {
      finish(() => {
        if (code !== 0) return reject(new ApiError('internal', `The speech synthesizer failed (exit code ${code})${stderr.trim() ? `: ${stderr.trim()}` : ''}.`));
        resolve();
      });
    });
  });
}

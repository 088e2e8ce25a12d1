// How much of a stream ffmpeg can really decode, read off its progress report as it decodes the whole
// stream to nothing. Headers (ffprobe) promise a length that a cut-short or damaged file does not hold:
// the first 60 kB of a 5 s MP4 still claims 120 frames, of which 6 decode.
import { spawn } from 'node:child_process';
import { abortError } from '../contract/abort';

export interface DecodedExtent {
  frames: number;
  durationSec: number;
}

export function measureDecoded(ffmpegPath: string, file: string, stream: 'video' | 'audio', signal?: AbortSignal): Promise<DecodedExtent> {
  const map = `0:${stream === 'video' ? 'v' : 'a'}:0`;
  const args = ['-nostdin', '-v', 'error', '-nostats', '-progress', 'pipe:1', '-i', file, '-map', map, '-f', 'null', '-'];
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const child = spawn(ffmpegPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const extent: DecodedExtent = { frames: 0, durationSec: 0 };
    let pending = '';
    let stderr = '';
    const kill = (): void => void child.kill('SIGKILL');
    signal?.addEventListener('abort', kill, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) readProgress(line, extent);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      signal?.removeEventListener('abort', kill);
      if (signal?.aborted) return reject(abortError());
      readProgress(pending, extent);
      if (code !== 0) return reject(new Error(`ffmpeg could not decode ${file} (${stderr.trim().split('\n').pop() ?? code})`));
      resolve(extent);
    });
  });
}

// Progress blocks repeat "key=value" lines; the last block holds the totals.
function readProgress(line: string, extent: DecodedExtent): void {
  const [key, value] = line.trim().split('=');
  const number = Number(value);
  if (!Number.isFinite(number)) return;
  if (key === 'frame') extent.frames = number;
  else if (key === 'out_time_us') extent.durationSec = Math.max(0, number / 1e6);
}

// A whole file decodes to within a frame or two (or a tenth of a second) of what its headers promise,
// since containers round; only a stream that falls clearly short on every measure given is cut short.
export function fellShort(promised: { frames?: number; durationSec: number }, decoded: DecodedExtent): boolean {
  const shortSec = promised.durationSec - decoded.durationSec > Math.max(0.1, promised.durationSec * 0.02);
  if (promised.frames === undefined) return shortSec;
  return shortSec && promised.frames - decoded.frames > Math.max(2, promised.frames * 0.02);
}

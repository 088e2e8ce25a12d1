// The sound of a media file as stereo float PCM at a chosen rate, decoded by ffmpeg without blocking
// (a cameo's recorded voice, to lay under a generated clip). Mono sources come out on both sides.
import { spawn } from 'node:child_process';
import { abortError } from '../contract/abort';

export interface StereoPcm {
  sampleRate: number;
  left: Float32Array;
  right: Float32Array;
}

export function decodeStereoPcm(ffmpegPath: string, file: string, options: { sampleRate: number; maxSec?: number; signal?: AbortSignal }): Promise<StereoPcm> {
  const { sampleRate, signal } = options;
  const limit = options.maxSec !== undefined ? ['-t', String(options.maxSec)] : [];
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const child = spawn(ffmpegPath, ['-v', 'error', '-i', file, ...limit, '-map', '0:a:0', '-ac', '2', '-ar', String(sampleRate), '-f', 'f32le', 'pipe:1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    const kill = (): void => void child.kill('SIGKILL');
    signal?.addEventListener('abort', kill, { once: true });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      signal?.removeEventListener('abort', kill);
      if (signal?.aborted) return reject(abortError());
      if (code !== 0) return reject(new Error(`ffmpeg could not decode the sound of ${file} (${stderr.trim().split('\n').pop() ?? code})`));
      // Copied into a buffer of its own: a Float32Array needs 4-byte alignment a pooled Buffer may lack.
      const bytes = new Uint8Array(Buffer.concat(chunks));
      const interleaved = new Float32Array(bytes.buffer, 0, Math.floor(bytes.byteLength / 8) * 2);
      const frames = interleaved.length / 2;
      const left = new Float32Array(frames);
      const right = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        left[i] = interleaved[2 * i] as number;
        right[i] = interleaved[2 * i + 1] as number;
      }
      resolve({ sampleRate, left, right });
    });
  });
}

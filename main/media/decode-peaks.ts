// Waveform peaks for any file ffmpeg reads sound from (an imported song, a video's sound): decode to
// mono float PCM through ffmpeg, without blocking, and hand it to the shared peaks code.
import { spawn } from 'node:child_process';
import type { WaveformPeaks } from '../contract/peaks';
import { computePeaks } from './waveform-peaks';

// Peaks only need the loudest sample per bucket (at most 400 buckets a second): 8 kHz keeps every
// visible detail at a sixth of the memory of full rate.
const PEAKS_DECODE_RATE = 8000;

export function decodePeaks(ffmpegPath: string, file: string): Promise<WaveformPeaks> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-v', 'error', '-i', file, '-vn', '-ac', '1', '-ar', String(PEAKS_DECODE_RATE), '-f', 'f32le', 'pipe:1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ffmpeg could not decode the sound (${stderr.trim().split('\n').pop() ?? code})`));
      const bytes = Buffer.concat(chunks);
      const samples = new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
      if (samples.length === 0) return reject(new Error('the file has no sound samples'));
      resolve(computePeaks(new Float32Array(samples), PEAKS_DECODE_RATE, 1));
    });
  });
}

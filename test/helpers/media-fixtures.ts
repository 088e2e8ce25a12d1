// Real media for export tests, made by ffmpeg: clips whose picture and sound carry a known event at a
// known time, music beds, and readers that decode what an export wrote (PCM samples, frame pixels,
// EBU R128 loudness) so tests assert on the file itself.
import { SAMPLE_RATE } from '../../main/contract/format';
import { execFile } from 'node:child_process';
import { findFfmpeg } from '../../main/media/ffmpeg-path';

const ffmpegPath = findFfmpeg() ?? 'ffmpeg';

function run(args: string[], maxBuffer = 256 * 1024 * 1024): Promise<{ stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(ffmpegPath, ['-hide_banner', '-nostdin', '-y', ...args], { encoding: 'buffer', maxBuffer }, (error, stdout, stderr) => {
      if (error) reject(new Error(`ffmpeg failed: ${stderr.toString().slice(-800)}`));
      else resolve({ stdout, stderr: stderr.toString() });
    });
  });
}

export interface EventClip {
  durationSec: number;
  // The moment the picture flashes white and a sharp 1 kHz ping starts.
  eventSec: number;
  width: number;
  height: number;
  fps: number;
}

// A dark clip with a moving grey bar (so frames differ), a white flash for one frame at eventSec and
// a ping in the sound starting at exactly the same time, over a quiet hum, H.264/AAC like a take.
export async function makeEventClip(out: string, clip: EventClip): Promise<void> {
  const { durationSec, eventSec, width, height, fps } = clip;
  const flashEnd = eventSec + 1 / fps - 1e-4;
  const video =
    `color=c=0x202020:s=${width}x${height}:r=${fps}:d=${durationSec},` +
    `drawbox=x='mod(t*60,${width})':y=0:w=12:h=${height}:color=gray:t=fill,` +
    `drawbox=x=0:y=0:w=${width}:h=${height}:color=white:t=fill:enable='between(t,${eventSec},${flashEnd})'`;
  const audio =
    `aevalsrc='0.02*sin(2*PI*110*t)+if(gte(t,${eventSec}),0.6*sin(2*PI*1000*(t-${eventSec}))*exp(-(t-${eventSec})*12),0)'` +
    `:s=${SAMPLE_RATE}:c=stereo:d=${durationSec}`;
  await run(['-f', 'lavfi', '-i', video, '-f', 'lavfi', '-i', audio, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '128k', '-movflags', '+faststart', out]);
}

// A music-like bed: a chord with a slow swell, as a 44.1 kHz MP3 (another rate and codec than takes).
export async function makeMusic(out: string, durationSec: number): Promise<void> {
  const audio = `aevalsrc='(0.2*sin(2*PI*220*t)+0.15*sin(2*PI*277*t)+0.1*sin(2*PI*330*t))*(0.6+0.4*sin(2*PI*0.5*t))':s=44100:c=stereo:d=${durationSec}`;
  await run(['-f', 'lavfi', '-i', audio, '-c:a', 'libmp3lame', '-b:a', '160k', out]);
}

// The file's first audio stream decoded to mono float samples at 48 kHz, from its first sample.
export async function decodeMono(file: string): Promise<Float32Array> {
  const { stdout } = await run(['-i', file, '-map', '0:a:0', '-ac', '1', '-ar', String(SAMPLE_RATE), '-f', 'f32le', '-']);
  return new Float32Array(stdout.buffer, stdout.byteOffset, stdout.byteLength / 4);
}

// The file's first audio stream decoded to interleaved stereo float samples at 48 kHz (what
// sound-onset.ts reads).
export async function decodeStereo(file: string): Promise<Float32Array> {
  const { stdout } = await run(['-i', file, '-map', '0:a:0', '-ac', '2', '-ar', String(SAMPLE_RATE), '-f', 'f32le', '-']);
  return new Float32Array(stdout.buffer, stdout.byteOffset, stdout.byteLength / 4);
}

// One decoded frame (8-bit grey) at a time in seconds, as the exported file shows it.
export async function frameAt(file: string, timeSec: number, width: number, height: number): Promise<Uint8Array> {
  const { stdout } = await run(['-ss', String(timeSec), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', '-s', `${width}x${height}`, '-']);
  return new Uint8Array(stdout.buffer, stdout.byteOffset, width * height);
}

// Mean brightness of every frame of the file's picture, in order.
export async function frameBrightness(file: string, width: number, height: number): Promise<number[]> {
  const { stdout } = await run(['-i', file, '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'gray', '-']);
  const size = width * height;
  const means: number[] = [];
  for (let offset = 0; offset + size <= stdout.length; offset += size) {
    let sum = 0;
    for (let i = offset; i < offset + size; i++) sum += stdout[i]!;
    means.push(sum / size);
  }
  return means;
}

// EBU R128 figures of the file's sound, by ffmpeg's ebur128 filter (as the issue prescribes).
export async function ebur128(file: string): Promise<{ integratedLufs: number; truePeakDb: number }> {
  const { stderr } = await run(['-nostats', '-i', file, '-map', '0:a:0', '-af', 'ebur128=peak=true', '-f', 'null', '-']);
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const integrated = /I:\s+(-?[\d.]+) LUFS/.exec(summary);
  const peak = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
  if (!integrated || !peak) throw new Error(`no ebur128 summary in: ${summary}`);
  return { integratedLufs: Number(integrated[1]), truePeakDb: peak[1] === '-inf' ? -Infinity : Number(peak[1]) };
}

// The first sample whose level reaches `fraction` of the loudest sample after `fromSample`.
export function onsetSample(samples: Float32Array, fromSample: number, fraction = 0.25): number {
  let peak = 0;
  for (let i = fromSample; i < samples.length; i++) peak = Math.max(peak, Math.abs(samples[i]!));
  for (let i = fromSample; i < samples.length; i++) if (Math.abs(samples[i]!) >= peak * fraction) return i;
  return -1;
}

// The MD5 of every decoded picture frame of a file (ffmpeg's framemd5), in order.
export async function frameHashes(file: string): Promise<string[]> {
  const { stdout } = await run(['-v', 'error', '-i', file, '-map', '0:v:0', '-f', 'framemd5', '-']);
  return stdout.toString().split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(',').pop()!.trim());
}

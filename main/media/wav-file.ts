// Writes interleaved 16-bit PCM as a WAV file: the simplest audio input ffmpeg reads next to a
// piped raw video stream.
import { readFile, writeFile } from 'node:fs/promises';

export function wavBytes(pcm16: Buffer, sampleRate: number, channels: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm16.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm16.length, 40);
  return Buffer.concat([header, pcm16]);
}

export async function writeWav(file: string, pcm16: Buffer, sampleRate: number, channels: number): Promise<void> {
  await writeFile(file, wavBytes(pcm16, sampleRate, channels));
}

// Reads back a WAV this module wrote (16-bit PCM, 44-byte header): its samples as 16-bit PCM bytes.
// Anything else is refused: a take's sound master is only ever written here.
export async function readWavPcm16(file: string): Promise<{ pcm16: Buffer; sampleRate: number; channels: number }> {
  const data = await readFile(file);
  const ok = data.length >= 44 && data.toString('ascii', 0, 4) === 'RIFF' && data.toString('ascii', 8, 12) === 'WAVE' && data.readUInt16LE(20) === 1 && data.readUInt16LE(34) === 16 && data.toString('ascii', 36, 40) === 'data';
  const bytes = ok ? data.readUInt32LE(40) : 0;
  if (!ok || 44 + bytes > data.length) throw new Error(`${file} is not a sound master Kinora wrote.`);
  return { pcm16: data.subarray(44, 44 + bytes), sampleRate: data.readUInt32LE(24), channels: data.readUInt16LE(22) };
}

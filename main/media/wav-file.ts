// Writes interleaved 16-bit PCM as a WAV file: the simplest audio input ffmpeg reads next to a
// piped raw video stream.
import { writeFile } from 'node:fs/promises';

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

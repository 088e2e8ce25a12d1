// Decodes a video (or a photo) into raw RGB frames at a chosen rate and size, streamed: memory holds
// a frame or two however long the file is.
import type { Readable } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { abortError, throwIfAborted } from '../contract/abort';
import { killOnAbort } from './kill-on-abort';

export interface ReadFramesOptions {
  ffmpegPath: string;
  file: string;
  width: number;
  height: number;
  // Output frame rate; null for a still image (one frame).
  fps: number | null;
  signal?: AbortSignal;
}

export async function* readRgbFrames(options: ReadFramesOptions): AsyncGenerator<Uint8Array> {
  const { width, height, signal } = options;
  throwIfAborted(signal);
  const filters = [...(options.fps ? [`fps=${options.fps}`] : []), `scale=${width}:${height}:flags=area`, 'format=rgb24'];
  const command = ffmpeg(options.file)
    .setFfmpegPath(options.ffmpegPath)
    .outputOptions(['-map 0:v:0', '-vf', filters.join(','), ...(options.fps ? [] : ['-frames:v 1']), '-f rawvideo', '-an', '-sn']);
  let failure: Error | null = null;
  command.on('error', (error: Error, _out: string | null, stderr: string | null) => {
    failure = signal?.aborted ? abortError() : new Error(`ffmpeg could not decode the footage: ${lastLine(stderr ?? error.message)}`);
  });
  const stopListening = killOnAbort(command, signal);
  const stream = command.pipe() as Readable;
  const ended = new Promise<void>((resolve) => {
    command.on('end', () => resolve());
    command.on('error', () => resolve());
  });
  const frameBytes = width * height * 3;
  let pending: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of stream) {
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      while (pending.length >= frameBytes) {
        yield new Uint8Array(pending.subarray(0, frameBytes));
        pending = pending.subarray(frameBytes);
      }
    }
    await ended;
    if (failure) throw failure;
    throwIfAborted(signal);
  } finally {
    stopListening();
    stream.destroy();
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').slice(-2).join(' ').slice(0, 300);
}

// A filmstrip: evenly spaced thumbnails of a clip tiled into one JPEG, drawn under the clip on the
// timeline's video track. Made from the frames a generation has just drawn (the frame of the middle
// of each tenth, say, kept as the encoder took it), or, where those frames were not all drawn (a take
// continued from another copies its parent's first seconds), by decoding the clip again.
import type { Writable } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import type { FramePixelFormat } from './encode-clip';

export interface FilmstripOptions {
  ffmpegPath: string;
  videoPath: string;
  outPath: string;
  durationSec: number;
  frames: number;
  thumbHeight: number;
}

export interface FilmstripFromFramesOptions {
  ffmpegPath: string;
  // One raw frame per thumbnail, in order (filmstripFrameIndex says which).
  frames: readonly Uint8Array[];
  width: number;
  height: number;
  pixelFormat: FramePixelFormat;
  outPath: string;
  thumbHeight: number;
}

// The frame shown by thumbnail `n` of `thumbs` for a clip of `frameCount` frames: the middle of its
// share of the clip.
export function filmstripFrameIndex(n: number, thumbs: number, frameCount: number): number {
  return Math.min(frameCount - 1, Math.floor(((n + 0.5) * frameCount) / thumbs));
}

// Thumbnails thumbHeight pixels high (even width, the aspect kept), side by side.
function tileFilter(thumbs: number, thumbHeight: number): string {
  return `scale=-2:${thumbHeight},tile=${thumbs}x1`;
}

const JPEG_OPTIONS = ['-frames:v', '1', '-q:v', '4'];

export function makeFilmstrip(options: FilmstripOptions): Promise<void> {
  const rate = options.frames / options.durationSec;
  return run(
    ffmpeg(options.videoPath)
      .setFfmpegPath(options.ffmpegPath)
      .outputOptions(['-vf', `fps=${rate.toFixed(6)},${tileFilter(options.frames, options.thumbHeight)}`, ...JPEG_OPTIONS])
      .output(options.outPath),
  );
}

// The filmstrip from frames already drawn: ffmpeg scales and tiles a handful of raw frames (tens of
// milliseconds) instead of decoding the whole clip (0.7 s at 720p, after everything else).
export async function makeFilmstripFromFrames(options: FilmstripFromFramesOptions): Promise<void> {
  const command = ffmpeg()
    .setFfmpegPath(options.ffmpegPath)
    .input('pipe:0')
    .inputFormat('rawvideo')
    .inputOptions([`-pix_fmt ${options.pixelFormat}`, `-video_size ${options.width}x${options.height}`, '-framerate 1'])
    .outputOptions(['-vf', tileFilter(options.frames.length, options.thumbHeight), ...JPEG_OPTIONS])
    .output(options.outPath);
  // ffmpeg's own stdin once it runs (fluent-ffmpeg keeps the process on the command), or null.
  const started = new Promise<Writable | null>((resolve) => {
    command.on('start', () => resolve((command as unknown as { ffmpegProc?: { stdin?: Writable | null } }).ffmpegProc?.stdin ?? null));
    command.on('error', () => resolve(null));
  });
  const done = run(command);
  const stdin = await started;
  if (stdin) {
    // A failed write (ffmpeg gone) surfaces as the command's error.
    stdin.on('error', () => undefined);
    for (const frame of options.frames) stdin.write(Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength));
    stdin.end();
  }
  await done;
}

function run(command: ffmpeg.FfmpegCommand): Promise<void> {
  return new Promise((resolve, reject) => {
    command
      .on('end', () => resolve())
      .on('error', (error: Error) => reject(new Error(`ffmpeg could not make the filmstrip: ${error.message}`)))
      .run();
  });
}

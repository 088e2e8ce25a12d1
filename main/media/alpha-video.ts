// A video with an alpha channel: VP9 in WebM (yuva420p), the one format Chromium (and so Electron's
// editor) plays with transparency and ffmpeg decodes back to RGBA. A cameo's matted frames are stored
// this way with the original's sound, at a fraction of a PNG sequence's size.
import { PassThrough } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { abortError } from '../contract/abort';
import { killOnAbort } from './kill-on-abort';

export interface AlphaVideoOptions {
  ffmpegPath: string;
  width: number;
  height: number;
  fps: number;
  outPath: string;
  // Sound to carry over (the original footage); its first audio stream, if any, is encoded as Opus.
  audioFrom: string | null;
  signal?: AbortSignal;
}

export interface AlphaVideoWriter {
  write(rgba: Uint8Array): Promise<void>;
  finish(): Promise<void>;
}

export function createAlphaVideoWriter(options: AlphaVideoOptions): AlphaVideoWriter {
  const { signal } = options;
  const input = new PassThrough({ highWaterMark: options.width * options.height * 4 * 2 });
  const command = ffmpeg()
    .setFfmpegPath(options.ffmpegPath)
    .input(input)
    .inputFormat('rawvideo')
    .inputOptions(['-pix_fmt rgba', `-video_size ${options.width}x${options.height}`, `-framerate ${options.fps}`]);
  if (options.audioFrom) command.input(options.audioFrom);
  command
    .outputOptions([
      '-map 0:v:0',
      ...(options.audioFrom ? ['-map 1:a:0?', '-c:a libopus', '-b:a 96k', '-shortest'] : []),
      '-c:v libvpx-vp9',
      '-pix_fmt yuva420p',
      // Realtime speed: the file is an intermediate the engine reads; quality comes from the CRF.
      '-deadline realtime',
      '-cpu-used 8',
      '-row-mt 1',
      '-b:v 0',
      '-crf 30',
      '-auto-alt-ref 0',
    ])
    .output(options.outPath);
  const finished = new Promise<void>((resolve, reject) => {
    command.on('end', () => resolve());
    command.on('error', (error: Error, _out: string | null, stderr: string | null) => {
      reject(signal?.aborted ? abortError() : new Error(`ffmpeg could not write the matted video: ${(stderr ?? error.message).trim().split('\n').slice(-2).join(' ')}`));
    });
  });
  const ended = finished.then(
    () => undefined,
    () => undefined,
  );
  const stopListening = killOnAbort(command, signal, () => input.destroy());
  command.run();
  return {
    async write(rgba) {
      if (!input.write(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength))) {
        await Promise.race([new Promise<void>((resolve) => input.once('drain', resolve)), ended]);
      }
    },
    async finish() {
      input.end();
      try {
        await finished;
      } finally {
        stopListening();
      }
    },
  };
}

// What part of an alpha video to decode: the first `frames` frames, cut to `crop` and scaled to
// `size` (the scene engine keeps only the box around the person, at the size it will draw).
export interface AlphaReadOptions {
  frames?: number;
  crop?: { x: number; y: number; width: number; height: number };
  size?: { width: number; height: number };
  signal?: AbortSignal;
}

// Decodes an alpha video back to RGBA frames (libvpx's decoder keeps the alpha plane; ffmpeg's
// built-in VP9 decoder would drop it). Returns every frame asked for; cameo clips are short.
export function readAlphaVideo(ffmpegPath: string, file: string, width: number, height: number, options: AlphaReadOptions = {}): Promise<Uint8Array[]> {
  const { crop, size, signal } = options;
  const out = size ?? (crop ? { width: crop.width, height: crop.height } : { width, height });
  const filters = [...(crop ? [`crop=${crop.width}:${crop.height}:${crop.x}:${crop.y}`] : []), ...(size ? [`scale=${size.width}:${size.height}:flags=area`] : [])];
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const command = ffmpeg(file)
      .setFfmpegPath(ffmpegPath)
      .inputOptions(['-c:v libvpx-vp9'])
      .outputOptions(['-map 0:v:0', ...(filters.length > 0 ? ['-vf', filters.join(',')] : []), ...(options.frames ? [`-frames:v ${options.frames}`] : []), '-f rawvideo', '-pix_fmt rgba']);
    command.on('error', (error: Error) => reject(signal?.aborted ? abortError() : new Error(`ffmpeg could not read ${file}: ${error.message}`)));
    const stopListening = killOnAbort(command, signal);
    const stream = command.pipe();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      stopListening();
      const all = Buffer.concat(chunks);
      const frameBytes = out.width * out.height * 4;
      const frames: Uint8Array[] = [];
      for (let at = 0; at + frameBytes <= all.length; at += frameBytes) frames.push(new Uint8Array(all.subarray(at, at + frameBytes)));
      resolve(frames);
    });
  });
}

// One RGBA image as a PNG file (the cameo's poster in the library list).
export function writeRgbaPng(ffmpegPath: string, rgba: Uint8Array, width: number, height: number, outPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = new PassThrough();
    ffmpeg()
      .setFfmpegPath(ffmpegPath)
      .input(input)
      .inputFormat('rawvideo')
      .inputOptions(['-pix_fmt rgba', `-video_size ${width}x${height}`])
      .outputOptions(['-frames:v 1', '-pix_fmt rgba'])
      .output(outPath)
      .on('end', () => resolve())
      .on('error', (error: Error) => reject(new Error(`ffmpeg could not write ${outPath}: ${error.message}`)))
      .run();
    input.end(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength));
  });
}

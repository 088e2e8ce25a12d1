// Encodes rendered frames (RGBA, or yuv420p converted where they were drawn) plus a WAV soundtrack
// into an H.264/AAC MP4. Frames are produced on demand and written straight to ffmpeg's stdin one at
// a time, so memory stays flat however long the clip is, and the source learns when each frame's
// memory may be drawn into again.
import { SAMPLE_RATE } from '../contract/format';
import type { Writable } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { abortError, throwIfAborted } from '../contract/abort';
import { killOnAbort } from './kill-on-abort';

export interface FrameSource {
  width: number;
  height: number;
  fps: number;
  frameCount: number;
  // The frames' bytes: RGBA (4 a pixel, ffmpeg converts them), or planar yuv420p (1.5 a pixel, in
  // CLIP_COLOUR's matrix and range, taken as they are). Default RGBA.
  pixelFormat?: FramePixelFormat;
  // Asked for in order, 0 to frameCount - 1; may answer later (frames drawn in worker threads).
  renderFrame(index: number): Uint8Array | Promise<Uint8Array>;
  // Told once ffmpeg has taken frame `index` (its bytes are in the pipe to the process), so the
  // source may reuse that memory for a later frame. Not told for a frame that was never written.
  release?(index: number): void;
}

export type FramePixelFormat = 'rgba' | 'yuv420p';

// What a clip's yuv420p bytes mean: BT.601's matrix in limited range (what ffmpeg's swscale applies
// to RGBA input, so frames converted on our side and frames ffmpeg converted look the same, and an
// older take spliced to a newer one does not shift), of pictures drawn in sRGB. Written into the
// file (ffmpeg left it unknown before), so a player does not guess BT.709 for an HD clip.
export const CLIP_COLOUR = { matrix: 'smpte170m', range: 'tv', primaries: 'bt709', transfer: 'iec61966-2-1' } as const;

export interface EncodeOptions {
  ffmpegPath: string;
  frames: FrameSource;
  // The soundtrack; without it the file holds the picture only (a segment to splice).
  wavPath?: string;
  outPath: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

// The picture's encoding. Keyframes every quarter second or a little less, so that every whole second
// is one, and nowhere else (closed GOPs): the preview seeks to any frame by decoding at most a few
// frames (a 1 s GOP made seeks miss the editor's 100 ms), an export trims without decoding from the
// start, and a regenerated range or an extension splices at a second boundary, copying what comes
// before it untouched (media/splice-clip.ts encodes its new part with these same settings; takes made
// with 1 s GOPs still splice, since it only needs whole seconds).
// The motion search is veryfast's with its cheapest settings (diamond search, one refinement): on
// a 720p take it costs ffmpeg a third less CPU (3.1 s instead of 4.8 s for 5 s of video) for files
// about a tenth larger at the same quality (PSNR 44.2 dB against the frames, as before); the next
// preset, superfast, made files 3.3 times larger, ultrafast 2.6 times. B-frames are placed without
// x264's adaptive decision (b-adapt=0): in these short closed GOPs it chose three B-frames before
// each P anyway, so the frame types, the file's size (0.3% smaller) and its PSNR (45.35 dB against
// 45.36) stayed, while the video's encoding took 1.4 s of CPU instead of 1.9 s for a 5 s 720p take.
export function pictureOptions(fps: number): string[] {
  const gop = keyframeSpacing(fps);
  return ['-c:v libx264', '-preset veryfast', '-x264-params me=dia:subme=1:b-adapt=0', '-crf 20', `-g ${gop}`, `-keyint_min ${gop}`, '-sc_threshold 0', '-pix_fmt yuv420p', ...colourOptions()];
}

function colourOptions(): string[] {
  return [`-colorspace ${CLIP_COLOUR.matrix}`, `-color_range ${CLIP_COLOUR.range}`, `-color_primaries ${CLIP_COLOUR.primaries}`, `-color_trc ${CLIP_COLOUR.transfer}`];
}

// The largest whole number of frames that divides a second and is at most a quarter of one; a rate
// with no such divisor (23, 29 fps) keeps a keyframe a second rather than one on every frame.
export function keyframeSpacing(fps: number): number {
  for (let frames = Math.floor(fps / 4); frames > 1; frames--) if (fps % frames === 0) return frames;
  return fps;
}

// The sound's encoding in a clip.
export const SOUND_OPTIONS = ['-c:a aac', '-b:a 160k', `-ar ${SAMPLE_RATE}`];

export async function encodeClip(options: EncodeOptions): Promise<void> {
  const { frames, signal } = options;
  throwIfAborted(signal);
  // The frames go to ffmpeg's own stdin (pipe:0), not through a stream fluent-ffmpeg pipes there: a
  // write to the child's stdin calls back once its bytes are in the pipe, the honest moment a frame
  // has been taken; an intermediate stream would call back while it still held them.
  const command = ffmpeg()
    .setFfmpegPath(options.ffmpegPath)
    .input('pipe:0')
    .inputFormat('rawvideo')
    .inputOptions([`-pix_fmt ${frames.pixelFormat ?? 'rgba'}`, `-video_size ${frames.width}x${frames.height}`, `-framerate ${frames.fps}`]);
  if (options.wavPath) command.input(options.wavPath);
  command
    .outputOptions([
      '-map 0:v:0',
      ...(options.wavPath ? ['-map 1:a:0'] : []),
      ...pictureOptions(frames.fps),
      ...(options.wavPath ? SOUND_OPTIONS : []),
      '-movflags +faststart',
      '-shortest',
    ])
    .output(options.outPath);

  const finished = new Promise<void>((resolve, reject) => {
    command.on('end', () => resolve());
    command.on('error', (error: Error, _stdout: string | null, stderr: string | null) => {
      if (signal?.aborted) reject(abortError());
      else reject(new Error(`ffmpeg could not encode the clip: ${lastLines(stderr ?? error.message)}`));
    });
  });
  // Settles (never rejects) when ffmpeg is done, so waiting on a write can also end there: a process
  // that died early never takes its input.
  const ended = finished.then(
    () => 'ended' as const,
    () => 'ended' as const,
  );
  let state: 'running' | 'ended' = 'running';
  void ended.then((s) => (state = s));
  // ffmpeg's stdin once the process runs, or null when it ended (or failed to start) first.
  // A running ffmpeg whose stdin cannot be reached (fluent-ffmpeg no longer keeps its process where
  // stdinOf looks) would wait for frames for ever: it is stopped, and the encode fails in words.
  let noStdin = false;
  const stdin = new Promise<Writable | null>((resolve) => {
    command.on('start', () => {
      const found = stdinOf(command);
      if (!found) {
        noStdin = true;
        command.kill('SIGKILL');
      }
      resolve(found);
    });
    void ended.then(() => resolve(null));
  });
  let pipe: Writable | null = null;
  // Kills ffmpeg on abort, also when the abort comes before fluent-ffmpeg has spawned it.
  const stopListening = killOnAbort(command, signal, () => pipe?.destroy());
  command.run();

  try {
    pipe = await stdin;
    if (noStdin) {
      await ended;
      throw new Error('ffmpeg could not encode the clip: its input pipe could not be reached.');
    }
    // A failed write (ffmpeg gone) surfaces as the command's error; the pipe's own would be unhandled.
    pipe?.on('error', () => undefined);
    for (let index = 0; pipe && index < frames.frameCount && state === 'running'; index++) {
      if (signal?.aborted) {
        // Only once ffmpeg has exited may the caller delete the take's folder: a process still
        // writing would put its file back.
        await ended;
        throw abortError();
      }
      let pixels: Uint8Array;
      try {
        pixels = await frames.renderFrame(index);
      } catch (error) {
        // No more frames: stop ffmpeg and let it exit before the caller cleans up.
        pipe.destroy();
        command.kill('SIGKILL');
        await ended;
        throw signal?.aborted ? abortError() : error;
      }
      if (!(await writeFrame(pipe, pixels, ended))) break;
      frames.release?.(index);
      options.onProgress?.((index + 1) / frames.frameCount);
    }
    pipe?.end();
    await finished;
  } finally {
    stopListening();
  }
}

// fluent-ffmpeg keeps the running process on the command (it has no typed accessor for it).
function stdinOf(command: ffmpeg.FfmpegCommand): Writable | null {
  const proc = (command as unknown as { ffmpegProc?: { stdin?: Writable | null } }).ffmpegProc;
  return proc?.stdin ?? null;
}

// Writes one frame; true once all its bytes are in the pipe, false if ffmpeg ended or the write failed.
function writeFrame(pipe: Writable, pixels: Uint8Array, ended: Promise<unknown>): Promise<boolean> {
  const taken = new Promise<boolean>((resolve) => {
    pipe.write(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), (error) => resolve(!error));
  });
  return Promise.race([taken, ended.then(() => false)]);
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ').slice(0, 500);
}

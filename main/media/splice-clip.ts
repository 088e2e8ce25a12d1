// A clip that continues another from one of its frames (a regenerated range, an extension) keeps the
// other clip's picture before the join as it is on disk: the packets of every whole second before it
// are copied, not re-encoded, so those frames decode bit for bit as they did. Clips have a keyframe
// at every whole second and closed GOPs (encode-clip.ts), so the first K packets in decoding order are
// exactly frames [0, K) when K is a whole second. The rest is encoded with the same settings from the
// keyframe on, the two are joined by ffmpeg's concat demuxer, and the soundtrack (a lossless master
// the caller has spliced itself) is encoded once over the whole clip.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { throwIfAborted } from '../contract/abort';
import { encodeClip, SOUND_OPTIONS, type FrameSource } from './encode-clip';
import { runFfmpeg } from './export/run-ffmpeg';

export interface SpliceOptions {
  ffmpegPath: string;
  // The clip whose first `keepFrames` frames are kept (a multiple of its frame rate).
  sourceVideo: string;
  keepFrames: number;
  // The frames from keepFrames on (index 0 is frame keepFrames), and the whole new soundtrack.
  frames: FrameSource;
  wavPath: string;
  outPath: string;
  // A folder the caller owns for the intermediate files (removed afterwards).
  workDir: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

// Where a clip may be cut without re-encoding what comes before: the last whole second at or before
// the frame.
export function keyframeAtOrBefore(frame: number, fps: number): number {
  return Math.floor(frame / fps) * fps;
}

export async function spliceClip(options: SpliceOptions): Promise<void> {
  const { ffmpegPath, frames, workDir, signal } = options;
  if (options.keepFrames % frames.fps !== 0) throw new Error('A clip can only be spliced at a whole second.');
  await mkdir(workDir, { recursive: true });
  try {
    const head = path.join(workDir, 'head.mp4');
    const tail = path.join(workDir, 'tail.mp4');
    const list = path.join(workDir, 'parts.txt');
    const parts: string[] = [];
    if (options.keepFrames > 0) {
      await runFfmpeg({
        ffmpegPath, purpose: 'copy the kept part of the clip', ...(signal ? { signal } : {}),
        inputs: [{ file: options.sourceVideo }],
        outputOptions: ['-map', '0:v:0', '-c', 'copy', '-frames:v', String(options.keepFrames)],
        output: head,
      });
      parts.push(head);
    }
    throwIfAborted(signal);
    await encodeClip({ ffmpegPath, frames, outPath: tail, ...(signal ? { signal } : {}), onProgress: (f) => options.onProgress?.(f) });
    parts.push(tail);
    // Paths are the concat demuxer's own quoting: inside single quotes, a quote is '\''.
    await writeFile(list, parts.map((p) => `file '${p.replace(/'/g, "'\\''")}'`).join('\n') + '\n');
    await runFfmpeg({
      ffmpegPath, purpose: 'join the clip', ...(signal ? { signal } : {}),
      inputs: [{ file: list, options: ['-f', 'concat', '-safe', '0'] }, { file: options.wavPath }],
      // runFfmpeg passes each option as one argument, so "-c:a aac" is split into its two.
      outputOptions: ['-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy', ...SOUND_OPTIONS.flatMap((o) => o.split(' ')), '-movflags', '+faststart', '-shortest'],
      output: options.outPath,
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// A clip whose picture is another's, unchanged, with a new soundtrack: the picture's packets are
// copied and only the sound is encoded (a remix of the sound alone).
export async function replaceSound(options: { ffmpegPath: string; sourceVideo: string; wavPath: string; outPath: string; signal?: AbortSignal }): Promise<void> {
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath, purpose: 'put the new sound in the clip', ...(options.signal ? { signal: options.signal } : {}),
    inputs: [{ file: options.sourceVideo }, { file: options.wavPath }],
    outputOptions: ['-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy', ...SOUND_OPTIONS.flatMap((o) => o.split(' ')), '-movflags', '+faststart', '-shortest'],
    output: options.outPath,
  });
}

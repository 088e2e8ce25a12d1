// The picture pass: draws the picture (picture-graph.ts) and encodes it to H.264 in a file of its own,
// while the sound is being finished alongside (they share no input, so on two cores neither waits).
// The graph yields the exact frame count, so no -frames limit is needed. A timeline with many clips is
// drawn in runs (picture-chunks.ts), each encoded on its own and joined without re-encoding.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportPlan } from './export-plan';
import { layoutPicture, type PictureLayout } from './export-layout';
import { chunkPicture, type PictureChunk } from './picture-chunks';
import { buildPictureGraph } from './picture-graph';
import { runFfmpeg } from './run-ffmpeg';
import { watermarkFilter } from './watermark';

// Measured with `npm run bench:export` (60 s at 720p on 2 cores): veryfast keeps well over 2x real
// time while CRF 20 keeps generated pictures clean.
export const VIDEO_ENCODER = { codec: 'libx264', preset: 'veryfast', crf: 20, keyframeIntervalSec: 2 } as const;

export interface EncodePictureOptions {
  ffmpegPath: string;
  plan: ExportPlan;
  outPath: string;
  workDir: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  // Clip inputs per ffmpeg job (picture-chunks.ts); the default suits real timelines.
  maxClipsPerJob?: number;
}

interface RunJob {
  options: EncodePictureOptions;
  layout: PictureLayout;
  mark: string | null;
  outPath: string;
  graphPath: string;
  onFrames: (frames: number) => void;
}

async function encodeRun(job: RunJob): Promise<void> {
  const { plan } = job.options;
  const graph = buildPictureGraph(job.layout, { width: plan.width, height: plan.height }, job.mark);
  await writeFile(job.graphPath, graph.graph);
  const rate = job.layout.rate;
  const keyframeInterval = Math.max(1, Math.round((VIDEO_ENCODER.keyframeIntervalSec * rate.num) / rate.den));
  await runFfmpeg({
    ffmpegPath: job.options.ffmpegPath,
    inputs: graph.inputs,
    outputOptions: [
      '-filter_complex_script', job.graphPath,
      '-map', '[picture]',
      '-c:v', VIDEO_ENCODER.codec,
      '-preset', VIDEO_ENCODER.preset,
      '-crf', String(VIDEO_ENCODER.crf),
      '-pix_fmt', 'yuv420p',
      '-g', String(keyframeInterval),
      '-f', 'mp4',
    ],
    output: job.outPath,
    purpose: 'encode the picture',
    ...(job.options.signal ? { signal: job.options.signal } : {}),
    onStatus: ({ frame }) => {
      if (frame !== null) job.onFrames(Math.min(frame, job.layout.totalFrames));
    },
  });
}

// Joins the runs with ffmpeg's concat demuxer, copying the encoded picture as it is. Each run's exact
// length is given: the demuxer would otherwise take the MP4's millisecond-rounded duration and drift
// by a fraction of a millisecond at every join.
async function joinRuns(options: EncodePictureOptions, runs: { path: string; durationSec: number }[]): Promise<void> {
  const listPath = path.join(options.workDir, 'picture-runs.txt');
  const entry = (run: { path: string; durationSec: number }): string =>
    `file '${run.path.replace(/'/g, "'\\''")}'\nduration ${run.durationSec.toFixed(9)}`;
  await writeFile(listPath, runs.map(entry).join('\n'));
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    inputs: [{ file: listPath, options: ['-f', 'concat', '-safe', '0'] }],
    outputOptions: ['-map', '0:v:0', '-c', 'copy', '-f', 'mp4'],
    output: options.outPath,
    purpose: 'join the picture',
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

export async function encodePicture(options: EncodePictureOptions): Promise<void> {
  const { plan } = options;
  const layout = layoutPicture(plan);
  const mark = plan.watermark ? await watermarkFilter(options.ffmpegPath, plan.height) : null;
  const chunks: PictureChunk[] = chunkPicture(layout, options.maxClipsPerJob);
  const single = chunks.length === 1;
  const runPaths = chunks.map((_, i) => (single ? options.outPath : path.join(options.workDir, `picture-run-${i}.mp4`)));
  for (const [i, chunk] of chunks.entries()) {
    await encodeRun({
      options, layout: chunk.layout, mark, outPath: runPaths[i]!,
      graphPath: path.join(options.workDir, `picture-graph-${i}.txt`),
      onFrames: (frames) => options.onProgress?.((chunk.startFrame + frames) / layout.totalFrames),
    });
  }
  const rate = layout.rate;
  if (!single) await joinRuns(options, chunks.map((c, i) => ({ path: runPaths[i]!, durationSec: (c.layout.totalFrames * rate.den) / rate.num })));
}

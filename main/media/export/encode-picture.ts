// The picture pass: draws the picture (picture-graph.ts) and encodes it to H.264 in a file of its own,
// while the sound is being finished alongside (they share no input, so on two cores neither waits).
// The graph yields the exact frame count, so no -frames limit is needed.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportPlan } from './export-plan';
import { layoutPicture } from './export-layout';
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
}

export async function encodePicture(options: EncodePictureOptions): Promise<void> {
  const { plan } = options;
  const layout = layoutPicture(plan);
  const mark = plan.watermark ? await watermarkFilter(options.ffmpegPath, plan.height) : null;
  const graph = buildPictureGraph(layout, { width: plan.width, height: plan.height }, mark);
  const graphPath = path.join(options.workDir, 'picture-graph.txt');
  await writeFile(graphPath, graph.graph);
  const keyframeInterval = Math.max(1, Math.round((VIDEO_ENCODER.keyframeIntervalSec * layout.rate.num) / layout.rate.den));
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    inputs: graph.inputs,
    outputOptions: [
      '-filter_complex_script', graphPath,
      '-map', '[picture]',
      '-c:v', VIDEO_ENCODER.codec,
      '-preset', VIDEO_ENCODER.preset,
      '-crf', String(VIDEO_ENCODER.crf),
      '-pix_fmt', 'yuv420p',
      '-g', String(keyframeInterval),
      '-f', 'mp4',
    ],
    output: options.outPath,
    purpose: 'encode the picture',
    ...(options.signal ? { signal: options.signal } : {}),
    onStatus: ({ frame }) => {
      if (frame !== null) options.onProgress?.(Math.min(1, frame / layout.totalFrames));
    },
  });
}

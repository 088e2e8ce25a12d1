// The last ffmpeg pass: draws the picture (picture-graph.ts), encodes it to H.264 and muxes it with the
// finished AAC soundtrack, copied as is (so its loudness, and its priming that the MP4 edit list
// accounts for, are exactly what was measured), with the provenance manifest in the metadata.
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

export interface EncodeFilmOptions {
  ffmpegPath: string;
  plan: ExportPlan;
  soundPath: string;
  outPath: string;
  workDir: string;
  metadata: Record<string, string>;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

function metadataOptions(metadata: Record<string, string>): string[] {
  return Object.entries(metadata).flatMap(([key, value]) => ['-metadata', `${key}=${value}`]);
}

export async function encodeFilm(options: EncodeFilmOptions): Promise<void> {
  const { plan } = options;
  const layout = layoutPicture(plan);
  const mark = plan.watermark ? await watermarkFilter(options.ffmpegPath, plan.height) : null;
  const graph = buildPictureGraph(layout, { width: plan.width, height: plan.height }, mark);
  const graphPath = path.join(options.workDir, 'picture-graph.txt');
  await writeFile(graphPath, graph.graph);
  const soundInput = graph.inputs.length;
  const keyframeInterval = Math.max(1, Math.round((VIDEO_ENCODER.keyframeIntervalSec * layout.rate.num) / layout.rate.den));
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    inputs: [...graph.inputs, { file: options.soundPath }],
    outputOptions: [
      '-filter_complex_script', graphPath,
      '-map', '[picture]',
      '-map', `${soundInput}:a:0`,
      '-c:v', VIDEO_ENCODER.codec,
      '-preset', VIDEO_ENCODER.preset,
      '-crf', String(VIDEO_ENCODER.crf),
      '-pix_fmt', 'yuv420p',
      '-g', String(keyframeInterval),
      '-frames:v', String(layout.totalFrames),
      '-c:a', 'copy',
      '-movflags', '+faststart+use_metadata_tags',
      ...metadataOptions(options.metadata),
      '-f', 'mp4',
    ],
    output: options.outPath,
    purpose: 'encode the film',
    ...(options.signal ? { signal: options.signal } : {}),
    onStatus: ({ frame }) => {
      if (frame !== null) options.onProgress?.(Math.min(1, frame / layout.totalFrames));
    },
  });
}
